// Time arithmetic in tenths of a minute, so sums are exact.
import type { SlideKind } from './slidePlan.js';

/** Tenths of a minute each kind of slide takes when time is no issue. */
export const NOMINAL_TENTHS: Record<SlideKind, number> = {
  title: 5, opening: 10, agenda: 15, situation: 25, overview: 20, need: 20, ffab: 35, value: 25,
  comparison: 25, case: 30, implementation: 20, assurance: 15, pricing: 25, closing: 15, qna: 0, backup: 0,
};

/** The least a slide of each kind can take and still do its job, when a meeting is short of time. */
export const FLOOR_TENTHS: Record<SlideKind, number> = {
  title: 5, opening: 10, agenda: 10, situation: 15, overview: 12, need: 12, ffab: 25, value: 15,
  comparison: 15, case: 20, implementation: 12, assurance: 10, pricing: 15, closing: 10, qna: 0, backup: 0,
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

/**
 * Whole minutes for parts whose times are given in tenths and add up to whole minutes: each part
 * rounded down, the minutes left over to the largest remainders (ties to the earlier part), so the
 * agenda and the brief read "5 min", never "2.6 min", and still add up to the meeting. A part
 * with any time at all shows at least one minute, taken from the longest part, when there is one
 * to spare.
 */
export function wholeMinutes(tenths: readonly number[]): number[] {
  const total = Math.round(tenths.reduce((a, b) => a + b, 0) / 10);
  const whole = tenths.map((t) => Math.floor(t / 10));
  let left = total - whole.reduce((a, b) => a + b, 0);
  const byRemainder = tenths.map((t, i) => ({ i, r: t % 10 })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i, r } of byRemainder) {
    if (left <= 0 || r === 0) break;
    whole[i] = (whole[i] ?? 0) + 1;
    left--;
  }
  tenths.forEach((t, i) => {
    if (t <= 0 || whole[i] !== 0) return;
    const longest = whole.reduce((best, w, j) => (w > (whole[best] ?? 0) ? j : best), 0);
    if ((whole[longest] ?? 0) < 2) return;
    whole[longest] = (whole[longest] ?? 0) - 1;
    whole[i] = 1;
  });
  return whole;
}
