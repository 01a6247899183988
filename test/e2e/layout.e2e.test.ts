// Nothing overflows: on every slide of the example decks, of a sparse meeting and of decks with
// very long labels (in English and Chinese), every element's box stays inside the 1280×720 slide.
// And the slides use the slide: no main-line slide leaves its lower 45% empty, and no main-line
// text, drawings' labels included, is smaller than 16 px. Measured in Chromium.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildForBrowser, launchBrowser, type DeckBrowser } from './browser.js';

const out = mkdtempSync(join(tmpdir(), 'demodeck-layout-'));
let browser: DeckBrowser | undefined;

/** Every free text made several times longer, as if pasted from an e-mail. */
function lengthen(node: unknown, key: string, filler: string): unknown {
  const keep = ['language', 'role', 'decision', 'stance', 'value', 'positioning', 'structure', 'requested_by', 'technique', 'theme', 'product', 'id', 'currency', 'date', 'email', 'website', 'focus', 'supporters', 'name', 'at'];
  if (typeof node === 'string') return keep.includes(key) ? node : `${node} ${filler}`.slice(0, 220);
  if (Array.isArray(node)) return node.map((n) => lengthen(n, key, filler));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, lengthen(v, k, filler)]));
  return node;
}

const STRUCTURES = ['stacked', 'concentric', 'pyramid', 'staircase'] as const;

function longDeck(language: 'en' | 'zh-CN', structure: string): string {
  const config = parse(readFileSync('test/fixtures/everything/deck.yaml', 'utf8'));
  const filler = language === 'en'
    ? 'with every detail the customer mentioned in the long e-mail thread about month-end reconciliation and stock counts across both warehouses'
    : '以及客户在那封很长的邮件里提到的关于月底对账、两个仓库盘点和采购比价的所有细节，一字不漏地照抄在这里';
  const long = lengthen(config, '', filler) as Record<string, Record<string, unknown>>;
  (long.deck as Record<string, unknown>).language = language;
  (long.strategy as Record<string, unknown>).structure = structure;
  const file = join(out, `long-${language}-${structure}.yaml`);
  writeFileSync(file, stringify(long));
  return file;
}

const decks = ['decks/huadong.yaml', 'decks/northwind-cfo.yaml'];

/** Meetings with little to say: one need, a case of three sentences (copied under their own names). */
function sparseDecks(): string[] {
  return [['test/fixtures/minimal/deck.yaml', 'sparse'], ['test/fixtures/sentence-results/deck.yaml', 'sentences']].map(([from, name]) => {
    const file = join(out, `${name}.yaml`);
    writeFileSync(file, readFileSync(from ?? '', 'utf8'));
    return file;
  });
}

beforeAll(async () => {
  const files = [...decks, ...sparseDecks(), ...STRUCTURES.flatMap((structure) => [longDeck('en', structure), longDeck('zh-CN', structure)])];
  await buildForBrowser(files, out);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

interface Overflow {
  slide: number;
  element: string;
  box: string;
}

const MIN_TEXT_PX = 16;
/** The lowest content must reach below this share of the slide's height. */
const MIN_REACH = 0.55;

interface Use {
  slide: number;
  kind: string;
  /** Bottom of the lowest content, as a share of the slide's height. */
  reach: number;
  smallest: { px: number; text: string };
}

const built = ['huadong', 'northwind-cfo', 'sparse', 'sentences', ...STRUCTURES.flatMap((structure) => [`long-en-${structure}`, `long-zh-CN-${structure}`])];

describe.each(built)('the %s deck at 1280×720', (deck) => {
  it('keeps every element inside the slide; main-line slides reach their lower half and set no text under 16 px', async () => {
    if (!browser) throw new Error('Chromium did not start');
    const opened = await browser.open(join(out, deck, 'index.html'));
    // Without transitions each slide is in place as soon as it is shown.
    const total = await opened.page.evaluate(() => {
      window.Reveal.configure({ transition: 'none', backgroundTransition: 'none' });
      return window.Reveal.getTotalSlides();
    });
    const overflows: Overflow[] = [];
    const uses: Use[] = [];
    for (let index = 0; index < total; index++) {
      await opened.page.evaluate((i) => window.Reveal.slide(i), index);
      await opened.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      uses.push(...await opened.page.evaluate((i) => {
        const section = window.Reveal.getCurrentSlide() as HTMLElement;
        if (section.classList.contains('dd-appendix')) return [];
        const frame = section.getBoundingClientRect();
        const scale = frame.height / 720;
        let bottom = 0;
        let smallest = { px: Infinity, text: '' };
        for (const el of Array.from(section.querySelectorAll('*'))) {
          if (el.closest('aside.notes')) continue;
          const box = el.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) continue;
          bottom = Math.max(bottom, (box.bottom - frame.top) / scale);
          const ownText = Array.from(el.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
          if (!ownText) continue;
          // Type in a drawing is set in the drawing's units: its size on screen is the size times the
          // drawing's scale; HTML type is laid out before reveal scales the slide.
          const size = parseFloat(getComputedStyle(el).fontSize);
          const px = el instanceof SVGGraphicsElement ? (size * (el.getScreenCTM()?.a ?? 1)) / scale : size;
          if (px < smallest.px) smallest = { px, text: (el.textContent ?? '').trim().slice(0, 40) };
        }
        return [{ slide: i + 1, kind: section.dataset.kind ?? '', reach: bottom / 720, smallest }];
      }, index));
      overflows.push(...await opened.page.evaluate((i) => {
        const section = window.Reveal.getCurrentSlide() as HTMLElement;
        const frame = section.getBoundingClientRect();
        const scale = frame.width / 1280;
        const slide = { left: frame.left, top: frame.top, right: frame.left + 1280 * scale, bottom: frame.top + 720 * scale };
        const found: { slide: number; element: string; box: string }[] = [];
        for (const el of Array.from(section.querySelectorAll('*'))) {
          if (el.closest('aside.notes') || el.matches('br')) continue;
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          const tolerance = 1;
          if (r.left < slide.left - tolerance || r.top < slide.top - tolerance || r.right > slide.right + tolerance || r.bottom > slide.bottom + tolerance) {
            found.push({ slide: i + 1, element: `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${(el.textContent ?? '').slice(0, 30)}"`, box: `${Math.round((r.left - slide.left) / scale)},${Math.round((r.top - slide.top) / scale)} → ${Math.round((r.right - slide.left) / scale)},${Math.round((r.bottom - slide.top) / scale)}` });
          }
        }
        return found;
      }, index));
    }
    expect(overflows).toEqual([]);
    expect(uses.filter((use) => use.reach < MIN_REACH).map((use) => `slide ${use.slide} (${use.kind}) ends at ${Math.round(use.reach * 100)}% of the height`)).toEqual([]);
    expect(uses.filter((use) => use.smallest.px < MIN_TEXT_PX).map((use) => `slide ${use.slide} (${use.kind}): "${use.smallest.text}" at ${use.smallest.px.toFixed(1)} px`)).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    await opened.page.close();
  });
});
