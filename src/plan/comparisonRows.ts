// Rule 8's table: selection criteria the customer can check for themselves. One row per distinct
// criterion and no cell said twice — a "how to check" that repeats in every row checks nothing.
// Every check is one a buyer runs on every vendor; the presenter's rebuttals are aimed at a rival
// and stay in the notes.
import type { Positioning, ResolvedNeed } from '../types.js';
import type { PlanContext } from './context.js';

/** Rows drawn from the needs: the first few, as the slide has room for. */
const NEED_ROWS = 4;

interface Row {
  criterion: string;
  answer: string;
  check: string;
  /** The check to use when this row's own check is already taken. */
  fallback?: string;
}

export function comparisonRows(ctx: PlanContext, needs: readonly ResolvedNeed[], positionings: readonly Positioning[]): string[][] {
  const { t } = ctx;
  const rows: Row[] = needs.slice(0, NEED_ROWS).map((need) => {
    const card = need.features[0];
    const answer = need.features.map((f) => f.name).join(t('list-separator'));
    return {
      criterion: t('criterion-need', { need: need.title }),
      answer,
      check: card ? t('check-need-card', { card: card.name }) : t('check-need'),
      fallback: t('check-need-named', { need: need.title }),
    };
  });
  for (const positioning of positionings) {
    const row = [t(`criterion-${positioning}`), t(`our-${positioning}`), t(`check-${positioning}`)];
    rows.push({ criterion: row[0] ?? '', answer: row[1] ?? '', check: row[2] ?? '' });
  }
  return distinctCells(rows);
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
