// Issue 12, points 5 and 6: the meeting ends on the ask, and the agenda and the brief show whole
// minutes that add up to the meeting — checked on both example decks and every variant, as built.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli.js';
import { wholeMinutes } from '../../src/plan/minutes.js';

interface PlanJson {
  duration: number;
  buffer: number;
  sections: { id: string; minutes: number; wholeMinutes: number }[];
  slides: { kind: string; section: string; appendix: boolean; minutes: number }[];
}

const out = mkdtempSync(join(tmpdir(), 'demodeck-flow-'));
const quiet = { out: () => {}, err: () => {}, cwd: process.cwd() };
const strings = (language: string): Record<string, string> => parse(readFileSync(`content/strings/${language}.yaml`, 'utf8'));
let folders: string[] = [];

beforeAll(async () => {
  const code = await run(['build', 'decks/huadong.yaml', 'decks/northwind-cfo.yaml', '--variants', '--start', '14:00', '--out', out], quiet);
  expect(code).toBe(0);
  folders = readdirSync(out).sort();
});

const read = (folder: string, file: string): string => readFileSync(join(out, folder, file), 'utf8');
const planOf = (folder: string): PlanJson => JSON.parse(read(folder, 'plan.json'));
const languageOf = (folder: string): string => (folder.startsWith('huadong') ? 'zh-CN' : 'en');
/** The run-sheet's blocks: "### Minutes 0–4 · 14:00–14:04 · Opening" / "### 第 0–5 分钟 · 14:00–14:05 · 开场".
 * Only the run-sheet, the first `## ` section: the demo preparation repeats its live blocks' headings. */
const runSheetBlocks = (md: string): { from: number; to: number; clock: string; title: string }[] =>
  [...md.slice(md.indexOf('\n## '), md.indexOf('\n## ', md.indexOf('\n## ') + 1)).matchAll(/^### (?:Minutes |第 )(\d+)–(\d+)(?: 分钟)? · (\d+:\d\d–\d+:\d\d) · (.+)$/gm)].map((m) => ({ from: Number(m[1]), to: Number(m[2]), clock: m[3] ?? '', title: m[4] ?? '' }));
const clockOf = (minutes: number): string => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** The agenda slide's section of index.html. */
function agendaHtml(folder: string): string {
  const html = read(folder, 'index.html');
  const start = html.indexOf('data-kind="agenda"');
  return html.slice(start, html.indexOf('</section>', start));
}

/** The minutes a reader sees: "5 min" / "5 分钟", as numbers (NaN when not a plain number). */
function shownMinutes(texts: readonly string[], language: string): number[] {
  const unit = language === 'en' ? ' min' : ' 分钟';
  return texts.map((text) => (text.endsWith(unit) && /^\d+$/.test(text.slice(0, -unit.length)) ? Number(text.slice(0, -unit.length)) : Number.NaN));
}

describe('point 5 — the meeting ends on the ask', () => {
  it('builds both example decks and their variants', () => {
    expect(folders).toEqual(['huadong', 'huadong-陈洁', 'northwind-cfo', 'northwind-cfo-tom-brennan']);
  });

  it('puts Q&A right before the closing, and the call to action is the last main-line slide', () => {
    for (const folder of folders) {
      const main = planOf(folder).slides.filter((s) => !s.appendix);
      expect(main.at(-1)?.kind, folder).toBe('closing');
      expect(main.at(-2)?.kind, folder).toBe('qna');
      const html = read(folder, 'index.html');
      const lastMain = html.lastIndexOf('data-timing=');
      expect(html.slice(html.lastIndexOf('<section', lastMain), lastMain), folder).toContain('data-kind="closing"');
    }
  });

  it('lists questions before the next step in the agenda and in the brief timeline', () => {
    for (const folder of folders) {
      const s = strings(languageOf(folder));
      const agenda = [...agendaHtml(folder).matchAll(/<span class="dd-agenda-item">([^<]*)<\/span>/g)].map((m) => m[1]);
      // The time in hand closes the agenda: planned for no slide.
      expect(agenda.slice(-3), folder).toEqual([s['section-qna'], s['section-closing'], s['agenda-buffer']]);
      const runSheet = runSheetBlocks(read(folder, 'brief.md')).map((b) => b.title);
      expect(runSheet.slice(-3), folder).toEqual([s['section-qna'], s['section-closing'], s['agenda-buffer']]);
    }
  });
});

describe('point 6 — whole minutes', () => {
  it('shows whole minutes in the agenda list and its bar, adding up to the duration, in en and zh-CN', () => {
    for (const folder of folders) {
      const { duration } = planOf(folder);
      const agenda = agendaHtml(folder);
      const listed = shownMinutes([...agenda.matchAll(/<span class="dd-agenda-minutes">([^<]*)<\/span>/g)].map((m) => m[1] ?? ''), languageOf(folder));
      expect(listed.every(Number.isInteger), `${folder}: ${listed.join(', ')}`).toBe(true);
      expect(listed.reduce((a, b) => a + b, 0), folder).toBe(duration);
      const bar = agenda.slice(agenda.indexOf('<svg'), agenda.indexOf('</svg>'));
      const captions = [...bar.matchAll(/class="dd-t-muted"[^>]*><tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1] ?? '');
      expect(captions.length, folder).toBeGreaterThan(0);
      expect(shownMinutes(captions, languageOf(folder)).every(Number.isInteger), `${folder}: ${captions.join(', ')}`).toBe(true);
    }
  });

  it('gives the brief\'s run-sheet whole minutes that follow on and add up to the duration, and clock times from --start', () => {
    for (const folder of folders) {
      const { duration } = planOf(folder);
      const blocks = runSheetBlocks(read(folder, 'brief.md'));
      expect(blocks.length, folder).toBeGreaterThan(5);
      blocks.forEach((b, i) => {
        expect(b.from, `${folder} block ${i}`).toBe(i === 0 ? 0 : blocks[i - 1]?.to);
        expect(b.clock, `${folder} block ${i}`).toBe(`${clockOf(840 + b.from)}–${clockOf(840 + b.to)}`);
      });
      expect(blocks.at(-1)?.to, folder).toBe(duration);
    }
  });

  it('keeps the slides on one clock: data-timing in whole or half minutes, adding up to the meeting less its buffer', () => {
    for (const folder of folders) {
      const { duration, buffer } = planOf(folder);
      const seconds = [...read(folder, 'index.html').matchAll(/data-timing="(\d+)"/g)].map((m) => Number(m[1]));
      expect(seconds.reduce((a, b) => a + b, 0), folder).toBe((duration - buffer) * 60);
      expect(seconds.every((s) => s % 30 === 0), folder).toBe(true);
      expect(seconds.some((s) => s % 60 !== 0), folder).toBe(true);
    }
  });

  it('rounds by largest remainder, deterministically, and gives every timed section at least a minute', () => {
    // 45 minutes: floors 4 2 2 17 3 2 2 3 4 1 (40); the five left go to remainders 7 7 7 6 6.
    expect(wholeMinutes([45, 27, 21, 174, 37, 27, 26, 32, 45, 16])).toEqual([4, 3, 2, 17, 4, 3, 3, 3, 4, 2]);
    expect(wholeMinutes([2, 58])).toEqual([1, 5]);
    expect(wholeMinutes([5, 95])).toEqual([1, 9]);
    expect(wholeMinutes([15, 15, 15, 15])).toEqual([2, 2, 1, 1]);
    expect(wholeMinutes([100, 0])).toEqual([10, 0]);
  });
});
