// Builds the example decks and the minimal fixture, then opens each one in headless Chromium
// from file:// with the network cut off, once as index.html + assets/ and once as a single
// file. One browser serves the whole file; each build variant is opened in one page.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli.js';
import { CHROMIUM, launchBrowser, type DeckBrowser, type OpenedDeck } from './browser.js';
import { describeHostileDeck } from './hostileDeck.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface DeckCase {
  name: string;
  file: string;
  language: 'en' | 'zh-CN';
}

const DECKS: DeckCase[] = [
  { name: 'the minimal fixture', file: 'test/fixtures/minimal/deck.yaml', language: 'en' },
  { name: 'the zh-CN example deck', file: 'decks/huadong.yaml', language: 'zh-CN' },
  { name: 'the en example deck', file: 'decks/northwind-cfo.yaml', language: 'en' },
];

const VARIANTS = [
  { name: 'index.html with an assets folder', args: [] as string[], files: ['assets', 'brief.html', 'brief.md', 'index.html', 'plan.json', 'readiness.json'] },
  { name: 'single file', args: ['--single-file'], files: ['brief.html', 'brief.md', 'index.html', 'plan.json', 'readiness.json'] },
];

/** Matches the families fonts-noto-cjk (and the other common CJK fonts) install. */
const CJK_FONT = /Noto Sans CJK|Noto Serif CJK|WenQuanYi|Source Han/i;

interface PlanJson {
  deck: string;
  language: string;
  slides: { index: number; kind: string; title: string }[];
}

let browser: DeckBrowser | undefined;
let launchError: unknown;
let tmp = '';

// Set-up failures are kept and rethrown by a test, so they show as failed tests with their
// message (a throwing beforeAll would only mark the tests as skipped).
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'demodeck-e2e-'));
  try {
    browser = await launchBrowser();
  } catch (error) {
    launchError = error;
  }
});

afterAll(async () => {
  await browser?.close();
  if (process.env.DEMODECK_KEEP_E2E) console.log(`e2e output kept in ${tmp}`);
  else if (tmp) rmSync(tmp, { recursive: true, force: true });
});

it(`starts headless Chromium from ${CHROMIUM}`, () => {
  if (launchError) throw launchError;
  expect(browser).toBeDefined();
});

function openIn(dir: string | undefined): Promise<OpenedDeck> {
  if (!browser) throw new Error(`Chromium did not start: ${String(launchError)}`);
  if (!dir) throw new Error('the deck was not built (see the failed build test)');
  return browser.open(join(dir, 'index.html'));
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

for (const deck of DECKS) describe(`${deck.name} (${deck.file})`, () => {
  /** Output folder of each variant, OUT/<deck name>. */
  const built: string[] = [];
  let customerName = '';
  let plan: PlanJson;
  let buildError: unknown;

  beforeAll(async () => {
    try {
      await build();
    } catch (error) {
      buildError = error;
    }
  });

  async function build(): Promise<void> {
    const source = join(ROOT, deck.file);
    expect(existsSync(source), `${deck.file} does not exist`).toBe(true);
    const config = parse(readFileSync(source, 'utf8')) as { customer?: { name?: unknown } };
    customerName = normalize(String(config.customer?.name ?? ''));
    expect(customerName, `${deck.file} has no customer.name`).not.toBe('');

    for (const [v, variant] of VARIANTS.entries()) {
      const out = join(tmp, deck.file.replace(/[^a-z0-9]+/gi, '-'), String(v));
      const log: string[] = [];
      const io = { out: (line: string) => log.push(line), err: (line: string) => log.push(line), cwd: ROOT };
      const code = await run(['build', deck.file, '--out', out, ...variant.args], io);
      expect(code, `demodeck build ${deck.file} ${variant.args.join(' ')} failed:\n${log.join('\n')}`).toBe(0);
      const decks = readdirSync(out);
      expect(decks, `one deck folder in ${out}`).toHaveLength(1);
      built[v] = join(out, decks[0] ?? '');
    }
    plan = JSON.parse(readFileSync(join(built[0] ?? '', 'plan.json'), 'utf8')) as PlanJson;
  }

  it('builds with exit code 0, as index.html with assets and as a single file', () => {
    if (buildError) throw buildError;
    expect(built).toHaveLength(VARIANTS.length);
  });

  it(`plans the deck in ${deck.language}`, () => {
    expect(plan?.language).toBe(deck.language);
    expect(plan.slides.length).toBeGreaterThan(0);
  });

  for (const [i, variant] of VARIANTS.entries()) describe(`built as ${variant.name}`, () => {
    let opened: OpenedDeck;

    beforeAll(async () => {
      opened = await openIn(built[i]);
    });

    afterAll(async () => {
      await opened?.page.close();
    });

    it(`writes exactly ${variant.files.join(', ')}`, () => {
      expect(readdirSync(built[i] ?? '').sort()).toEqual(variant.files);
    });

    it('opens from file:// with Reveal ready and the speaker-notes plugin loaded', async () => {
      const state = await opened.page.evaluate(() => ({
        ready: window.Reveal.isReady(),
        notes: window.Reveal.hasPlugin('notes'),
        lang: document.documentElement.lang,
      }));
      expect(state).toEqual({ ready: true, notes: true, lang: deck.language });
    });

    it('shows as many slides as plan.json lists', async () => {
      const counts = await opened.page.evaluate(() => ({
        total: window.Reveal.getTotalSlides(),
        sections: document.querySelectorAll('.reveal .slides > section').length,
      }));
      expect(counts).toEqual({ total: plan.slides.length, sections: plan.slides.length });
    });

    it('gives every slide non-empty speaker notes', async () => {
      const slides = await opened.page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides > section'), (section) => ({
          index: section.dataset.index,
          aside: section.querySelector(':scope > aside.notes')?.textContent?.trim() ?? '',
          reveal: (window.Reveal.getSlideNotes(section) ?? '').replace(/<[^>]*>/g, '').trim(),
        })),
      );
      expect(slides.length).toBe(plan.slides.length);
      expect(slides.filter((s) => s.aside === '' || s.reveal === '').map((s) => s.index)).toEqual([]);
    });

    it('shows the customer name from the deck config on the title slide', async () => {
      const title = await opened.page.evaluate(() => {
        const first = document.querySelector<HTMLElement>('.reveal .slides > section');
        if (!first) return undefined;
        // Visible text only: the speaker notes name the customer too.
        const shown = Array.from(first.querySelectorAll<HTMLElement>('*'))
          .filter((el) => !el.closest('aside.notes') && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }))
          .map((el) => el.textContent ?? '');
        return { current: window.Reveal.getCurrentSlide() === first, kind: first.dataset.kind, shown };
      });
      expect(title, 'the deck has no slides').toBeDefined();
      expect(title?.current, 'the title slide is the first one shown').toBe(true);
      expect(title?.kind).toBe(plan.slides[0]?.kind);
      expect(title?.shown.map(normalize).some((text) => text.includes(customerName)), `"${customerName}" not shown in ${JSON.stringify(title?.shown)}`).toBe(true);
    });

    if (deck.language === 'zh-CN' && variant.args.includes('--single-file')) {
      it('renders its Chinese slide title in a CJK font, not as tofu boxes', async () => {
        const { page } = opened;
        // The first slide heading whose own text holds Chinese characters, preferring the title slide.
        const target = await page.evaluate(() => {
          const sections = Array.from(document.querySelectorAll('.reveal .slides > section'));
          for (const [h, section] of sections.entries()) {
            for (const el of Array.from(section.querySelectorAll('h1, h2'))) {
              const own = Array.from(el.childNodes, (n) => (n.nodeType === Node.TEXT_NODE ? n.textContent ?? '' : '')).join('');
              const han = own.match(/\p{Script=Han}/gu)?.length ?? 0;
              if (han > 0) {
                el.setAttribute('data-e2e-cjk', '');
                return { h, text: own.trim(), han };
              }
            }
          }
          return undefined;
        });
        expect(target, 'no slide heading with Chinese text').toBeDefined();
        if (!target) return;

        await page.evaluate((h) => {
          if (window.Reveal.getIndices().h !== h) {
            window.Reveal.configure({ transition: 'none' });
            window.Reveal.slide(h);
          }
        }, target.h);
        await page.waitForFunction((h) => window.Reveal.getIndices().h === h, target.h);
        await page.evaluate(async () => {
          await document.fonts.ready;
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        });

        // The fonts Chromium actually used for the heading's text.
        const cdp = await page.context().newCDPSession(page);
        try {
          const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
          const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-e2e-cjk]' });
          await cdp.send('CSS.enable');
          const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
          const cjkGlyphs = fonts.filter((f) => CJK_FONT.test(f.familyName)).reduce((sum, f) => sum + f.glyphCount, 0);
          expect(cjkGlyphs, `"${target.text}" was drawn with ${JSON.stringify(fonts)}`).toBeGreaterThanOrEqual(target.han);
        } finally {
          await cdp.detach();
        }

        // And the heading area of the screenshot holds drawn text, not a blank box.
        const box = await page.locator('[data-e2e-cjk]').boundingBox();
        expect(box, 'the Chinese heading has no layout box').not.toBeNull();
        if (!box) return;
        const png = await page.screenshot({ clip: box });
        writeFileSync(join(tmp, 'zh-CN-heading.png'), png);
        await page.screenshot({ path: join(tmp, 'zh-CN-slide.png') });
        const colours = await page.evaluate(async (base64) => {
          const image = new Image();
          image.src = `data:image/png;base64,${base64}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.naturalWidth;
          canvas.height = image.naturalHeight;
          const context = canvas.getContext('2d');
          if (!context) return 0;
          context.drawImage(image, 0, 0);
          const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
          const seen = new Set<number>();
          for (let p = 0; p < data.length; p += 4) seen.add(((data[p] ?? 0) << 16) | ((data[p + 1] ?? 0) << 8) | (data[p + 2] ?? 0));
          return seen.size;
        }, png.toString('base64'));
        expect(colours, `distinct colours in the heading area (${join(tmp, 'zh-CN-heading.png')})`).toBeGreaterThan(2);
      });
    }

    // These two run last, so they also cover whatever the tests above made the page do.
    it('logs no console errors and throws no page errors', () => {
      expect({ console: opened.consoleErrors, page: opened.pageErrors }).toEqual({ console: [], page: [] });
    });

    it('makes no request outside the deck files', () => {
      expect(opened.blockedRequests).toEqual([]);
    });
  });
});

// The deck from a config full of script payloads, in the same browser (test/e2e/hostileDeck.ts).
describeHostileDeck({ root: ROOT, variants: VARIANTS, browser: () => browser, launchError: () => launchError });
