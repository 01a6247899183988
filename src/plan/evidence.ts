// Every figure says where it comes from, and one deck never shows two numbers for the same thing:
// a card's metric is a typical result; a case's figure is measured at that named customer; when
// both measure the same thing (`measures`), the case's figure is shown, with its name. A
// percentage never carries a money unit: shown alone, a change drops the label's "(CNY million)".
import type { CaseResult, ResolvedCase, ResolvedFeature, ResolvedMeeting, ResolvedNeed } from '../types.js';
import { overlap } from './words.js';
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

/** The evidence for a need: the case its value case cites, else the card's figure (or the case that measured the same), else any case result. */
export function needEvidence(meeting: ResolvedMeeting, need: ResolvedNeed, cited: { case: ResolvedCase; gain: string } | undefined, t: Translate): string {
  const cards = need.features.filter((f): f is ResolvedFeature & { metric: NonNullable<ResolvedFeature['metric']> } => f.metric !== undefined);
  if (cited) {
    // The cited case's result that measures what a card of this need measures, else the one whose
    // words are closest to the gain's; a case result about something else is no evidence here.
    const measures = new Set(cards.map((f) => f.metric.measures));
    const byWords = cited.case.results.map((r) => ({ r, score: overlap(cited.gain, r.label) })).sort((a, b) => b.score - a.score)[0];
    const result = cited.case.results.find((r) => r.measures !== undefined && measures.has(r.measures)) ?? (byWords && byWords.score >= 2 ? byWords.r : undefined);
    if (result) return measuredText({ client: cited.case.client, result }, t);
  }
  const card = cards[0];
  if (card) {
    const measured = measuredAt(meeting, card.metric.measures);
    return measured ? measuredText(measured, t) : t('evidence-typical', { figure: card.metric.figure, label: card.metric.label });
  }
  for (const c of meeting.cases) {
    const result = c.results.find((r) => r.change ?? r.after);
    if (result) return measuredText({ client: c.client, result }, t);
  }
  return t('evidence-live-demo');
}
