// The topics the linking step reads from a concern's own words (money that returns, money that
// costs), with the traps that made earlier decks answer the wrong question.
import { describe, expect, it } from 'vitest';
import { moneyTopic } from '../../../src/plan/words.js';

describe('what a money concern asks', () => {
  it('tells a question about the return from one about the cost, in both languages', () => {
    const cases: [string, 'return' | 'cost'][] = [
      ['a payback she can defend within the budget year', 'return'],
      ['how fast does it pay back?', 'return'],
      ['is it worth the money for a firm our size', 'return'],
      ['what the whole system costs and how soon it pays for itself', 'return'],
      ['这笔投入多久能收回来', 'return'],
      ['值不值得现在上', 'return'],
      ['how much will the licences cost us?', 'cost'],
      ['what we pay every year after the first', 'cost'],
      ['总共要投入多少钱，多久能看到效果', 'cost'],
      ['每年还要交多少服务费', 'cost'],
      ['预算只有六万', 'cost'],
    ];
    for (const [text, topic] of cases) expect(moneyTopic(text), text).toBe(topic);
  });

  it('reads the customer\'s own prices, returns and costs as their business, not a question about ours', () => {
    for (const text of ['our price lists are a mess', 'the VAT return still runs in separate software', 'goods returns are booked by hand', '采购价格档案要人手工维护吗', '材料成本偏高', 'quotes wait for approval']) {
      expect(moneyTopic(text), text).toBeUndefined();
    }
  });
});
