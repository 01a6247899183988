// What the decision maker reads about the payback: a whole month counted from signing, the same
// on the value slide, its chart and the quote, in English and Chinese, and in plan.json. The
// months are worked out by hand in docs/value-case.md (both example decks use the defaults:
// go-live after month 2, gains complete 3 months later).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadAndPlan } from '../../src/buildDeck.js';
import { toPlanJson, type SlidePlan } from '../../src/plan/slidePlan.js';

const valueBody = (plan: SlidePlan) => {
  const body = plan.slides.find((s) => s.kind === 'value')?.body;
  return body?.kind === 'value' ? body.valueCase : undefined;
};
const paybackRow = (plan: SlidePlan) => {
  const body = plan.slides.find((s) => s.kind === 'pricing')?.body;
  return body?.kind === 'pricing' ? body.rows.find((r) => r.item === 'Payback' || r.item === '投资回收期') : undefined;
};
const valueJson = (plan: SlidePlan) => (toPlanJson(plan) as { value: Record<string, unknown> }).value;

/** An example deck with its `value:` changed, written next to the copy so card ids still resolve. */
function variant(deck: string, value: Record<string, unknown>): SlidePlan {
  const config = parse(readFileSync(deck, 'utf8'));
  config.value = { ...config.value, ...value };
  const dir = mkdtempSync(join(tmpdir(), 'demodeck-payback-'));
  writeFileSync(join(dir, 'deck.yaml'), stringify(config));
  return loadAndPlan(join(dir, 'deck.yaml')).plan;
}

describe('the payback on the slides', () => {
  it('English: "pays back in month 9" on the value slide, the chart marked at month 9, "month 9" on the quote', () => {
    const { plan } = loadAndPlan('decks/northwind-cfo.yaml');
    const value = valueBody(plan);
    // $7,692.22 a month in full; months 3 and 4 earn a third and two thirds: −$7,033.92 after
    // month 8, +$658.29 after month 9 (docs/value-case.md).
    expect(value?.payback).toBe('pays back in month 9');
    expect(value?.chart?.paybackMonths).toBe(9);
    expect(value?.chart?.payback).toBe('paid back in month 9');
    // The three-year net the chart ends on is the same figure as the quote's: $208,348.10.
    expect(value?.chart?.end).toBe('3-year net $208k');
    expect(value?.chart?.cumulative.at(-1)).toBe(208_348.1);
    expect(paybackRow(plan)).toMatchObject({ amount: 'month 9', note: 'counted from signing: live after month 2, full gains from month 5; $98,247 a year, less $5,940 service' });
  });

  it('Chinese: "第 6 个月收回投资", whole months, no 约 and no fraction', () => {
    const { plan } = loadAndPlan('decks/huadong.yaml');
    const value = valueBody(plan);
    // ¥26,745.83 a month in full; −¥95.83 after month 5, ¥26,650 after month 6.
    expect(value?.payback).toBe('第 6 个月收回投资');
    expect(value?.chart?.payback).toBe('第 6 个月回本');
    expect(value?.chart?.end).toBe('三年净收益 82.9 万元');
    expect(paybackRow(plan)).toMatchObject({ amount: '第 6 个月', note: '从签约起算：第 2 个月末上线，第 5 个月起收益全额计入；每年收益 ¥328,000，扣除服务费 ¥7,050' });
    const texts = [value?.payback, value?.chart?.payback, paybackRow(plan)?.amount, paybackRow(plan)?.note].join('\n');
    expect(texts).not.toMatch(/约 \d|\d\.\d+ 个月/);
  });

  it('puts go-live, ramp and the whole payback month in plan.json, the old paybackMonths the same month', () => {
    expect(valueJson(loadAndPlan('decks/northwind-cfo.yaml').plan)).toMatchObject({ goLiveMonth: 2, rampMonths: 3, paybackMonth: 9, paybackMonths: 9, threeYearNet: 208_348.1 });
    expect(valueJson(loadAndPlan('decks/huadong.yaml').plan)).toMatchObject({ goLiveMonth: 2, rampMonths: 3, paybackMonth: 6, paybackMonths: 6, threeYearNet: 829_025 });
  });

  it('follows the config: go-live 0 and ramp 0 take the full gain from month 1 and pay back in month 2', () => {
    const plan = variant('decks/huadong.yaml', { go_live_month: 0, ramp_months: 0 });
    // ¥26,745.83 a month from month 1: −¥26,254.17 after month 1, ¥491.67 after month 2.
    expect(valueBody(plan)?.payback).toBe('第 2 个月收回投资');
    expect(valueJson(plan)).toMatchObject({ goLiveMonth: 0, rampMonths: 0, paybackMonth: 2 });
    // 36 × 26,745.83 − 53,000 = 909,850, the three-year net the old model gave.
    expect(valueJson(plan)['threeYearNet']).toBe(909_850);
  });

  it('a payback beyond three years is named, and the chart says it is not within them', () => {
    // Go-live after month 30: 6 months of ¥26,745.83 (less the ramp) cannot cover ¥53,000 by month 36.
    const plan = variant('decks/huadong.yaml', { go_live_month: 30 });
    const value = valueBody(plan);
    // Months 31–32 earn a third and two thirds (¥27,333.33 − 2 × ¥587.50 = ¥26,158.33):
    // −¥26,841.67 after month 32; the full months after it add ¥26,745.83: −¥95.83 after month 33, ¥26,650 after month 34.
    expect(value?.payback).toBe('第 34 个月收回投资');
    expect(value?.chart?.paybackMonths).toBe(34);
    const later = variant('decks/huadong.yaml', { go_live_month: 36 });
    expect(valueBody(later)?.payback).toBe('第 40 个月收回投资');
    expect(valueBody(later)?.chart?.paybackMonths).toBeNull();
    expect(valueBody(later)?.chart?.payback).toBe('三年内尚未回本');
  });
});
