// Every figure says where it comes from, and one deck never shows two numbers for the same thing:
// a card's metric is a typical result; a case's figure is measured at that named customer; when
// both measure the same thing (`measures`), the case's figure is shown, with its name. A
// percentage never carries a money unit: shown alone, a change drops the label's "(CNY million)".
import type { CaseResult, ResolvedCase, ResolvedFeature, ResolvedMeeting, ResolvedNeed } from '../types.js';
import type { Translate } from './text.js';

export interface MeasuredResult {
  client: string;
  result: CaseResult;
}

/** The first case in the deck that measured `measures`, if any. */
export function measuredAt(meeting: ResolvedMeeting, measures: string | undefined): MeasuredResult | undefined {
  if (measures === undefined) return undefined;
  for (const c of meeting.cases) {
    const result = c.results.find((r) => r.measures === measures);
    if (result) return { client: c.client, result };
  }
  return undefined;
}

/** "4 → 0.5 (−88%)", or the change alone. */
export function resultFigures(result: CaseResult, wide = false): string {
  const levels = result.before !== undefined && result.after !== undefined ? `${result.before} → ${result.after}` : result.after ?? result.before;
  if (levels && result.change) return wide ? `${levels}（${result.change}）` : `${levels} (${result.change})`;
  return levels ?? result.change ?? '';
}

/** A label with its unit in brackets ("stock value (CNY million)", "库存金额（百万元）") loses the unit when only a percentage is shown. */
export function labelForChange(label: string): string {
  return label.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '') || label;
}

/** The label as shown next to a case's figures: with its unit when levels are shown, without when only the change is. */
export function resultLabel(result: CaseResult): string {
  return result.before !== undefined || result.after !== undefined ? result.label : labelForChange(result.label);
}

export function measuredText(measured: MeasuredResult, t: Translate): string {
  const label = resultLabel(measured.result);
  // No space after full-width punctuation ("逾期应收（百万元）3.2 → 1.9"), one after a word.
  const gap = /[\u3000-\u303f\uff00-\uffef]$/u.test(label) ? '' : ' ';
  return t('evidence-measured', { client: measured.client, label, figures: `${gap}${resultFigures(measured.result, /\p{Script=Han}/u.test(label))}` });
}

/**
 * The evidence for a need, never another need's figure: the case the author named in
 * `needs[].evidence` or the value case cites, with its result that measures what a card of this
 * need measures; else a card's own figure (or a case's figure for the same measure); else the
 * live demo. A named case without such a result is named without a figure.
 */
export function needEvidence(meeting: ResolvedMeeting, need: ResolvedNeed, proof: { named?: ResolvedCase; cited?: ResolvedCase }, t: Translate): string {
  const cards = need.features.filter((f): f is ResolvedFeature & { metric: NonNullable<ResolvedFeature['metric']> } => f.metric !== undefined);
  const measures = new Set(cards.map((f) => f.metric.measures).filter((m) => m !== undefined));
  const cited = proof.cited?.results.find((r) => r.measures !== undefined && measures.has(r.measures));
  if (proof.cited && cited && !proof.named) return measuredText({ client: proof.cited.client, result: cited }, t);
  const named = proof.named;
  if (named) {
    const result = named.results.find((r) => r.measures !== undefined && measures.has(r.measures))
      // An inline case written for this meeting with one result says one thing: that is its proof.
      ?? (named.results.length === 1 && named.results[0]?.measures === undefined ? named.results[0] : undefined);
    return result ? measuredText({ client: named.client, result }, t) : t('evidence-case', { client: named.client });
  }
  for (const card of cards) {
    const measured = measuredAt(meeting, card.metric.measures);
    if (measured) return measuredText(measured, t);
  }
  const card = cards[0];
  return card ? t('evidence-typical', { figure: card.metric.figure, label: card.metric.label }) : t('evidence-live-demo');
}
