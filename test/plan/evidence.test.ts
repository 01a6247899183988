// Every figure says where it comes from, and one deck never shows two numbers for the same thing.
import { describe, expect, it } from 'vitest';
import { loadAndPlan } from '../../src/buildDeck.js';
import { labelForChange } from '../../src/plan/evidence.js';
import type { PlannedSlide } from '../../src/plan/slidePlan.js';
import { baseConfig, planOf } from './tailoringHelpers.js';

const text = (slide: PlannedSlide | undefined): string => JSON.stringify(slide?.body ?? {});

describe('evidence on the slides', () => {
  it('a need slide cites the case its value case names, measured there, not the card\'s typical figure', () => {
    const plan = loadAndPlan('decks/huadong.yaml').plan;
    const receivables = plan.slides.find((s) => s.kind === 'need' && s.needId === 'receivables');
    expect(text(receivables)).toContain('宁波稳停制动件有限公司实测：逾期应收（百万元）3.2 → 1.9（−41%）');
    // The library's keyboard hyphen is shown as the minus sign the value case uses.
    expect(text(receivables)).not.toMatch(/(^|[^\w])-\d/);
    expect(text(receivables)).not.toContain('−30%');
  });

  it('a card\'s metric is labelled as a typical result when no case in the deck measured the same', () => {
    const plan = loadAndPlan('decks/northwind-cfo.yaml').plan;
    const receivables = plan.slides.find((s) => s.kind === 'need' && s.needId === 'receivables');
    expect(text(receivables)).toContain('−30% overdue receivables within six months (typical result)');
  });

  it('shows the case\'s figure with its name instead of a card\'s figure for the same thing (quote time: −88% at Bluehill, not −80%)', () => {
    const config = baseConfig();
    config.cases = ['bluehill-industrial-supplies'];
    config.needs = [{ id: 'quotes', title: 'Quotes', value: 'increase-revenue', features: ['quick-quotation', 'margin-aware-pricing'] }];
    delete config.pricing;
    const value = planOf(config).slides.find((s) => s.kind === 'value');
    expect(text(value)).toContain('time to send a quote (measured at Bluehill Industrial Supplies Co.)');
    expect(text(value)).toContain('"figure":"−88%"');
    expect(text(value)).not.toContain('−80%');
    // The margin card's "+1.5 points" gives way to the margin Bluehill measured.
    expect(text(value)).not.toContain('+1.5');
  });

  it('never puts a money unit next to a percentage shown alone', () => {
    expect(labelForChange('stock value (CNY million)')).toBe('stock value');
    expect(labelForChange('库存金额（百万元）')).toBe('库存金额');
    expect(labelForChange('inventory turnover')).toBe('inventory turnover');
  });
});

describe('evidence belongs to its need (issue 17, point 3)', () => {
  it('never proves a need with another need\'s figure: without its own figure it shows the live demo', () => {
    const config = baseConfig();
    // The only case result measures written-off expired stock; the receivables need has no figure of its own.
    config.cases = [{ client: 'Acme Foods', problem: 'expired stock', solution: 'shelf-life control', results: ['Write-offs down 55 percent in the first year'] }];
    config.needs = [{ id: 'receivables', title: 'Receivables', features: [{ name: 'Ageing', feature: 'ageing per customer', function: 'lists overdue invoices', advantage: 'daily list', benefit: 'collect earlier' }] }];
    delete config.value;
    const need = planOf(config).slides.find((s) => s.kind === 'need');
    expect(text(need)).not.toContain('55');
    expect(text(need)).toContain('We show it live');
  });

  it('proves a need with the case the author names in `needs[].evidence`: its result for what the need\'s cards measure', () => {
    const config = baseConfig();
    config.cases = ['bluehill-industrial-supplies', 'ningbo-brake-parts'];
    config.needs = [{ id: 'quotes', title: 'Quotes', evidence: 'bluehill-industrial-supplies', features: ['quick-quotation'] }];
    delete config.value;
    const need = planOf(config).slides.find((s) => s.kind === 'need');
    expect(text(need)).toContain('Measured at Bluehill Industrial Supplies Co.: time to send a quote (hours) 4 → 0.5 (−88%)');
  });

  it('names an evidence case without a figure when none of its results measures this need', () => {
    const config = baseConfig();
    config.cases = ['bluehill-industrial-supplies'];
    config.needs = [{ id: 'close', title: 'Month-end close', evidence: 'bluehill-industrial-supplies', features: ['vouchers-from-documents'] }];
    delete config.value;
    const need = planOf(config).slides.find((s) => s.kind === 'need');
    expect(text(need)).toContain('Proven at Bluehill Industrial Supplies Co., a company like yours: see the case.');
    expect(text(need)).not.toMatch(/−88%|−19%|−74%/);
  });

  it('refuses an evidence link to a case the deck does not have, with the names it could have meant', () => {
    const config = baseConfig();
    config.needs = [{ ...config.needs[0], evidence: 'ningbo-brake-part' }];
    expect(() => planOf(config)).toThrow(/needs\[0\]\.evidence.*`ningbo-brake-part` is not a case of this deck/s);
  });
});
