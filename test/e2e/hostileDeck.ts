// Helpers for the browser test of a deck built from a config full of script payloads: what the
// page's DOM is made of (to compare with the clean deck's), the CSP violations it reports, and
// the speaker view it opens.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { run } from '../../src/cli.js';
import { poison, SCRIPT_PAYLOADS, TEXT_PAYLOADS } from '../hardening/payloads.js';
import type { DeckBrowser } from './browser.js';

export interface HostileSuiteEnv {
  root: string;
  variants: readonly { name: string; args: string[] }[];
  browser: () => DeckBrowser | undefined;
  launchError: () => unknown;
}

declare global {
  interface Window {
    __demodeckCspViolations?: string[];
  }
}

/** Records CSP violations of every page of the context, before any of the page's own scripts run. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__demodeckCspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__demodeckCspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__demodeckCspViolations ?? []);
}

/** Every distinct element with its attribute names, e.g. `section[class data-index data-kind]`. */
export function domShape(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shapes = new Set<string>();
    for (const element of Array.from(document.querySelectorAll('*'))) {
      shapes.add(`${element.tagName.toLowerCase()}[${element.getAttributeNames().sort().join(' ')}]`);
    }
    return [...shapes].sort();
  });
}

export interface SpeakerView {
  notes: string;
  /** Slides inside the speaker view's current-slide frame (the deck, loaded again under its CSP). */
  currentSlideSections: number;
  consoleErrors: string[];
  /** The speaker view's window. */
  popup: Page;
  close(): Promise<void>;
}

/** Presses `s` and waits until the speaker view shows the current slide's notes. */
export async function openSpeakerView(page: Page, expectedNote: string): Promise<SpeakerView> {
  const consoleErrors: string[] = [];
  const popupOpened = page.context().waitForEvent('page', { timeout: 10_000 });
  await page.keyboard.press('s');
  const popup = await popupOpened;
  popup.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await popup.waitForFunction((text) => (document.querySelector('.speaker-controls-notes')?.textContent ?? '').includes(text), expectedNote, { timeout: 10_000 });
  // The preview frames load the deck from file:, which is another origin than the about:blank
  // popup, so they are reached through Playwright's frame list rather than contentDocument.
  let current = popup.frames().find((f) => f.url().includes('receiver'));
  for (let i = 0; !current && i < 100; i++) {
    await popup.waitForTimeout(100);
    current = popup.frames().find((f) => f.url().includes('receiver'));
  }
  if (!current) throw new Error('the speaker view shows no slide preview');
  await current.waitForFunction(() => typeof window.Reveal?.isReady === 'function' && window.Reveal.isReady(), undefined, { timeout: 10_000 });
  const state = {
    notes: await popup.evaluate(() => document.querySelector('.speaker-controls-notes')?.textContent ?? ''),
    currentSlideSections: await current.evaluate(() => document.querySelectorAll('.reveal .slides > section').length),
  };
  return { ...state, consoleErrors, popup, close: () => popup.close() };
}

// A config whose every text field carries a script payload, markup breakout, reveal.js directive,
// Handlebars syntax or right-to-left override: the deck opens with the network blocked, raises no
// dialog, makes no request, runs under its Content-Security-Policy without a violation (speaker
// view included), and its DOM is made of exactly the elements and attributes of the clean deck.
export function describeHostileDeck({ root: ROOT, variants: VARIANTS, browser: current, launchError }: HostileSuiteEnv): void {
  describe('a deck built from a config full of script payloads', () => {
    const hostileDir = join(tmpdir(), `demodeck-e2e-hostile-${process.pid}`);
    const built: Record<'clean' | 'hostile', string[]> = { clean: [], hostile: [] };
    const dialogs: string[] = [];

    // Set-up failures are kept and rethrown by each test, so they show as failures, not skips.
    let setupError: unknown;
    const ready = (): DeckBrowser => {
      const browser = current();
      if (!browser) throw new Error(`Chromium did not start: ${String(launchError())}`);
      if (setupError) throw setupError;
      return browser;
    };

    beforeAll(async () => {
      try {
        await setUp();
      } catch (error) {
        setupError = error;
      }
    });

    async function setUp(): Promise<void> {
      const browser = current();
      if (!browser) return;
      browser.context.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await recordCspViolations(browser.context);
      const clean = parse(readFileSync(join(ROOT, 'test/fixtures/everything/deck.yaml'), 'utf8')) as unknown;
      const configs = { clean, hostile: poison(poison(clean, SCRIPT_PAYLOADS), TEXT_PAYLOADS) };
      mkdirSync(hostileDir, { recursive: true });
      for (const [name, config] of Object.entries(configs) as ['clean' | 'hostile', unknown][]) {
        const deckFile = join(hostileDir, `${name}.yaml`);
        writeFileSync(deckFile, stringify(config));
        for (const [v, variant] of VARIANTS.entries()) {
          const out = join(hostileDir, String(v));
          expect(await run(['build', deckFile, '--out', out, ...variant.args], { out: () => undefined, err: (l) => console.error(l), cwd: ROOT })).toBe(0);
          built[name][v] = join(out, name, 'index.html');
        }
      }
    }

    afterAll(() => {
      if (!process.env.DEMODECK_KEEP_E2E) rmSync(hostileDir, { recursive: true, force: true });
    });

    for (const [v, variant] of VARIANTS.entries()) describe(`built as ${variant.name}`, () => {
      it('opens without a dialog, a request, an error or a CSP violation, and shows the payloads as text', async () => {
        const browser = ready();
        const opened = await browser.open(built.hostile[v] ?? '');
        try {
          await opened.page.evaluate(() => window.Reveal.configure({ transition: 'none' }));
          const total = await opened.page.evaluate(() => window.Reveal.getTotalSlides());
          for (let h = 0; h < total; h++) await opened.page.evaluate((i) => window.Reveal.slide(i), h);
          const shown = await opened.page.evaluate(() => document.querySelector('.reveal .slides')?.textContent ?? '');
          expect(shown).toContain('<script>alert(1)</script>');
          expect(shown).toContain('{{constructor.constructor "alert(9)"}}');
          expect(shown).toContain('\u2068');
          expect({ dialogs, requests: opened.blockedRequests, console: opened.consoleErrors, page: opened.pageErrors, csp: await cspViolations(opened.page) })
            .toEqual({ dialogs: [], requests: [], console: [], page: [], csp: [] });
        } finally {
          await opened.page.close();
        }
      });

      it('has exactly the elements and attributes of the clean deck', async () => {
        const browser = ready();
        const shapes: string[][] = [];
        for (const file of [built.clean[v], built.hostile[v]]) {
          const opened = await browser.open(file ?? '');
          shapes.push(await domShape(opened.page));
          await opened.page.close();
        }
        expect(shapes[1]).toEqual(shapes[0]);
        expect(shapes[1]?.filter((s) => /^(iframe|img|base|form|input|textarea|object|embed)\[|[[ ]on[a-z]+[ \]]/.test(s))).toEqual([]);
        // SVG appears only as the deck's own drawings, never with attributes from the input.
        expect(shapes[1]?.filter((s) => s.startsWith('svg[') && s !== 'svg[aria-label class role viewBox xmlns]')).toEqual([]);
        expect(shapes[1]?.filter((s) => s.startsWith('script'))).toEqual([variant.args.includes('--single-file') ? 'script[]' : 'script[src]']);
      });

      it('opens the speaker view under the same policy, with the notes of the slide', async () => {
        const browser = ready();
        const opened = await browser.open(built.hostile[v] ?? '');
        try {
          const speaker = await openSpeakerView(opened.page, 'alert(');
          expect(speaker.currentSlideSections).toBeGreaterThan(0);
          expect(speaker.notes).toContain('<script>alert(1)</script>');
          expect({ popup: speaker.consoleErrors, page: opened.consoleErrors, csp: await cspViolations(opened.page), dialogs }).toEqual({ popup: [], page: [], csp: [], dialogs: [] });
          await speaker.close();
        } finally {
          await opened.page.close();
        }
      });
    });
  });
}
