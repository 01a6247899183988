// The drawings stay readable in every theme: each SVG text is measured in Chromium against the
// shape (or slide background) right behind it, and meets WCAG AA.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { contrastRatio } from '../../src/theme/palette.js';
import { buildForBrowser, launchBrowser, type DeckBrowser } from './browser.js';

const THEMES = ['default', 'light', 'dark', 'corporate'];
const out = mkdtempSync(join(tmpdir(), 'demodeck-drawing-contrast-'));
let browser: DeckBrowser | undefined;

beforeAll(async () => {
  const files = THEMES.flatMap((theme) => ['pyramid', 'concentric', 'stacked', 'staircase'].map((structure) => {
    const config = parse(readFileSync('test/fixtures/everything/deck.yaml', 'utf8'));
    config.deck.theme = theme;
    config.strategy.structure = structure;
    const file = join(out, `${theme}-${structure}.yaml`);
    writeFileSync(file, stringify(config));
    return file;
  }));
  await buildForBrowser(files, out);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

const hex = (rgb: string): string => {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
  return `#${[r, g, b].map((c) => Math.round(c ?? 0).toString(16).padStart(2, '0')).join('')}`;
};

describe.each(THEMES)('drawings in the %s theme', (theme) => {
  it('keep every text at WCAG AA contrast against what is behind it', async () => {
    if (!browser) throw new Error('Chromium did not start');
    const failures: string[] = [];
    let measured = 0;
    for (const structure of ['pyramid', 'concentric', 'stacked', 'staircase']) {
      const opened = await browser.open(join(out, `${theme}-${structure}`, 'index.html'));
      // Every drawing once; for the other structures only the overview differs.
      const drawn = await opened.page.evaluate((all) => {
        window.Reveal.configure({ transition: 'none' });
        return Array.from(document.querySelectorAll('.reveal .slides > section'), (s, i) => (s.querySelector(all ? 'svg.dd-svg' : 'svg.dd-svg-pyramid, svg.dd-svg-concentric, svg.dd-svg-stacked, svg.dd-svg-staircase') ? i : -1)).filter((i) => i >= 0);
      }, structure === 'pyramid');
      for (const i of drawn) {
        const samples = await opened.page.evaluate((index) => {
          window.Reveal.slide(index);
          const slide = window.Reveal.getCurrentSlide() as HTMLElement;
          const background = getComputedStyle(document.querySelector('.reveal-viewport') ?? document.body).backgroundColor;
          return Array.from(slide.querySelectorAll<SVGTextElement>('svg.dd-svg text')).map((text) => {
            const box = text.getBoundingClientRect();
            const under = document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2)
              .find((el) => el !== text && !text.contains(el) && ['rect', 'path', 'circle'].includes(el.tagName));
            const style = getComputedStyle(text);
            return {
              text: (text.textContent ?? '').slice(0, 30),
              fg: style.fill,
              bg: under ? getComputedStyle(under).fill : background,
              large: parseFloat(style.fontSize) * (box.height / (text.getBBox().height || box.height)) >= 24 || (parseFloat(style.fontWeight) >= 700 && parseFloat(style.fontSize) >= 18.7),
            };
          });
        }, i);
        for (const s of samples) {
          measured++;
          const ratio = contrastRatio(hex(s.fg), hex(s.bg));
          if (ratio < (s.large ? 3 : 4.5)) failures.push(`${structure} slide ${i + 1} "${s.text}": ${hex(s.fg)} on ${hex(s.bg)} = ${ratio.toFixed(2)}`);
        }
      }
      await opened.page.close();
    }
    expect(measured).toBeGreaterThan(50);
    expect(failures).toEqual([]);
  });
});
