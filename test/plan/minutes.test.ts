// Time arithmetic in tenths of a minute (src/plan/minutes.ts), with every figure worked out by hand:
// how a section's time is shared between its slides, and how the agenda and the brief turn tenths
// into whole minutes that still add up to the meeting.
import { describe, expect, it } from 'vitest';
import { FLOOR_TENTHS, NOMINAL_TENTHS, shareTenths, wholeMinutes } from '../../src/plan/minutes.js';

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe('the time a slide of each kind takes', () => {
  it('gives a feature card 3.5 minutes when time is no issue and never less than 2.5', () => {
    expect([NOMINAL_TENTHS.ffab, FLOOR_TENTHS.ffab]).toEqual([35, 25]);
    expect([NOMINAL_TENTHS.title, FLOOR_TENTHS.title]).toEqual([5, 5]);
    expect([NOMINAL_TENTHS.qna, NOMINAL_TENTHS.backup]).toEqual([0, 0]);
  });

  it('never asks more of a short meeting than of a long one, for any kind', () => {
    const kinds = Object.keys(NOMINAL_TENTHS);
    expect(kinds).toHaveLength(16);
    expect(Object.keys(FLOOR_TENTHS).sort()).toEqual([...kinds].sort());
    for (const kind of kinds as (keyof typeof NOMINAL_TENTHS)[]) expect(FLOOR_TENTHS[kind], kind).toBeLessThanOrEqual(NOMINAL_TENTHS[kind]);
  });
});

describe('shareTenths: a section’s time split between its slides', () => {
  it('splits in proportion, the remainder to the largest fraction', () => {
    // 10 × 2/3 = 6.67 and 10 × 1/3 = 3.33: the tenth left over goes to the larger fraction.
    expect(shareTenths([2, 1], 10)).toEqual([7, 3]);
    expect(shareTenths([1, 2], 10)).toEqual([3, 7]);
    // 30 × 35/90 = 11.67, 30 × 20/90 = 6.67, 30 × 35/90 = 11.67: 28 after rounding down; the two
    // tenths left go to the first two of three equal fractions.
    expect(shareTenths([35, 20, 35], 30)).toEqual([12, 7, 11]);
  });

  it('gives ties to the earlier slide, one tenth each, until the total is reached', () => {
    // 10 / 3 = 3.33 each: one tenth left, to the first.
    expect(shareTenths([1, 1, 1], 10)).toEqual([4, 3, 3]);
    // 6 / 4 = 1.5 each: two tenths left, to the first two.
    expect(shareTenths([1, 1, 1, 1], 6)).toEqual([2, 2, 1, 1]);
    // 10 / 7 = 1.43 each: three tenths left, to the first three of seven.
    expect(shareTenths([1, 1, 1, 1, 1, 1, 1], 10)).toEqual([2, 2, 2, 1, 1, 1, 1]);
  });

  it('always adds up to the total it was given', () => {
    for (const [weights, total] of [[[3, 5, 7], 47], [[1, 1, 1, 1, 1, 1, 1], 100], [[25, 35, 35, 35], 123]] as const) {
      expect(sum(shareTenths(weights, total))).toBe(total);
    }
  });

  it('gives nothing when there is no time or nothing to weigh', () => {
    expect(shareTenths([1, 1], 0)).toEqual([0, 0]);
    expect(shareTenths([1, 1], -5)).toEqual([0, 0]);
    expect(shareTenths([0, 0], 10)).toEqual([0, 0]);
    expect(shareTenths([], 10)).toEqual([]);
  });
});

describe('wholeMinutes: the agenda’s and the brief’s minutes', () => {
  it('rounds each part down and gives the minutes left to the largest remainders', () => {
    // 2.6 + 2.4 = 5 minutes: 2 + 2, and the minute left to the 0.6.
    expect(wholeMinutes([26, 24])).toEqual([3, 2]);
    expect(wholeMinutes([24, 26])).toEqual([2, 3]);
    // 2.5 + 2.5: a tie goes to the earlier part.
    expect(wholeMinutes([25, 25])).toEqual([3, 2]);
    // 1.3 + 1.3 = 2.6, which the meeting counts as 3 minutes: the earlier part gets the extra one.
    expect(wholeMinutes([13, 13])).toEqual([2, 1]);
    // Seven parts of 0.5 = 3.5, counted as 4 minutes: the first four parts get one each.
    expect(wholeMinutes([5, 5, 5, 5, 5, 5, 5])).toEqual([1, 1, 1, 1, 0, 0, 0]);
  });

  it('adds up to the meeting, rounded to the minute', () => {
    for (const tenths of [[26, 24], [35, 35, 20, 10], [5, 15, 25, 35, 45, 55], [3, 57]]) {
      expect(sum(wholeMinutes(tenths)), tenths.join('+')).toBe(Math.round(sum(tenths) / 10));
    }
  });

  it('shows at least one minute for a part with any time, taken from the longest part', () => {
    // 0.3 + 5.7 = 6: 0 + 6 by remainders, then the short part takes a minute from the long one.
    expect(wholeMinutes([3, 57])).toEqual([1, 5]);
    // 0.3 + 1.7 = 2: 0 + 2, then 1 + 1 (the longest part still has two).
    expect(wholeMinutes([3, 17])).toEqual([1, 1]);
    // 0.2 + 3.0 + 4.8 = 8: 0 + 3 + 5, and the minute comes from the 5.
    expect(wholeMinutes([2, 30, 48])).toEqual([1, 3, 4]);
    // 0.2 + 4.0 + 3.8 = 8: 0 + 4 + 4, and of two longest parts the first gives the minute.
    expect(wholeMinutes([2, 40, 38])).toEqual([1, 3, 4]);
  });

  it('takes no minute from a part that has only one, and gives none to a part with no time', () => {
    // 0.5 + 0.5 = 1 minute: the first part has it; the second cannot take it without leaving 0.
    expect(wholeMinutes([5, 5])).toEqual([1, 0]);
    expect(wholeMinutes([0, 20])).toEqual([0, 2]);
    expect(wholeMinutes([20, 0, 10])).toEqual([2, 0, 1]);
  });
});
