// Issue 12, point 3: Shift+1 … Shift+9 jump to contingency N's target in the deck, in real
// Chromium, showing nothing but the target slide; pressed in the speaker view, they move the
// audience's deck too.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildForBrowser, launchBrowser, type DeckBrowser } from './browser.js';
import { openSpeakerView } from './hostileDeck.js';

interface PlanJson {
  slides: { index: number; kind: string; title: string }[];
  contingencies: { if: string; then: string; slide: number; jumpTo: number | null }[];
}

let browser: DeckBrowser | undefined;
const out = mkdtempSync(join(tmpdir(), 'demodeck-jump-e2e-'));

beforeAll(async () => {
  await buildForBrowser(['decks/northwind-cfo.yaml', 'decks/huadong.yaml'], out);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

const planOf = (deck: string): PlanJson => JSON.parse(readFileSync(join(out, deck, 'plan.json'), 'utf8')) as PlanJson;

/** What the audience could see besides the current slide: overlays, help, overview, pause. */
const audienceState = () => ({
  slide: window.Reveal.getIndices().h,
  overlays: document.querySelectorAll('.reveal .overlay, .reveal .jump-to-slide-input:not([hidden])').length,
  overview: window.Reveal.isOverview(),
  paused: window.Reveal.isPaused(),
  bodyChildren: document.body.children.length,
});

describe.each(['northwind-cfo', 'huadong'])('jump keys in %s', (deck) => {
  it('Shift+N goes to contingency N’s target from anywhere, and shows nothing else', async () => {
    if (!browser) throw new Error('Chromium did not start');
    const plan = planOf(deck);
    const jumps = plan.contingencies.map((c, i) => ({ key: i + 1, target: c.jumpTo })).filter((j) => j.target !== null);
    expect(jumps.length).toBeGreaterThanOrEqual(2);
    const opened = await browser.open(join(out, deck, 'index.html'));
    const { page } = opened;
    const before = await page.evaluate(audienceState);
    for (const { key, target } of jumps) {
      await page.evaluate(() => window.Reveal.slide(2));
      await page.keyboard.press(`Shift+Digit${key}`);
      await page.waitForFunction((h) => window.Reveal.getIndices().h === h, (target as number) - 1, { timeout: 5_000 });
      const after = await page.evaluate(audienceState);
      expect(after).toEqual({ ...before, slide: (target as number) - 1 });
    }
    expect(opened.pageErrors).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    await page.close();
  });

  it('leaves the deck where it is for a key no contingency has, and for a digit without Shift', async () => {
    if (!browser) throw new Error('Chromium did not start');
    const opened = await browser.open(join(out, deck, 'index.html'));
    const { page } = opened;
    await page.evaluate(() => window.Reveal.slide(3));
    await page.keyboard.press('Shift+Digit9');
    await page.keyboard.press('Digit1');
    // Both presses have been handled once a later key has moved the deck on.
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => window.Reveal.getIndices().h === 4, undefined, { timeout: 5_000 });
    await page.close();
  });

  it('Shift+N pressed in the speaker view moves the deck the audience sees to contingency N’s target', async () => {
    if (!browser) throw new Error('Chromium did not start');
    const plan = planOf(deck);
    const first = plan.contingencies.findIndex((c) => c.jumpTo !== null);
    const target = (plan.contingencies[first]?.jumpTo ?? 0) - 1;
    const opened = await browser.open(join(out, deck, 'index.html'));
    await opened.page.evaluate(() => window.Reveal.slide(2));
    expect(target).not.toBe(2);
    const speaker = await openSpeakerView(opened.page, '');
    try {
      // The presenter's key press, in the speaker view's own window (it forwards a bare digit).
      await speaker.popup.keyboard.press(`Shift+Digit${first + 1}`);
      await opened.page.waitForFunction((h) => window.Reveal.getIndices().h === h, target, { timeout: 5_000 });
      expect(speaker.consoleErrors).toEqual([]);
    } finally {
      await speaker.close();
      await opened.page.close();
    }
  });
});
