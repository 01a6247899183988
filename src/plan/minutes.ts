// Shares the meeting's minutes among the main-line slides so they add up exactly to the duration.
import type { SlideKind } from './slidePlan.js';

/** Relative weight of each kind of slide: live FFAB demos and Q&A take longest. */
export const KIND_WEIGHT: Record<SlideKind, number> = {
  title: 0.5, opening: 1, agenda: 1, situation: 2.5, overview: 2, need: 2, ffab: 3, value: 2.5,
  comparison: 2.5, case: 3, implementation: 2, assurance: 1.5, pricing: 2.5, closing: 1.5, qna: 4, backup: 0,
};

/** Minutes per weight, in tenths, with the rounding remainder given to the heaviest slides. */
export function shareMinutes(weights: readonly number[], duration: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const tenths = duration * 10;
  if (total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / total) * tenths);
  const floors = exact.map(Math.floor);
  let left = tenths - floors.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return floors.map((f) => f / 10);
}
