// An inline case's results are sentences; the figure each one states is lifted out for the card.
// The figure is shown big, before the sentence is read: it must say what the sentence says.
import { describe, expect, it } from 'vitest';
import { liftFigure } from '../../src/resolve/resultFigure.js';

type Figure = { before?: string; after?: string; change?: string };

function figureOf(sentence: string): Figure {
  const { before, after, change } = liftFigure(sentence);
  return { before, after, change };
}

function lifted(sentence: string, figure: Figure): void {
  const result = liftFigure(sentence);
  expect(result.label).toBe(sentence);
  expect(figureOf(sentence)).toEqual({ before: undefined, after: undefined, change: undefined, ...figure });
  expect(result.figureFromLabel).toBe(true);
}

describe('the figure of a result written as a sentence', () => {
  it.each([
    ['Write-offs down 55 percent in the first year', { change: '−55%' }],
    ['overdue receivables down 40%', { change: '−40%' }],
    ['Sales per rep up 12% within six months', { change: '+12%' }],
    ['-30% overdue receivables within six months', { change: '−30%' }],
    ['On-time delivery at 98%', { change: '98%' }],
    ['Month-end close from 3 days to 3 hours', { before: '3 days', after: '3 hours', change: '−96%' }],
    ['Stock counts cut from 5 working days to 2 working days a month', { before: '5 working days', after: '2 working days', change: '−60%' }],
    ['Quote time 4 hours → 30 minutes', { before: '4 hours', after: '30 minutes', change: '−88%' }],
    ['月底对账从3天缩短到半天', { before: '3天', after: '半天' }],
    ['逾期应收款下降55%', { change: '−55%' }],
    ['报价时间从4小时缩短到30分钟', { before: '4小时', after: '30分钟', change: '−88%' }],
    ['Gross margin from 14.2% to 16.0%', { before: '14.2%', after: '16.0%' }],
    ['Orders picked 3x faster', { change: '3×' }],
    ['Revenue from 2019 to 2023 up 40%', { change: '+40%' }],
  ])('%s', (sentence, figure) => lifted(sentence, figure));
});

// Issue 17: a level read as a change ("from 4 percent to under 1 percent" shown "−4%"), a point
// change shown as a percent, a bound dropped ("1%以下" shown "1%").
describe('a bound stays a bound: "4% → <1%", never "−4%" or "1%"', () => {
  it.each([
    ['Unbilled hours down from 4 percent to under 1 percent', { before: '4%', after: '<1%' }],
    ['未开票工时从 4% 降到不足 1%', { before: '4%', after: '<1%' }],
    ['未开票工时由4%降至1%以下', { before: '4%', after: '<1%' }],
    ['Late deliveries from 12% to 2% or less', { before: '12%', after: '≤2%' }],
    ['报价时间从 4 小时以上缩短到 30 分钟以内', { before: '>4 小时', after: '≤30 分钟' }],
    ['Quote time 4 hours → <30 minutes', { before: '4 hours', after: '<30 minutes' }],
    ['Close from about 10 days to 3 days', { before: '~10 days', after: '3 days' }],
    ['Unbilled hours down to under 1 percent', { after: '<1%' }],
    ['逾期应收降到 1% 以下', { after: '<1%' }],
  ])('%s', (sentence, figure) => lifted(sentence, figure));
});

describe('a change of a percentage is in points, never a percent', () => {
  it.each([
    ['Gross margin up 1.8 points', { change: '+1.8 points' }],
    ['Gross margin up 1.8 percentage points', { change: '+1.8 points' }],
    ['On-time delivery fell 1 point', { change: '−1 point' }],
    ['Scrap rate down 3 pp', { change: '−3 points' }],
    ['毛利率提高 1.8 个百分点', { change: '+1.8 个百分点' }],
    ['毛利率提高1.8个百分点', { change: '+1.8 个百分点' }],
    ['准时交货率下降了 2 个百分点', { change: '−2 个百分点' }],
    ['Gross margin up 1.8 points, from 14.2% to 16.0%', { before: '14.2%', after: '16.0%', change: '+1.8 points' }],
  ])('%s', (sentence, figure) => lifted(sentence, figure));
});

describe('plain numbers show where they went, with the change only where a ratio means something', () => {
  it.each([
    ['Suppliers cut from 71 to 48', { before: '71', after: '48', change: '−32%' }],
    ['Projects a consultant runs at once from 6 to 9', { before: '6', after: '9', change: '+50%' }],
    ['供应商从 71 家降到 48 家', { before: '71 家', after: '48 家', change: '−32%' }],
    // A score of 9 is not 50% more than a score of 6.
    ['Customer satisfaction score from 6 to 9', { before: '6', after: '9' }],
    ['客户满意度评分从 6 分提高到 9 分', { before: '6', after: '9' }],
  ])('%s', (sentence, figure) => lifted(sentence, figure));
});

describe('a sentence it cannot read for certain stays text', () => {
  it.each([
    'Buyers trust the on-hand figure again',
    '采购员重新相信账面库存',
    // Bounded changes: "−50%" would say less (or more) than the sentence.
    'Write-offs down more than 50%',
    'Stock cut by up to 30%',
    '逾期应收下降 50% 以上',
    '逾期应收减少约 30%',
    // Two percentages: which is the change, and is "2%" points or percent?
    'Margin up 2% to 16%',
    'Overdue down 40% and write-offs down 55%',
    // A from-to it cannot parse must not fall back to its first percentage.
    'Unbilled hours from 4 percent down to well under 1 percent',
    '未开票工时从 4% 降低到了 1% 以下',
    // "points" with no verb or sign is not a change.
    'Opened 3 new points of sale',
    // A time span is not a pair of levels.
    'Sales doubled from 2019 to 2023',
    'Support from 9 am to 5 pm',
  ])('%s', (sentence) => {
    expect(liftFigure(sentence)).toEqual({ label: sentence });
  });
});
