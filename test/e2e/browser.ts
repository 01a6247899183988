// One headless Chromium per test file, with the network cut off: a deck must open by
// double-click and never fetch anything, so every request that is not a file: URL is aborted
// and recorded, and console errors and uncaught page errors are collected per opened page.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../src/browser/chromium.js';

export const CHROMIUM = '/usr/bin/chromium';

// The same flags the product launches Chromium with (PDF printing), so tests see what users get.
const ARGS = CHROMIUM_ARGS;

export interface OpenedDeck {
  page: Page;
  /** URLs the page tried to load that were not file: URLs (all of them were aborted). */
  blockedRequests: string[];
  /** `console.error` messages, including the browser's own "Failed to load resource". */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
}

export interface DeckBrowser {
  context: BrowserContext;
  /** Opens an HTML file from disk and waits until `Reveal.isReady()`. */
  open(htmlFile: string): Promise<OpenedDeck>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<DeckBrowser> {
  if (!existsSync(CHROMIUM)) {
    // A failure, not a skip: without a browser nothing proves the decks open.
    throw new Error(
      `Chromium is missing at ${CHROMIUM}; the browser tests need it. ` +
        'Install it with `apt-get install -y chromium fonts-noto-cjk` (or run `bash .ci/run`, which does).',
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'demodeck-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 720 },
      args: ARGS,
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }

  async function open(htmlFile: string): Promise<OpenedDeck> {
    const page = await context.newPage();
    const opened: OpenedDeck = { page, blockedRequests: [], consoleErrors: [], pageErrors: [] };
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      opened.blockedRequests.push(url);
      return route.abort('blockedbyclient');
    });
    // WebSockets do not pass through page.route.
    page.on('websocket', (ws) => opened.blockedRequests.push(ws.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') opened.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => opened.pageErrors.push(String(error)));
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
    await page.waitForFunction(() => typeof window.Reveal?.isReady === 'function' && window.Reveal.isReady(), undefined, { timeout: 10_000 });
    // And until the runtime has fitted the slides to their box, which it does once fonts are in.
    await page.waitForFunction(() => document.documentElement.dataset.ddFitted === 'true', undefined, { timeout: 10_000 });
    return opened;
  }

  async function close(): Promise<void> {
    try {
      await context.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }

  return { context, open, close };
}

/** Builds decks for a browser test, failing the set-up with the build's own messages. */
export async function buildForBrowser(files: readonly string[], out: string): Promise<void> {
  const { run } = await import('../../src/cli.js');
  const log: string[] = [];
  const code = await run(['build', ...files, '--out', out], { out: () => {}, err: (l) => log.push(l), cwd: process.cwd() });
  if (code !== 0) throw new Error(`build failed with exit code ${code}:\n${log.join('\n')}`);
}
