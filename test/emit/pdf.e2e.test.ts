// `--pdf` and `--pdf-notes`: printed by the real headless Chromium, read back with poppler.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { pdfInfo, pdfRasters, pdfText, pdfWords } from '../helpers/poppler.js';

interface PlanJson {
  slides: { index: number; title: string; reason: string }[];
}

async function build(args: string[]): Promise<{ code: number; log: string; dir: string }> {
  const out = mkdtempSync(join(tmpdir(), 'demodeck-pdf-'));
  let log = '';
  const io = { out: (l: string) => (log += `${l}\n`), err: (l: string) => (log += `${l}\n`), cwd: process.cwd() };
  const code = await run(['build', ...args, '--out', out], io);
  return { code, log, dir: out };
}

const readPlan = (dir: string): PlanJson => JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as PlanJson;
const flat = (text: string): string => text.replace(/\s+/g, '');

/**
 * On screen reveal shows the 1280×720 slide at 96% (its margin 0.04), so at least 2% of the width
 * and of the height stays free on each side, on every page: no glyph, line, box or picture in it.
 * The page is rendered as a reader sees it and every pixel of that strip must be the page's own
 * background (the colour of its corner): poppler's word boxes span a CJK font's whole ascent and
 * descent, far beyond the glyphs, and know nothing of drawings. Every page also has text.
 */
function expectMargins(pdf: string, pages: number): void {
  const words = pdfWords(pdf);
  expect(words).toHaveLength(pages);
  for (const page of words) expect(page.words.length, `page ${page.page} has text`).toBeGreaterThan(0);
  const rasters = pdfRasters(pdf, 48);
  expect(rasters).toHaveLength(pages);
  for (const { page, width, height, grey } of rasters) {
    const [mx, my] = [Math.ceil(width * 0.02), Math.ceil(height * 0.02)];
    const background = grey[0] ?? 255;
    const inked: string[] = [];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (x >= mx && x < width - mx && y >= my && y < height - my) continue;
        if (Math.abs((grey[y * width + x] ?? background) - background) > 24) inked.push(`${x},${y}`);
      }
    }
    expect(inked.slice(0, 10), `page ${page} (${width}×${height} px at 48 dpi): ${inked.length} pixels drawn in the margin`).toEqual([]);
  }
}

describe('--pdf on the zh-CN example deck', () => {
  let deckDir = '';
  let plan: PlanJson;
  let pdf = '';

  beforeAll(async () => {
    const { code, log, dir } = await build(['decks/huadong.yaml', '--pdf']);
    expect(code, log).toBe(0);
    deckDir = join(dir, 'huadong');
    plan = readPlan(deckDir);
    pdf = join(deckDir, 'huadong.pdf');
    expect(log).toContain('wrote ');
  });

  it('prints one page per planned slide, at the 16:9 slide size (1280×720 px = 960×540 pt)', () => {
    expect(pdfInfo(pdf)).toEqual({ pages: plan.slides.length, pageSize: '960 x 540' });
  });

  it('keeps the Chinese text as text: the title slide names the customer and the deck', () => {
    const first = flat(pdfText(pdf, 1));
    expect(first).toContain('华东汽配');
    expect(first).toContain(flat(plan.slides[0]?.title ?? 'missing'));
  });

  it('shows each slide title on its own page, in plan order', () => {
    for (const slide of plan.slides.filter((s) => s.index > 1)) {
      expect(flat(pdfText(pdf, slide.index)), `page ${slide.index}`).toContain(flat(slide.title));
    }
  });

  it('keeps at least the HTML deck\'s margin free of text and drawings, on every page', () => {
    expectMargins(pdf, plan.slides.length);
  });

  it('gives the same bytes when the deck is printed again', async () => {
    const again = await build(['decks/huadong.yaml', '--pdf']);
    expect(again.code, again.log).toBe(0);
    expect(readFileSync(join(again.dir, 'huadong', 'huadong.pdf')).equals(readFileSync(pdf))).toBe(true);
  });
});

describe('--pdf-notes on the en example deck', () => {
  it('puts every slide’s notes on the page after it', async () => {
    const { code, log, dir } = await build(['decks/northwind-cfo.yaml', '--pdf-notes']);
    expect(code, log).toBe(0);
    const deckDir = join(dir, 'northwind-cfo');
    const plan = readPlan(deckDir);
    const pdf = join(deckDir, 'northwind-cfo.pdf');
    expect(pdfInfo(pdf).pages).toBe(plan.slides.length * 2);
    for (const slide of plan.slides) {
      const notesPage = flat(pdfText(pdf, slide.index * 2));
      expect(notesPage, `notes of slide ${slide.index}`).toContain(flat(`Why this slide: ${slide.reason}`));
      expect(flat(pdfText(pdf, slide.index * 2 - 1))).not.toContain('Whythisslide');
    }
    expectMargins(pdf, plan.slides.length * 2);
  });
});

describe('--pdf without a browser', () => {
  it('exits 1 with a message saying how to install Chromium, and no stack trace', async () => {
    const saved = process.env.DEMODECK_CHROMIUM;
    process.env.DEMODECK_CHROMIUM = '/nonexistent/chromium';
    try {
      const { code, log } = await build(['test/fixtures/minimal/deck.yaml', '--pdf']);
      expect(code).toBe(1);
      expect(log).toContain('No browser found');
      expect(log).toContain('apt-get install -y chromium fonts-noto-cjk');
      expect(log).not.toMatch(/at .*\.(ts|js):\d+:\d+/);
    } finally {
      if (saved === undefined) delete process.env.DEMODECK_CHROMIUM;
      else process.env.DEMODECK_CHROMIUM = saved;
    }
  });
});
