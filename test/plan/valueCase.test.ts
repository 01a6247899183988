// The value case's arithmetic, each rule of the contract checked against figures worked out by
// hand (docs/value-case.md walks through the same example).
import { describe, expect, it } from 'vitest';
import { computeValueCase, cumulativeNet } from '../../src/plan/figures/valueCase.js';
import { changeText, compactMoney, monthsText } from '../../src/plan/figures/moneyText.js';
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
const valueOf = (gains: ValueCaseConfig['gains'], withQuote = true) =>
  computeValueCase({ value: { facts, gains }, quote: withQuote ? quote : undefined, needs: [], cases });

describe('the value case arithmetic', () => {
  it('follows the contract on its own example: yearly value, cash freed, one-time and yearly cost, payback, three-year net', () => {
    const value = valueOf(contractGains);
    // 5,000,000 × 0.33 = 1,650,000 freed, × 5% = 82,500 a year; 45,000,000 / 365 × 5 = 616,438.36 freed;
    // 300,000 × 0.5 = 150,000; plus 120,000. Yearly: 82,500 + 150,000 + 120,000 = 352,500.
    expect(value.yearly).toBe(352_500);
    expect(value.cashFreed).toBe(2_266_438.36);
    expect(value.oneTime).toBe(34_500);
    expect(value.yearlyCost).toBe(4_500);
    // 34,500 / ((352,500 − 4,500) / 12) = 34,500 / 29,000
    expect(value.paybackMonths).toBeCloseTo(1.189655172, 8);
    // 3 × 348,000 − 34,500
    expect(value.threeYearNet).toBe(1_009_500);
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
  });

  it('takes the size of a change whichever way it points: a cost falling by 20% and revenue rising by 20% are both gains', () => {
    const value = valueOf([
      { need: 'n', point: 'reduce-cost', label: 'down', of: 'scrap', change: -0.2 },
      { need: 'n', point: 'increase-revenue', label: 'up', of: 'scrap', change: 0.2 },
    ]);
    expect(value.points.map((p) => p.yearly)).toEqual([60_000, 60_000]);
  });

  it('has no payback when the gains do not exceed the yearly service fee, and says so with a negative three-year net', () => {
    const value = valueOf([{ need: 'n', point: 'reduce-cost', label: 'small', amount: 4_500 }]);
    expect(value.paybackMonths).toBeNull();
    // 3 × (4,500 − 4,500) − 34,500
    expect(value.threeYearNet).toBe(-34_500);
    const below = valueOf([{ need: 'n', point: 'reduce-cost', label: 'smaller', amount: 4_000 }]);
    expect(below.threeYearNet).toBe(-36_000);
  });

  it('without a quote shows the value but no costs, payback or three-year net', () => {
    const value = valueOf(contractGains, false);
    expect(value.yearly).toBe(352_500);
    expect([value.oneTime, value.yearlyCost, value.paybackMonths, value.threeYearNet]).toEqual([null, null, null, null]);
    expect(cumulativeNet(value)).toEqual([]);
  });

  it('keeps each gain\'s source and names the case it cites as evidence', () => {
    const gains = valueOf(contractGains).points.flatMap((p) => p.gains);
    expect(gains.map((g) => g.source)).toEqual([null, 'Chen Jie, call of 20 Nov', 'annual report 2025', null]);
    expect(gains.find((g) => g.label === 'Overdue down by a third')?.evidence).toEqual({ id: 'ningbo', client: 'Ningbo Sure-Stop' });
  });

  it('draws the cumulative net from minus the one-time cost at month 0, crossing zero at the payback month, to the three-year net at month 36', () => {
    const value = valueOf([{ need: 'n', point: 'reduce-cost', label: 'x', amount: 64_500 }]);
    // (64,500 − 4,500) / 12 = 5,000 a month against 34,500 once: payback 6.9 months.
    expect(value.paybackMonths).toBeCloseTo(6.9, 10);
    const line = cumulativeNet(value);
    expect(line).toHaveLength(37);
    expect(line[0]).toBe(-34_500);
    expect(line[6]).toBe(-4_500);
    expect(line[7]).toBe(500);
    expect(line[36]).toBe(value.threeYearNet);
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

  it('writes a change as a signed percentage and months with one decimal', () => {
    expect(changeText(-0.33)).toBe('−33%');
    expect(changeText(0.125)).toBe('+12.5%');
    expect(monthsText(1.189655)).toBe('1.2');
    expect(monthsText(12)).toBe('12');
  });
});
