// The printable rehearsal brief and the client copy, opened in headless Chromium from file://.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { launchBrowser, type DeckBrowser } from './browser.js';

const A4 = { width: 595.28, height: 841.89 };
let browser: DeckBrowser | undefined;
const out = mkdtempSync(join(tmpdir(), 'demodeck-brief-e2e-'));
const code = await run(['build', 'decks/huadong.yaml', 'decks/northwind-cfo.yaml', '--client-copy', '--out', out], { out: () => {}, err: () => {}, cwd: process.cwd() });

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

/** Page sizes of a PDF in points, read from its /MediaBox entries. */
function pageSizes(pdf: Buffer): { width: number; height: number }[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

describe.each(['huadong', 'northwind-cfo'])('the rehearsal brief of %s in Chromium', (deck) => {
  it('renders without console errors and prints to A4 pages', async () => {
    expect(code).toBe(0);
    if (!browser) throw new Error('Chromium did not start');
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(join(out, deck, 'brief.html')).href);
    const shown = await page.evaluate(() => {
      const first = document.querySelector('h2');
      const block = document.querySelector('.block');
      return {
        cards: document.querySelectorAll('.person').length,
        h2: document.querySelectorAll('h2').length,
        height: document.body.scrollHeight,
        first: first?.textContent,
        // Where the run-sheet's first block starts, in CSS pixels from the top of the page.
        blockTop: block ? block.getBoundingClientRect().top + window.scrollY : Infinity,
        internal: document.querySelector('.internal')?.textContent,
      };
    });
    expect(shown.cards).toBeGreaterThanOrEqual(3);
    // Run-sheet, qualification, value case, people, competitors, contingencies, supporters, checklist, scorecard.
    expect(shown.h2).toBe(9);
    // The run-sheet comes first and starts on the first printed page (A4 is 1123 CSS pixels high).
    expect(shown.first).toBe(deck === 'huadong' ? '会议流程' : 'Run-sheet');
    expect(shown.internal).toBe(deck === 'huadong' ? '内部资料，请勿转发' : 'Internal — do not forward');
    expect(shown.blockTop).toBeLessThan(1123 * 0.6);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBeGreaterThanOrEqual(1);
    for (const size of sizes) {
      expect(Math.abs(size.width - A4.width)).toBeLessThan(1);
      expect(Math.abs(size.height - A4.height)).toBeLessThan(1);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the client copy in Chromium', () => {
  it('opens as a deck of the main-line slides only, without a speaker-notes view', async () => {
    if (!browser) throw new Error('Chromium did not start');
    const opened = await browser.open(join(out, 'huadong', 'client.html'));
    const state = await opened.page.evaluate(() => ({
      total: window.Reveal.getTotalSlides(),
      notes: document.querySelectorAll('aside.notes').length,
    }));
    expect(state.notes).toBe(0);
    const plan = JSON.parse(readFileSync(join(out, 'huadong', 'plan.json'), 'utf8')) as { slides: { appendix: boolean }[] };
    expect(state.total).toBe(plan.slides.filter((s) => !s.appendix).length);
    expect(state.total).toBeLessThan(plan.slides.length);
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.blockedRequests).toEqual([]);
    await opened.page.close();
  });
});
