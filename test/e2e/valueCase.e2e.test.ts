// The decision maker's question answered on the slide, in Chromium: the value slide of each
// example deck shows the yearly value and the payback from plan.json, and its payback chart keeps
// every label inside the drawing, at 16 px or more at 1280×720. A deck without `value:` builds as
// before, with the readiness warning.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildForBrowser, launchBrowser, type DeckBrowser } from './browser.js';

const out = mkdtempSync(join(tmpdir(), 'demodeck-value-'));
let browser: DeckBrowser | undefined;

beforeAll(async () => {
  const config = parse(readFileSync('decks/northwind-cfo.yaml', 'utf8'));
  delete config.value;
  writeFileSync(join(out, 'no-value.yaml'), stringify(config));
  await buildForBrowser(['decks/huadong.yaml', 'decks/northwind-cfo.yaml', join(out, 'no-value.yaml')], out);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

interface ValueSlideView {
  text: string;
  chartLabels: { text: string; px: number; inside: boolean }[];
}

async function valueSlide(deck: string): Promise<ValueSlideView> {
  if (!browser) throw new Error('Chromium did not start');
  const { page } = await browser.open(join(out, deck, 'index.html'));
  return page.evaluate(() => {
    window.Reveal.configure({ transition: 'none' });
    const slides = Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides > section'));
    window.Reveal.slide(slides.findIndex((s) => s.dataset.kind === 'value'));
    const section = window.Reveal.getCurrentSlide() as HTMLElement;
    const svg = section.querySelector<SVGSVGElement>('svg.dd-svg-payback');
    const box = svg?.getBoundingClientRect();
    // Reveal scales the 1280×720 slide to the window; measure in slide pixels.
    const scale = section.getBoundingClientRect().width / 1280;
    const chartLabels = Array.from(svg?.querySelectorAll('text') ?? []).map((t) => {
      const r = t.getBoundingClientRect();
      const inside = box !== undefined && r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
      const px = (Number(t.getAttribute('font-size')) * (box?.width ?? 0)) / (svg?.viewBox.baseVal.width ?? 1) / scale;
      return { text: t.textContent ?? '', px, inside };
    });
    return { text: section.innerText.replace(/\s+/g, ' '), chartLabels };
  });
}

const plan = (deck: string) => JSON.parse(readFileSync(join(out, deck, 'plan.json'), 'utf8'));

describe('the value slide in Chromium', () => {
  it('shows the yearly value and the payback of the English example, as plan.json computes them', async () => {
    const { value } = plan('northwind-cfo');
    expect(value.yearly).toBeCloseTo(98_246.58, 2);
    // Counted from signing: go-live after month 2, ramp over 3 months; −$7,033.92 after month 8, +$658.29 after month 9.
    expect([value.paybackMonth, value.paybackMonths]).toEqual([9, 9]);
    const view = await valueSlide('northwind-cfo');
    expect(view.text).toContain('$98.2k a year');
    expect(view.text).toContain('pays back in month 9');
    expect(view.text).toContain('from your annual revenue, $6.5M (audited accounts FY2025)');
  });

  it('shows the yearly value and the payback of the Chinese example, in 万元', async () => {
    const { value } = plan('huadong');
    expect(value.yearly).toBe(328_000);
    // −¥95.83 after month 5, ¥26,650 after month 6 (docs/value-case.md).
    expect([value.paybackMonth, value.paybackMonths]).toEqual([6, 6]);
    const view = await valueSlide('huadong');
    expect(view.text).toContain('每年 32.8 万元');
    expect(view.text).toContain('第 6 个月收回投资');
    expect(view.text).toContain('依据：贵公司逾期应收 500 万元（11 月 20 日电话沟通）');
    // Who gave the figure stays in the notes: no audience member's name on the slide.
    expect(view.text).not.toContain('陈洁');
  });

  for (const deck of ['northwind-cfo', 'huadong']) {
    it(`draws the ${deck} payback chart with every label inside it and at least 16 px`, async () => {
      const { chartLabels } = await valueSlide(deck);
      expect(chartLabels.map((l) => l.text)).toEqual(expect.arrayContaining(['0', '12', '24', '36']));
      expect(chartLabels.length).toBeGreaterThanOrEqual(8);
      for (const label of chartLabels) {
        expect(label.inside, `“${label.text}” is cut`).toBe(true);
        expect(label.px, `“${label.text}”`).toBeGreaterThanOrEqual(16);
      }
    });
  }

  it('without `value:` builds the deck as before: value points from the cards, no payback, and the readiness warning', async () => {
    const noValue = plan('no-value');
    expect(noValue.value).toBeNull();
    expect(noValue.sale).toBe('quick');
    const kinds = noValue.slides.filter((s: { appendix: boolean }) => !s.appendix).map((s: { kind: string }) => s.kind);
    // Both are there (indexOf would give -1 for a missing one), the value case after the last need.
    expect(kinds).toContain('need');
    expect(kinds.indexOf('value')).toBeGreaterThan(kinds.lastIndexOf('need'));
    const view = await valueSlide('no-value');
    expect(view.text).not.toMatch(/pays back/);
    const readiness = JSON.parse(readFileSync(join(out, 'no-value', 'readiness.json'), 'utf8'));
    const check = readiness.checks.find((c: { code: string }) => c.code === 'no-payback');
    expect(check).toMatchObject({ ok: false, severity: 'warn' });
    expect(check.fix).toContain('docs/value-case.md');
  });
});
