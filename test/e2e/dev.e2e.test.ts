// The live preview in real Chromium: edit the config and the page changes; break it and the
// page shows the problem (escaped) while the server keeps running; fix it and the deck is back.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../../src/dev/server.js';
import { launchBrowser, type DeckBrowser } from './browser.js';

const GOOD = readFileSync('test/fixtures/minimal/deck.yaml', 'utf8');

let browser: DeckBrowser;
let server: DevServer;
let page: Page;
let dir = '';
let deck = '';
const terminal: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'demodeck-dev-test-'));
  mkdirSync(join(dir, 'decks'));
  deck = join(dir, 'decks', 'talk.yaml');
  writeFileSync(deck, GOOD);
  server = await startDevServer({ deckFile: 'decks/talk.yaml', cwd: dir, port: 0, out: (l) => terminal.push(l), err: (l) => terminal.push(l) });
  browser = await launchBrowser();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await page?.close();
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The title slide's visible customer line, or the error page's text. */
async function shown(): Promise<string> {
  return page.evaluate(() => (document.querySelector('.dd-customer') ?? document.querySelector('pre'))?.textContent ?? '');
}

function get(path: string, host?: string): Promise<number> {
  return new Promise((done, fail) => {
    const url = new URL(path, server.url);
    const req = request({ host: url.hostname, port: url.port, path, headers: host ? { host } : {} }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on('error', fail);
    req.end();
  });
}

describe('npm run dev (live preview)', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the deck, and nothing outside its output folder', async () => {
    await page.goto(server.url);
    await page.waitForFunction(() => window.Reveal?.isReady?.() === true);
    expect(await shown()).toBe('Acme Tools Ltd');
    expect(await get('/plan.json')).toBe(200);
    expect(await get('/../../package.json')).toBe(404);
    expect(await get('/%2e%2e/%2e%2e/etc/passwd')).toBe(404);
    expect(await get('/', 'attacker.example')).toBe(403);
  });

  it('rebuilds and reloads the page when the config changes', async () => {
    writeFileSync(deck, GOOD.replace('name: Acme Tools Ltd', 'name: Acme Renamed & Co'));
    await page.waitForFunction(() => document.querySelector('.dd-customer')?.textContent === 'Acme Renamed & Co', undefined, { timeout: 15_000 });
    await page.waitForFunction(() => window.Reveal?.isReady?.() === true);
  });

  it('shows a broken config’s problem in the page, escaped, and in the terminal', async () => {
    writeFileSync(deck, GOOD.replace('role: manager', 'role: <img src=x onerror=alert(1)>boss'));
    await page.waitForSelector('#demodeck-error', { timeout: 15_000 });
    const error = await page.evaluate(() => ({ text: document.querySelector('pre')?.textContent ?? '', images: document.images.length }));
    expect(error.text).toContain('decks/talk.yaml:9:11  audience[0].role');
    expect(error.text).toContain('<img src=x onerror=alert(1)>boss');
    expect(error.text).toContain('fix:');
    expect(error.images, 'the user text must not become markup').toBe(0);
    expect(terminal.join('\n')).toContain('decks/talk.yaml:9:11  audience[0].role');
  });

  it('brings the deck back on the next good save', async () => {
    writeFileSync(deck, GOOD.replace('name: Acme Tools Ltd', 'name: Acme Fixed'));
    await page.waitForFunction(() => document.querySelector('.dd-customer')?.textContent === 'Acme Fixed', undefined, { timeout: 15_000 });
    await page.waitForFunction(() => window.Reveal?.isReady?.() === true);
  });
});

describe('npm run dev with --templates', () => {
  it('rebuilds and reloads the page when a template changes', async () => {
    const tpl = join(dir, 'tpl', 'slides');
    mkdirSync(tpl, { recursive: true });
    const title = readFileSync('templates/slides/title.hbs', 'utf8');
    writeFileSync(join(tpl, 'title.hbs'), title);
    const second = await startDevServer({ deckFile: 'decks/talk.yaml', cwd: dir, templatesDir: 'tpl', port: 0, out: () => {}, err: () => {} });
    const other = await browser.context.newPage();
    try {
      await other.goto(second.url);
      await other.waitForFunction(() => window.Reveal?.isReady?.() === true);
      expect(await other.locator('.dd-template-marker').count()).toBe(0);
      writeFileSync(join(tpl, 'title.hbs'), `<p class="dd-template-marker">edited</p>\n${title}`);
      await other.waitForSelector('.dd-template-marker', { timeout: 15_000 });
    } finally {
      await other.close();
      await second.close();
    }
  });
});
