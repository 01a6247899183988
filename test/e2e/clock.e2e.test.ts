// Issue 18, points 3 and 4, in Chromium: the agenda shows the time in hand as its own item, and
// every main-line slide's notes give the minutes it runs — with --start, the clock times too —
// the same numbers plan.json holds.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { launchBrowser, type DeckBrowser } from './browser.js';

const out = mkdtempSync(join(tmpdir(), 'demodeck-clock-'));
let browser: DeckBrowser | undefined;

beforeAll(async () => {
  const log: string[] = [];
  const code = await run(['build', 'decks/northwind-cfo.yaml', 'decks/huadong.yaml', '--start', '14:00', '--out', out], { out: () => {}, err: (l) => log.push(l), cwd: process.cwd() });
  if (code !== 0) throw new Error(log.join('\n'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

interface PlanJson {
  duration: number;
  buffer: number;
  slides: { index: number; start: number | null; minutes: number; appendix: boolean }[];
}

async function readDeck(deck: string): Promise<{ agenda: string[]; notes: string[] }> {
  if (!browser) throw new Error('Chromium did not start');
  const { page } = await browser.open(join(out, deck, 'index.html'));
  return page.evaluate(() => ({
    agenda: Array.from(document.querySelectorAll('.dd-agenda li')).map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim()),
    notes: Array.from(document.querySelectorAll('.reveal .slides > section')).map((s) => (s.querySelector('aside.notes')?.textContent ?? '').replace(/\s+/g, ' ')),
  }));
}

const clock = (minutes: number): string => `${Math.floor(minutes / 60)}:${String(Math.floor(minutes % 60)).padStart(2, '0')}${minutes % 1 ? ':30' : ''}`;

describe('one clock in the room', () => {
  for (const [deck, buffer, minute] of [['northwind-cfo', 'Time in hand5 min', (a: number, b: number) => `Minute ${a}–${b} (${clock(840 + a)}–${clock(840 + b)})`], ['huadong', '机动时间6 分钟', (a: number, b: number) => `第 ${a}–${b} 分钟（${clock(840 + a)}–${clock(840 + b)}）`]] as const) {
    it(`${deck}: the agenda ends with the time in hand, and each slide's notes give the plan's minutes and clock times`, async () => {
      const plan = JSON.parse(readFileSync(join(out, deck, 'plan.json'), 'utf8')) as PlanJson;
      const view = await readDeck(deck);
      expect(plan.buffer).toBe(Math.ceil(plan.duration / 10));
      expect(view.agenda.at(-1)).toBe(buffer);
      for (const slide of plan.slides.filter((s) => !s.appendix)) {
        const start = slide.start ?? -1;
        expect(view.notes[slide.index - 1], `slide ${slide.index}`).toContain(minute(start, start + slide.minutes));
        expect((slide.minutes * 2) % 1, `slide ${slide.index} in half minutes`).toBe(0);
      }
      const last = plan.slides.filter((s) => !s.appendix).at(-1);
      expect((last?.start ?? 0) + (last?.minutes ?? 0)).toBe(plan.duration - plan.buffer);
    });
  }
});
