// What the presenter and the audience see of the talk's length, in real Chromium: the speaker
// view (key `s`) paces the talk from the slides' data-timing, counting the main line only, and the
// audience's slide number and progress bar count the main line, while reveal still counts every
// slide (plan.json's contract).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildForBrowser, launchBrowser, type DeckBrowser, type OpenedDeck } from './browser.js';
import { openSpeakerView, type SpeakerView } from './hostileDeck.js';

const DECKS = [
  { file: 'decks/northwind-cfo.yaml', deck: 'northwind-cfo', appendixLabel: 'Appendix' },
  { file: 'decks/huadong.yaml', deck: 'huadong', appendixLabel: '附录' },
];

interface PlanJson {
  duration: number;
  buffer: number;
  slides: { index: number; appendix: boolean }[];
}

let browser: DeckBrowser;
let out = '';

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'demodeck-speaker-'));
  await buildForBrowser(DECKS.map((d) => d.file), out);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** "00:44:58" or "-00:01:05" → seconds. */
function clockSeconds(text: string): number {
  const match = /^(-?)(\d+):(\d+):(\d+)$/.exec(text.replace(/\s+/g, ''));
  if (!match) throw new Error(`not a timer reading: ${JSON.stringify(text)}`);
  const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4]);
  return match[1] ? -seconds : seconds;
}

/** The speaker view's elapsed time plus its pacing reading: the seconds planned up to the end of the current slide. */
async function plannedThroughCurrentSlide(popup: Page): Promise<number> {
  const reading = await popup.evaluate(() => ({
    pacingShown: (document.querySelector<HTMLElement>('.speaker-controls-time .pacing')?.style.display ?? 'none') !== 'none',
    titleShown: (document.querySelector<HTMLElement>('.speaker-controls-time .pacing-title')?.style.display ?? 'none') !== 'none',
    elapsed: document.querySelector('.speaker-controls-time .timer')?.textContent ?? '',
    pacing: document.querySelector('.speaker-controls-time .pacing')?.textContent ?? '',
  }));
  expect(reading.pacingShown && reading.titleShown, 'the speaker view shows its pacing timer').toBe(true);
  return clockSeconds(reading.elapsed) + clockSeconds(reading.pacing);
}

/** Waits until the speaker view's pacing says `seconds` are planned up to the end of the current slide (±2 s for the timer's ticks). */
async function expectPlanned(popup: Page, seconds: number): Promise<void> {
  let last = Number.NaN;
  for (let i = 0; i < 50; i++) {
    last = await plannedThroughCurrentSlide(popup);
    if (Math.abs(last - seconds) <= 2) return;
    await popup.waitForTimeout(200);
  }
  expect(last).toBe(seconds);
}

for (const deck of DECKS) describe(`${deck.file} in Chromium`, () => {
  let plan: PlanJson;
  let opened: OpenedDeck;
  let mainCount = 0;

  beforeAll(async () => {
    plan = JSON.parse(readFileSync(join(out, deck.deck, 'plan.json'), 'utf8')) as PlanJson;
    mainCount = plan.slides.filter((s) => !s.appendix).length;
    opened = await browser.open(join(out, deck.deck, 'index.html'));
  });

  afterAll(async () => {
    await opened?.page.close();
  });

  async function show(index: number): Promise<{ number: string; progress: number; bars: number }> {
    await opened.page.evaluate((i) => window.Reveal.slide(i), index);
    return opened.page.evaluate(() => {
      const bars = Array.from(document.querySelectorAll<HTMLElement>('.reveal .progress')).filter((e) => getComputedStyle(e).display !== 'none');
      const span = bars[0]?.querySelector('span');
      const matrix = span ? new DOMMatrix(getComputedStyle(span).transform) : undefined;
      return {
        number: (document.querySelector('.reveal .slide-number')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        progress: matrix ? matrix.a : Number.NaN,
        bars: bars.length,
      };
    });
  }

  it('keeps every slide in reveal, as plan.json counts them, with an appendix after the main line', async () => {
    expect(await opened.page.evaluate(() => window.Reveal.getTotalSlides())).toBe(plan.slides.length);
    expect(mainCount).toBeLessThan(plan.slides.length);
    expect(plan.slides.findIndex((s) => s.appendix)).toBe(mainCount);
  });

  it('numbers the slides for the audience out of the main line, and the appendix apart', async () => {
    // Transitions are off for the reading: the bar's scale is read after it settles.
    await opened.page.addStyleTag({ content: '.reveal .progress span { transition: none !important; }' });
    expect(await show(0)).toEqual({ number: `1 / ${mainCount}`, progress: 0, bars: 1 });
    const middle = Math.floor(mainCount / 2);
    const atMiddle = await show(middle);
    expect(atMiddle.number).toBe(`${middle + 1} / ${mainCount}`);
    expect(atMiddle.progress).toBeCloseTo(middle / (mainCount - 1), 3);
    expect(await show(mainCount - 1)).toEqual({ number: `${mainCount} / ${mainCount}`, progress: 1, bars: 1 });
    expect(await show(mainCount)).toEqual({ number: `${deck.appendixLabel} 1`, progress: 1, bars: 1 });
    expect(await show(plan.slides.length - 1)).toEqual({ number: `${deck.appendixLabel} ${plan.slides.length - mainCount}`, progress: 1, bars: 1 });
  });

  describe('the speaker view', () => {
    let speaker: SpeakerView;

    beforeAll(async () => {
      await opened.page.evaluate(() => window.Reveal.slide(0));
      speaker = await openSpeakerView(opened.page, '');
    });

    afterAll(async () => {
      await speaker?.close();
    });

    it('paces the first slide by its data-timing', async () => {
      const first = await opened.page.evaluate(() => Number(window.Reveal.getSlides()[0]?.getAttribute('data-timing')));
      expect(first).toBeGreaterThan(0);
      await expectPlanned(speaker.popup, first);
    });

    it('plans the meeting\'s duration for the whole main line, by its last main-line slide', async () => {
      await opened.page.evaluate((i) => window.Reveal.slide(i), mainCount - 1);
      await expectPlanned(speaker.popup, (plan.duration - plan.buffer) * 60);
    });

    it('adds no time for appendix slides', async () => {
      await opened.page.evaluate((i) => window.Reveal.slide(i), plan.slides.length - 1);
      await expectPlanned(speaker.popup, (plan.duration - plan.buffer) * 60);
    });
  });
});
