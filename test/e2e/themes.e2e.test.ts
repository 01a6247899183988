// Every shipped theme, and brand colours that would be unreadable as given, keep the title slide
// at WCAG AA contrast: measured in Chromium from the computed colours of each visible text and
// the background behind it. Screenshots are kept with DEMODECK_KEEP_E2E=1.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { run } from '../../src/cli.js';
import { contrastRatio } from '../../src/theme/palette.js';
import { launchBrowser, type DeckBrowser } from './browser.js';

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#123456"/></svg>';

const CASES: { name: string; deck: Record<string, unknown> }[] = [
  { name: 'default', deck: { theme: 'default' } },
  { name: 'light', deck: { theme: 'light' } },
  { name: 'dark', deck: { theme: 'dark', language: 'zh-CN' } },
  { name: 'corporate', deck: { theme: 'corporate' } },
  // Brand colours chosen to fail: pale yellow on white, near-black on the dark theme.
  { name: 'light + unreadable brand', deck: { theme: 'light', brand: { primary: '#ffee88', accent: '#ffdd00', logo: 'logo.svg' } } },
  { name: 'dark + unreadable brand', deck: { theme: 'dark', brand: { primary: '#202020', accent: '#000080', logo: 'logo.svg' } } },
];

interface TextSample {
  text: string;
  fg: string;
  bg: string;
  large: boolean;
}

let browser: DeckBrowser;
let tmp = '';

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'demodeck-themes-'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (!process.env.DEMODECK_KEEP_E2E) rmSync(tmp, { recursive: true, force: true });
});

/** rgb()/rgba() → #rrggbb (the samples are opaque; alpha is checked when looking for the background). */
function hex(rgb: string): string {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
  return `#${[r, g, b].map((c) => Math.round(c ?? 0).toString(16).padStart(2, '0')).join('')}`;
}

async function buildCase(name: string, deckFields: Record<string, unknown>): Promise<string> {
  const dir = join(tmp, name.replace(/[^a-z0-9]+/gi, '-'));
  const config = parse(readFileSync('test/fixtures/minimal/deck.yaml', 'utf8')) as Record<string, unknown> & { deck: Record<string, unknown> };
  // Every kind of text the title slide can show: customer, title, subtitle, presenter, date.
  config.deck = { ...config.deck, subtitle: 'Cycle counts 循环盘点 for Acme', date: '2026-12-03', ...deckFields };
  config.presenter = { name: 'Li Wei 李伟', title: 'Presales consultant', company: 'Example Partner Ltd' };
  const log: string[] = [];
  const io = { out: (l: string) => log.push(l), err: (l: string) => log.push(l), cwd: tmp };
  const deckDir = join(dir, 'project');
  mkdirSync(deckDir, { recursive: true });
  writeFileSync(join(deckDir, 'logo.svg'), LOGO);
  writeFileSync(join(deckDir, 'deck.yaml'), stringify(config));
  const code = await run(['build', join(deckDir, 'deck.yaml'), '--out', join(dir, 'out'), '--single-file'], io);
  expect(code, log.join('\n')).toBe(0);
  return join(dir, 'out', 'deck', 'index.html');
}

for (const themeCase of CASES) describe(`the ${themeCase.name} theme`, () => {
  it('shows every text of the title slide at WCAG AA contrast against its background', async () => {
    const html = await buildCase(themeCase.name, themeCase.deck);
    const opened = await browser.open(html);
    const { page } = opened;
    try {
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const samples: TextSample[] = await page.evaluate(() => {
        const opaque = (c: string) => !/rgba\(.*,\s*0\)$/.test(c) && c !== 'transparent';
        const backgroundOf = (el: Element | null): string => {
          for (let e = el; e; e = e.parentElement) {
            const bg = getComputedStyle(e).backgroundColor;
            if (opaque(bg)) return bg;
          }
          return getComputedStyle(document.documentElement).backgroundColor;
        };
        const first = document.querySelector('.reveal .slides > section');
        return Array.from(first?.querySelectorAll<HTMLElement>('*') ?? [])
          .filter((el) => !el.closest('aside.notes') && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }))
          .filter((el) => Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''))
          .map((el) => {
            const style = getComputedStyle(el);
            const size = parseFloat(style.fontSize);
            return { text: (el.textContent ?? '').trim(), fg: style.color, bg: backgroundOf(el), large: size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700) };
          });
      });
      expect(samples.length, 'no visible text on the title slide').toBeGreaterThan(2);
      const failing = samples
        .map((s) => ({ ...s, ratio: Math.round(contrastRatio(hex(s.fg), hex(s.bg)) * 100) / 100 }))
        .filter((s) => s.ratio < (s.large ? 3 : 4.5));
      expect(failing).toEqual([]);

      // The screenshot shows the theme's background, so the computed colours are what is drawn.
      const png = await page.screenshot({ path: join(tmp, `${themeCase.name.replace(/\W+/g, '-')}.png`) });
      const corner = await page.evaluate(async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d');
        context?.drawImage(image, 0, 0);
        const [r, g, b] = context?.getImageData(2, 2, 1, 1).data ?? [];
        return `rgb(${r}, ${g}, ${b})`;
      }, png.toString('base64'));
      const bodyBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(hex(corner)).toBe(hex(bodyBg));

      if ('brand' in themeCase.deck) {
        const logos = await page.evaluate(() => Array.from(document.querySelectorAll('.reveal .slides > section img.dd-logo-brand'), (img) => img.closest('section')?.dataset.kind));
        expect(logos).toEqual(['title', 'closing']);
      }
      expect(opened.blockedRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
