// The payback month by month (src/plan/figures/payback.ts), as the brief writes it out for the CFO:
// each month's share of the gain, its own net, the months of full gain and of service fee, and the
// first month the cumulative net is 0 or more. All figures are in cents and worked out by hand.
import { describe, expect, it } from 'vitest';
import { cumulativeCents, feeMonths, fullFrom, fullGainMonths, monthNetCents, paybackMonth, shareOf, type PaybackTerms } from '../../src/plan/figures/payback.js';

// The contract's example (docs/value-case.md): 352,500 a year (29,375 a month), a 4,500 yearly
// service fee (375 a month), 34,500 once; live after month 2, gains complete 3 months later.
const contract: PaybackTerms = { yearlyCents: 35_250_000, yearlyCostCents: 450_000, oneTimeCents: 3_450_000, goLiveMonth: 2, rampMonths: 3 };

describe('each month of the contract example', () => {
  it('earns nothing until go-live, then a third, two thirds and the full gain from month 5', () => {
    expect([1, 2, 3, 4, 5, 6].map((month) => shareOf(contract, month))).toEqual([
      { part: 0, of: 3 }, { part: 0, of: 3 }, { part: 1, of: 3 }, { part: 2, of: 3 }, { part: 3, of: 3 }, { part: 3, of: 3 },
    ]);
    expect(fullFrom(contract)).toBe(5);
  });

  it('nets the month’s gain less the month’s fee, and nothing before go-live', () => {
    // Month 3: 29,375 ÷ 3 − 375 = 9,416.67; month 4: 19,583.33 − 375 = 19,208.33; month 5: 29,000.
    expect([2, 3, 4, 5].map((month) => monthNetCents(contract, month))).toEqual([0, 941_667, 1_920_833, 2_900_000]);
    expect(cumulativeCents(contract, 5)).toEqual([-3_450_000, -3_450_000, -3_450_000, -2_508_333, -587_500, 2_312_500]);
  });

  it('counts 33 months of full gain and 34 of fee in three years, and none of either before go-live', () => {
    // Months 3–4 are a third and two thirds: one full month; months 5–36 are 32 more.
    expect(fullGainMonths(contract)).toBe(33);
    expect(feeMonths(contract)).toBe(34);
    expect(fullGainMonths(contract, 4)).toBe(1);
    expect(fullGainMonths(contract, 2)).toBe(0);
    expect(feeMonths(contract, 1)).toBe(0);
    expect(feeMonths(contract, 3)).toBe(1);
  });

  it('takes ramp 0 as the full gain from the first month after go-live, like ramp 1', () => {
    const ramp0 = { ...contract, rampMonths: 0 };
    expect(shareOf(ramp0, 3)).toEqual({ part: 1, of: 1 });
    expect(fullFrom(ramp0)).toBe(3);
    expect(fullGainMonths(ramp0)).toBe(34);
    expect(monthNetCents(ramp0, 3)).toBe(2_900_000);
  });
});

describe('the payback month', () => {
  // 30,000 a month of gain, 1,000 a month of fee, full from the first month.
  const flat = (oneTimeCents: number): PaybackTerms => ({ yearlyCents: 36_000_000, yearlyCostCents: 1_200_000, oneTimeCents, goLiveMonth: 0, rampMonths: 0 });

  it('is the month the cumulative net reaches exactly zero, and the next one when a cent is still missing', () => {
    // One month nets 29,000: a one-time cost of 29,000 is back at the end of month 1.
    expect(paybackMonth(flat(2_900_000))).toBe(1);
    expect(paybackMonth(flat(2_900_001))).toBe(2);
  });

  it('counts from month 1 even when nothing is paid at signing', () => {
    expect(paybackMonth(flat(0))).toBe(1);
  });

  it('is found month by month while the gains are still growing', () => {
    // 60,000 a month in full over a 6-month ramp, no fee, 15,000 once: month 1 earns 10,000
    // (−5,000), month 2 20,000 (+15,000): paid back in month 2, long before the gains are complete.
    const steep: PaybackTerms = { yearlyCents: 72_000_000, yearlyCostCents: 0, oneTimeCents: 1_500_000, goLiveMonth: 0, rampMonths: 6 };
    expect(paybackMonth(steep)).toBe(2);
    expect(cumulativeCents(steep, 2)).toEqual([-1_500_000, -500_000, 1_500_000]);
    // 10,000 once is back to exactly zero after month 1's 10,000.
    expect(paybackMonth({ ...steep, oneTimeCents: 1_000_000 })).toBe(1);
  });

  it('never comes when the gain is no more than the fee', () => {
    expect(paybackMonth({ ...flat(0), yearlyCostCents: 36_000_000 })).toBeNull();
    expect(paybackMonth({ ...flat(0), yearlyCostCents: 36_000_001 })).toBeNull();
    expect(paybackMonth({ ...flat(0), yearlyCostCents: 35_999_999 })).toBe(1);
  });
});
