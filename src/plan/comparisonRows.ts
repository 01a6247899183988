// Rule 8's table: selection criteria the customer can check for themselves. One row per distinct
// criterion and no cell said twice — a "how to check" that repeats in every row checks nothing.
// The presenter's rebuttals become the checks where they fit a row; a rebuttal that names a
// competitor stays in the notes, because the slide never names a rival.
import type { Competitor, Positioning, ResolvedNeed } from '../types.js';
import type { PlanContext } from './context.js';

/** Rows drawn from the needs: the first few, as the slide has room for. */
const NEED_ROWS = 4;

interface Row {
  criterion: string;
  answer: string;
  check: string;
  /** What a rebuttal is matched against: every text of the row. */
  about: string;
  /** The check to use when this row's own check is already taken. */
  fallback?: string;
}

export function comparisonRows(ctx: PlanContext, needs: readonly ResolvedNeed[], positionings: readonly Positioning[]): string[][] {
  const { t } = ctx;
  const competitors = ctx.meeting.config.competitors;
  const rows: Row[] = needs.slice(0, NEED_ROWS).map((need) => {
    const card = need.features[0];
    const answer = need.features.map((f) => f.name).join(t('list-separator'));
    return {
      criterion: t('criterion-need', { need: need.title }),
      answer,
      check: card ? t('check-need-card', { card: card.name }) : t('check-need'),
      // What the need is about, not every word of its cards: a long text matches anything.
      about: [need.title, need.problem, need.payoff, answer].join(' '),
      fallback: t('check-need-named', { need: need.title }),
    };
  });
  for (const positioning of positionings) {
    const row = [t(`criterion-${positioning}`), t(`our-${positioning}`), t(`check-${positioning}`)];
    rows.push({ criterion: row[0] ?? '', answer: row[1] ?? '', check: row[2] ?? '', about: row.join(' ') });
  }
  useRebuttals(rows, competitors);
  return distinctCells(rows);
}

/** The score from which a rebuttal is about a row. */
const FITS = 4;

/** A check is something the buyer does: "ask…", "compare…", "请…", "算一算…". A rebuttal that
 * tells the presenter what to do ("offer selection criteria…") stays in the notes. */
const CHECK_OPENER = /^(ask|check|compare|count|call|request|require|visit|try|test|see|insist|have|get|look|make sure|let)\b|^(请|问|看|比|算|数|让|要求|核实|核对|对比|打电话|实地)/i;

/** Each rebuttal that fits a row becomes its check, best fit first; one rebuttal per row. */
function useRebuttals(rows: Row[], competitors: readonly Competitor[]): void {
  const names = competitors.flatMap(nameParts);
  const candidates = competitors
    .flatMap((c) => c.rebuttals)
    .filter((r) => CHECK_OPENER.test(r.trim()) && !names.some((name) => r.toLowerCase().includes(name)))
    .flatMap((rebuttal, order) => rows.map((row, at) => ({ rebuttal, order, row, at, score: fit(rebuttal, row.about) })))
    .filter((c) => c.score >= FITS)
    .sort((a, b) => b.score - a.score || a.order - b.order || a.at - b.at);
  const usedRows = new Set<Row>();
  const usedRebuttals = new Set<string>();
  for (const { rebuttal, row } of candidates) {
    if (usedRows.has(row) || usedRebuttals.has(rebuttal)) continue;
    usedRows.add(row);
    usedRebuttals.add(rebuttal);
    row.check = /^[a-z]/.test(rebuttal) ? rebuttal.charAt(0).toUpperCase() + rebuttal.slice(1) : rebuttal;
  }
}

/** A later row with a criterion or answer already on the slide goes; a repeated check falls back. */
function distinctCells(rows: readonly Row[]): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const row of rows) {
    if (seen.has(row.criterion) || seen.has(row.answer)) continue;
    const check = seen.has(row.check) && row.fallback && !seen.has(row.fallback) ? row.fallback : row.check;
    if (seen.has(check)) continue;
    for (const cell of [row.criterion, row.answer, check]) seen.add(cell);
    out.push([row.criterion, row.answer, check]);
  }
  return out;
}

/** Words of a rival's name that would give it away; "ERP" or "Suite" alone names nobody. */
const GENERIC_NAME_WORDS = new Set(['erp', 'crm', 'suite', 'online', 'cloud', 'software', 'system', 'systems', 'enterprise', 'group', 'ltd', 'inc']);

function nameParts(competitor: Competitor): string[] {
  const name = competitor.name.toLowerCase().trim();
  const parts = name.split(/[\s·,.()（）]+/).filter((p) => p.length >= 2 && !GENERIC_NAME_WORDS.has(p));
  return [name, ...parts];
}

/** Words that say nothing about what a row is about. */
const STOP_WORDS = new Set([
  'about', 'actually', 'also', 'answer', 'before', 'could', 'does', 'each', 'every', 'from', 'have', 'into', 'just', 'more',
  'much', 'only', 'other', 'really', 'same', 'should', 'show', 'such', 'than', 'that', 'their', 'them', 'then', 'there',
  'these', 'they', 'this', 'those', 'what', 'when', 'where', 'whether', 'which', 'will', 'with', 'would', 'your', 'yours',
]);

/** How well a rebuttal fits a row: a shared word (Latin) counts 4, a shared character pair (Chinese) 1
 * (single pairs such as 承诺 or 给出 turn up in any Chinese text; four make a topic). */
export function fit(rebuttal: string, about: string): number {
  const words = (text: string): Set<string> =>
    new Set((text.toLowerCase().match(/[a-z0-9]{4,}/g) ?? []).filter((w) => !STOP_WORDS.has(w)).map((w) => w.slice(0, 6)));
  const pairs = (text: string): Set<string> =>
    new Set([...text.matchAll(/[\u4e00-\u9fff]+/g)].flatMap((m) => Array.from({ length: Math.max(0, m[0].length - 1) }, (_, i) => m[0].slice(i, i + 2))));
  const rowWords = words(about);
  const rowPairs = pairs(about);
  let score = 0;
  for (const w of words(rebuttal)) if (rowWords.has(w)) score += 4;
  for (const p of pairs(rebuttal)) if (rowPairs.has(p)) score += 1;
  return score;
}
