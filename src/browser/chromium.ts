// Starts the system Chromium through playwright-core, which is imported here and only here, on
// demand: a plain deck build never loads the browser driver.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { DeckError } from '../errors.js';

/** The Debian package's path; DEMODECK_CHROMIUM points elsewhere (read at each launch). */
export function chromiumPath(): string {
  return process.env.DEMODECK_CHROMIUM || '/usr/bin/chromium';
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const INSTALL_HINT =
  'install Chromium and the CJK fonts: `apt-get install -y chromium fonts-noto-cjk` (Debian/Ubuntu), ' +
  'or point DEMODECK_CHROMIUM at a Chromium or Chrome executable';

export interface HeadlessBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(purpose: string): Promise<HeadlessBrowser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new DeckError('No browser found', [
      { code: 'browser-missing', path: purpose, message: `${purpose} is printed by Chromium, which is not at ${executablePath}`, hint: INSTALL_HINT },
    ]);
  }
  const { chromium } = await import('playwright-core');
  // A fresh profile per launch, so runs never share state (passing --user-data-dir in args throws).
  const profile = mkdtempSync(join(tmpdir(), 'demodeck-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS });
  } catch (cause) {
    rmSync(profile, { recursive: true, force: true });
    throw new DeckError('The browser did not start', [
      { code: 'browser-failed', path: purpose, message: `Chromium at ${executablePath} did not start: ${String((cause as Error).message).split('\n')[0]}`, hint: INSTALL_HINT },
    ], { cause });
  }
  return {
    context,
    async close() {
      try {
        await context.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}
