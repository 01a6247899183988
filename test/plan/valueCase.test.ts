// The value case's arithmetic, each rule of the contract checked against figures worked out by
// hand (docs/value-case.md walks through the same example).
import { describe, expect, it } from 'vitest';
import { computeValueCase, cumulativeNet } from '../../src/plan/figures/valueCase.js';
import { changeText, compactMoney } from '../../src/plan/figures/moneyText.js';
import { computeQuote } from '../../src/plan/pricing.js';
import type { ValueCaseConfig } from '../../src/validate/deckSchema.js';

// The contract's example: licence 18,000 + 12,000, delivery 4,500, service 15% of the licence.
const quote = computeQuote({ currency: 'CNY', licence: [{ item: 'Finance', amount: 18000 }, { item: 'Sales', amount: 12000 }], delivery: { amount: 4500, days: 6 }, annual_service_rate: 0.15 });
const facts: ValueCaseConfig['facts'] = [
  { id: 'revenue', label: 'Annual revenue', amount: 45_000_000, source: 'annual report 2025' },
  { id: 'overdue', label: 'Overdue receivables', amount: 5_000_000, source: 'Chen Jie, call of 20 Nov' },
  { id: 'scrap', label: 'Scrap and write-offs per year', amount: 300_000 },
];
const contractGains: ValueCaseConfig['gains'] = [
  { need: 'receivables', point: 'improve-turnover', label: 'Overdue down by a third', of: 'overdue', change: -0.33, rate: 0.05, evidence: 'ningbo' },
  { need: 'receivables', point: 'improve-turnover', label: 'Five days less DSO', of: 'revenue', days: 5 },
  { need: 'inventory', point: 'reduce-cost', label: 'Write-offs halved', of: 'scrap', change: -0.5 },
  { need: 'purchasing', point: 'increase-revenue', label: 'Quicker quotes win more orders', amount: 120000 },
];
const cases = [{ id: 'ningbo', client: 'Ningbo Sure-Stop', industryTags: [], problem: '', solution: '', results: [], recognition: [] }];
// The defaults of the schema: go-live at the end of month 2, gains complete 3 months later.
const defaults = { go_live_month: 2, ramp_months: 3 };
const valueOf = (gains: ValueCaseConfig['gains'], withQuote = true, timing = defaults) =>
  computeValueCase({ value: { facts, gains, ...timing }, quote: withQuote ? quote : undefined, needs: [], cases });

describe('the value case arithmetic', () => {
  it('follows the contract on its own example: yearly value, cash freed, one-time and yearly cost', () => {
    const value = valueOf(contractGains);
    // 5,000,000 × 0.33 = 1,650,000 freed, × 5% = 82,500 a year; 45,000,000 / 365 × 5 = 616,438.36 freed;
    // 300,000 × 0.5 = 150,000; plus 120,000. Yearly: 82,500 + 150,000 + 120,000 = 352,500.
    expect(value.yearly).toBe(352_500);
    expect(value.cashFreed).toBe(2_266_438.36);
    expect(value.oneTime).toBe(34_500);
    expect(value.yearlyCost).toBe(4_500);
    expect(value.currency).toBe('CNY');
  });

  it('groups the gains by value point in the method\'s order, each point with its own sums', () => {
    const value = valueOf(contractGains);
    expect(value.points.map((p) => [p.point, p.yearly, p.cashFreed])).toEqual([
      ['reduce-cost', 150_000, 0],
      ['improve-turnover', 82_500, 2_266_438.36],
      ['increase-revenue', 120_000, 0],
    ]);
  });

  it('a turnover gain without `rate` frees cash once and adds nothing per year; with `rate` it adds the cost of that money', () => {
    const [withRate, withoutRate] = valueOf(contractGains).points.find((p) => p.point === 'improve-turnover')?.gains ?? [];
    expect([withRate?.cashFreed, withRate?.yearly]).toEqual([1_650_000, 82_500]);
    expect([withoutRate?.cashFreed, withoutRate?.yearly]).toEqual([616_438.36, 0]);
    expect([withRate?.rate, withoutRate?.rate]).toEqual([0.05, null]);
  });

  it('takes the size of a change whichever way it points: a cost falling by 20% and revenue rising by 20% are both gains', () => {
    const value = valueOf([
      { need: 'n', point: 'reduce-cost', label: 'down', of: 'scrap', change: -0.2 },
      { need: 'n', point: 'increase-revenue', label: 'up', of: 'scrap', change: 0.2 },
    ]);
    expect(value.points.map((p) => p.yearly)).toEqual([60_000, 60_000]);
  });


  it('without a quote shows the value but no costs, payback or three-year net', () => {
    const value = valueOf(contractGains, false);
    expect(value.yearly).toBe(352_500);
    expect([value.oneTime, value.yearlyCost, value.paybackMonth, value.paybackMonths, value.threeYearNet]).toEqual([null, null, null, null, null]);
    expect(cumulativeNet(value)).toEqual([]);
  });

  it('keeps each gain\'s source and names the case it cites as evidence', () => {
    const gains = valueOf(contractGains).points.flatMap((p) => p.gains);
    expect(gains.map((g) => g.source)).toEqual([null, 'Chen Jie, call of 20 Nov', 'annual report 2025', null]);
    expect(gains.find((g) => g.label === 'Overdue down by a third')?.evidence).toEqual({ id: 'ningbo', client: 'Ningbo Sure-Stop' });
  });

  it('names the very case a gain cites among several, and none for a gain that cites none', () => {
    const two = [{ ...cases[0], id: 'hangzhou', client: 'Hangzhou Parts' }, ...cases] as typeof cases;
    const value = computeValueCase({ value: { facts, gains: contractGains, ...defaults }, quote, needs: [], cases: two });
    const gains = value.points.flatMap((p) => p.gains);
    expect(gains.map((g) => g.evidence?.client ?? null)).toEqual([null, 'Ningbo Sure-Stop', null, null]);
  });

  it('titles each gain with its need’s title, or the need id when the meeting has no such need', () => {
    const needs = [{ id: 'inventory', title: 'Stock you can trust' }, { id: 'receivables', title: 'Cash from receivables' }] as never;
    const value = computeValueCase({ value: { facts, gains: contractGains, ...defaults }, quote, needs, cases });
    expect(value.points.flatMap((p) => p.gains).map((g) => g.needTitle)).toEqual(['Stock you can trust', 'Cash from receivables', 'Cash from receivables', 'purchasing']);
  });

  it('says how each gain is reached, so the slides can write the arithmetic out', () => {
    const gains = valueOf(contractGains).points.flatMap((p) => p.gains);
    const [scrap, revenue] = [facts[2], facts[0]].map((f) => ({ source: null, from: null, ...f }));
    expect(gains.map((g) => g.basis)).toEqual([
      { kind: 'change', fact: scrap, change: -0.5 },
      { kind: 'change', fact: expect.objectContaining({ id: 'overdue' }), change: -0.33 },
      { kind: 'days', fact: revenue, days: 5 },
      { kind: 'amount' },
    ]);
  });

  it('writes money in the value case’s currency, else the quote’s, else in none', () => {
    expect(valueOf(contractGains).currency).toBe('CNY');
    expect(computeValueCase({ value: { currency: 'EUR', facts, gains: contractGains, ...defaults }, quote, needs: [], cases }).currency).toBe('EUR');
    expect(valueOf(contractGains, false).currency).toBe('');
  });
});

// When the money comes (docs/value-case.md): the one-time cost at signing (month 0), nothing until
// go-live, each gain growing evenly over the ramp, the service fee monthly from go-live. Every
// figure below is worked out by hand from the contract example: 352,500 a year is 29,375 a month,
// the 4,500 service fee 375 a month, 34,500 once.
describe('the payback month by month', () => {
  const contract = (timing = defaults) => valueOf(contractGains, true, timing);

  it('by default (go-live after month 2, ramp over 3 months) pays back in month 5, not within the first month', () => {
    const value = contract();
    // month 3: 29,375 ÷ 3 − 375 = 9,416.67 → −25,083.33; month 4: 29,375 × 2/3 − 375 = 19,208.33 → −5,875;
    // month 5: 29,375 − 375 = 29,000 → 23,125, the first month at 0 or more.
    expect(cumulativeNet(value).slice(0, 6)).toEqual([-34_500, -34_500, -34_500, -25_083.33, -5_875, 23_125]);
    expect([value.goLiveMonth, value.rampMonths, value.paybackMonth, value.paybackMonths]).toEqual([2, 3, 5, 5]);
    // 36 months: 1/3 + 2/3 + 32 full months of gain = 33 × 29,375 = 969,375; 34 months of fee = 12,750.
    expect(value.threeYearNet).toBe(969_375 - 12_750 - 34_500);
  });

  it('with ramp 0 and go-live 0 takes the full gain from month 1: pays back in month 2, three years of net as before', () => {
    const value = contract({ go_live_month: 0, ramp_months: 0 });
    // month 1: −34,500 + 29,000 = −5,500; month 2: 23,500.
    expect(cumulativeNet(value).slice(0, 3)).toEqual([-34_500, -5_500, 23_500]);
    expect(value.paybackMonth).toBe(2);
    expect(value.threeYearNet).toBe(36 * 29_000 - 34_500);
  });

  it('can pay back while the gains are still growing: ramp 6 pays back in month 6, before the gains are complete in month 8', () => {
    const value = contract({ go_live_month: 2, ramp_months: 6 });
    // months 3–5 earn 1/6 + 2/6 + 3/6 = 1 full month: −34,500 + 29,375 − 3 × 375 = −6,250;
    // month 6 adds 4/6 × 29,375 − 375 = 19,208.33 → 12,958.33.
    expect(cumulativeNet(value)[5]).toBe(-6_250);
    expect(cumulativeNet(value)[6]).toBe(12_958.33);
    expect(value.paybackMonth).toBe(6);
  });

  it('never pays back when the gains do not exceed the yearly service fee, and says so with a negative three-year net', () => {
    const value = valueOf([{ need: 'n', point: 'reduce-cost', label: 'small', amount: 4_500 }]);
    expect([value.paybackMonth, value.paybackMonths]).toEqual([null, null]);
    // 33 months' worth of 375 gain against 34 months of 375 fee, and the one-time cost.
    expect(value.threeYearNet).toBe(-375 - 34_500);
    const below = valueOf([{ need: 'n', point: 'reduce-cost', label: 'smaller', amount: 4_000 }]);
    // 33 × 4,000 ÷ 12 = 11,000 against 12,750 of fee.
    expect(below.threeYearNet).toBe(11_000 - 12_750 - 34_500);
  });

  it('counts a payback far beyond the chart to the month: 100 a month net pays back in month 352', () => {
    const value = valueOf([{ need: 'n', point: 'reduce-cost', label: 'thin', amount: 5_700 }]);
    // 475 a month against 375: months 3–4 earn 1/3 + 2/3 = 475 against 750 of fee → −34,775 at month 4;
    // then 100 a month: −34,775 + 100 × 348 = 25 in month 352, −75 in month 351.
    expect(cumulativeNet(value)[4]).toBe(-34_775);
    expect(value.paybackMonth).toBe(352);
  });

  it('draws the cumulative net from minus the one-time cost at month 0, crossing zero at the payback month, to the three-year net at month 36', () => {
    const value = valueOf([{ need: 'n', point: 'reduce-cost', label: 'x', amount: 64_500 }]);
    // 5,375 a month against 375: month 3 +1,416.67, month 4 +3,208.33, then 5,000 a month.
    const line = cumulativeNet(value);
    expect(line).toHaveLength(37);
    expect(line.slice(0, 5)).toEqual([-34_500, -34_500, -34_500, -33_083.33, -29_875]);
    expect(line[9]).toBe(-4_875);
    expect(line[10]).toBe(125);
    expect(value.paybackMonth).toBe(10);
    // 33 × 5,375 − 34 × 375 − 34,500
    expect(line[36]).toBe(130_125);
    expect(value.threeYearNet).toBe(130_125);
  });
});

describe('money as the decision maker reads it', () => {
  it('writes English with the currency sign and k, M', () => {
    expect(compactMoney(424_000, 'EUR', 'en')).toBe('€424k');
    expect(compactMoney(1_200_000, 'EUR', 'en')).toBe('€1.2M');
    expect(compactMoney(14_400, 'USD', 'en')).toBe('$14.4k');
    expect(compactMoney(950, 'GBP', 'en')).toBe('£950');
    expect(compactMoney(999_960, 'EUR', 'en')).toBe('€1M');
    expect(compactMoney(424_000, 'CHF', 'en')).toBe('CHF 424k');
    expect(compactMoney(-36_000, 'CNY', 'en')).toBe('−¥36k');
  });

  it('writes Chinese with 万 and 亿 and a space between the digits and the unit', () => {
    expect(compactMoney(144_000, 'CNY', 'zh-CN')).toBe('14.4 万元');
    expect(compactMoney(120_000_000, 'CNY', 'zh-CN')).toBe('1.2 亿元');
    expect(compactMoney(8_000, 'CNY', 'zh-CN')).toBe('8,000 元');
    expect(compactMoney(1_650_000, 'CNY', 'zh-CN')).toBe('165 万元');
    expect(compactMoney(52_000, 'EUR', 'zh-CN')).toBe('5.2 万欧元');
    expect(compactMoney(-36_000, 'CNY', 'zh-CN')).toBe('−3.6 万元');
  });

  it('writes a change as a signed percentage', () => {
    expect(changeText(-0.33)).toBe('−33%');
    expect(changeText(0.125)).toBe('+12.5%');
  });
});
