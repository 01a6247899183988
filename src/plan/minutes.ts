// Time arithmetic in tenths of a minute, so sums are exact.
import type { SlideKind } from './slidePlan.js';

/** Tenths of a minute each kind of slide takes when time is no issue. */
export const NOMINAL_TENTHS: Record<SlideKind, number> = {
  title: 5, opening: 10, agenda: 10, situation: 25, overview: 20, need: 20, ffab: 35, value: 25,
  comparison: 25, case: 30, implementation: 20, assurance: 15, pricing: 25, closing: 15, qna: 0, backup: 0,
};

/** Splits `total` tenths in proportion to `weights`, the rounding remainder to the largest fractions. */
export function shareTenths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const floors = exact.map(Math.floor);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return floors;
}
