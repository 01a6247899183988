// The quote: licence lines summed, delivery listed even when free, annual service = rate × licence.
import { describe, expect, it } from 'vitest';
import { loadAndPlan } from '../../src/buildDeck.js';
import { computeQuote, formatMoney, formatRate } from '../../src/plan/pricing.js';

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

describe('the quote as the slide and plan.json show it', () => {
  it('keeps every line in cents, the currency, the delivery days and the rate', () => {
    expect(computeQuote({
      currency: 'USD',
      licence: [{ item: 'Finance', amount: 14000.004 }, { item: 'Stock', amount: 19000.5 }],
      delivery: { amount: 12000, days: 10 },
      annual_service_rate: 0.18,
    })).toEqual({
      currency: 'USD',
      // 14,000.004 is 1,400,000 cents; 19,000.5 is 1,900,050.
      licence: [{ item: 'Finance', amount: 14000 }, { item: 'Stock', amount: 19000.5 }],
      licenceTotal: 33000.5,
      delivery: 12000,
      deliveryDays: 10,
      oneTimeTotal: 45000.5,
      annualServiceRate: 0.18,
      // 3,300,050 cents × 0.18 = 594,009 cents.
      annualService: 5940.09,
    });
  });

  it('writes a loss with a minus before the sign, and each known sign', () => {
    expect(formatMoney(-1234.5, 'EUR')).toBe('-€1,234.50');
    expect([formatMoney(999, 'USD'), formatMoney(1000, 'GBP'), formatMoney(100000, 'CNY')]).toEqual(['$999', '£1,000', '¥100,000']);
    expect(formatMoney(0.5, 'CHF')).toBe('CHF 0.50');
  });

  it('writes the service rate as a percentage to two decimals at most', () => {
    expect([formatRate(0.15), formatRate(0.125), formatRate(0.1234), formatRate(0)]).toEqual(['15%', '12.5%', '12.34%', '0%']);
  });
});
