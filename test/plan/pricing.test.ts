// The quote: licence lines summed, delivery listed even when free, annual service = rate × licence.
import { describe, expect, it } from 'vitest';
import { loadAndPlan } from '../../src/buildDeck.js';
import { computeQuote, formatMoney } from '../../src/plan/pricing.js';

describe('quote arithmetic', () => {
  it('sums licence lines and computes the annual service as a rate of the licence total', () => {
    const quote = computeQuote({
      currency: 'CNY',
      licence: [{ item: 'Finance', amount: 18000 }, { item: 'Sales', amount: 12000 }],
      delivery: { amount: 4500, days: 6 },
      annual_service_rate: 0.15,
    });
    expect(quote.licenceTotal).toBe(30000);
    expect(quote.oneTimeTotal).toBe(34500);
    expect(quote.annualService).toBe(4500);
  });

  it('adds amounts with cents exactly (no floating-point drift)', () => {
    const quote = computeQuote({
      currency: 'EUR',
      licence: [{ item: 'a', amount: 0.1 }, { item: 'b', amount: 0.2 }, { item: 'c', amount: 1999.99 }],
      delivery: { amount: 0.7 },
      annual_service_rate: 0.125,
    });
    expect(quote.licenceTotal).toBe(2000.29);
    expect(quote.oneTimeTotal).toBe(2000.99);
    expect(quote.annualService).toBe(250.04);
  });

  it('formats money with grouping independent of the machine locale', () => {
    expect(formatMoney(1234567, 'CNY')).toBe('¥1,234,567');
    expect(formatMoney(2000.5, 'EUR')).toBe('€2,000.50');
    expect(formatMoney(0, 'CNY')).toBe('¥0');
    expect(formatMoney(1500, 'CHF')).toBe('CHF 1,500');
  });

  it('lists delivery on the quote slide even when it costs nothing, with its days', () => {
    const { plan } = loadAndPlan('test/fixtures/everything/deck.yaml');
    const pricing = plan.slides.find((s) => s.kind === 'pricing');
    if (pricing?.body.kind !== 'pricing') throw new Error('no pricing slide');
    const rows = Object.fromEntries(pricing.body.rows.map((r) => [r.item, `${r.amount}${r.note ? ` | ${r.note}` : ''}`]));
    expect(rows['Finance + receivables']).toBe('¥18,000');
    expect(rows['Sales + inventory']).toBe('¥12,000.50');
    expect(rows['Licences in total']).toBe('¥30,000.50');
    expect(rows['Implementation and training']).toBe('¥0 | 6 days · included');
    expect(rows['One-time total']).toBe('¥30,000.50');
    expect(rows['Annual service']).toBe('¥4,500.08 | 15% of the licence total, per year');
  });
});
