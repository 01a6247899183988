// An inline case's results are sentences; the figure each one states is lifted out for the card.
import { describe, expect, it } from 'vitest';
import { liftFigure } from '../../src/resolve/resultFigure.js';

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
  ])('%s', (sentence, figure) => {
    const result = liftFigure(sentence);
    expect(result.label).toBe(sentence);
    expect({ before: result.before, after: result.after, change: result.change }).toEqual({ before: undefined, after: undefined, change: undefined, ...figure });
    expect(result.figureFromLabel).toBe(true);
  });

  it('leaves a sentence without a figure as text', () => {
    expect(liftFigure('Buyers trust the on-hand figure again')).toEqual({ label: 'Buyers trust the on-hand figure again' });
    expect(liftFigure('采购员重新相信账面库存')).toEqual({ label: '采购员重新相信账面库存' });
  });
});
