// Issue 17, point 4, in Chromium: what the customer sees — every slide of the deck and of the
// client copy, notes taken out — holds no rebuttal, no positioning line, no click path and no
// name of anyone in the room; the one offer on the assurance slide is the call to action's.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli.js';
import { launchBrowser, type DeckBrowser } from './browser.js';

const out = mkdtempSync(join(tmpdir(), 'demodeck-internal-'));
const DECKS = ['decks/northwind-cfo.yaml', 'decks/huadong.yaml', 'test/fixtures/labelled/hartwell-building-supplies.yaml', 'test/fixtures/labelled/xianda-foods.yaml'];
let browser: DeckBrowser | undefined;

beforeAll(async () => {
  const log: string[] = [];
  const code = await run(['build', ...DECKS, '--client-copy', '--out', out], { out: () => {}, err: (l) => log.push(l), cwd: process.cwd() });
  if (code !== 0) throw new Error(log.join('\n'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

/** Each slide's text as the customer can see it: the slide's markup without its notes. */
async function slideTexts(file: string): Promise<{ kind: string; text: string }[]> {
  if (!browser) throw new Error('Chromium did not start');
  const { page } = await browser.open(file);
  return page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides > section')).map((section) => {
    const copy = section.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('aside.notes, script').forEach((n) => n.remove());
    return { kind: section.dataset.kind ?? '', text: (copy.textContent ?? '').replace(/\s+/g, ' ') };
  }));
}

interface Config {
  audience: { name: string }[];
  competitors?: { rebuttals?: string[] }[];
  needs: { features: (string | { demo?: string[] })[] }[];
  closing?: { call_to_action?: string };
}

function demoSteps(config: Config): string[] {
  const library = config.needs.flatMap((n) => n.features.filter((f): f is string => typeof f === 'string'));
  const steps = library.flatMap((id) => {
    const card = parse(readFileSync(join('content', 'features', `${id}.yaml`), 'utf8')) as { demo?: Record<string, string>[] };
    return (card.demo ?? []).flatMap((step) => Object.values(step));
  });
  return [...steps, ...config.needs.flatMap((n) => n.features.flatMap((f) => (typeof f === 'string' ? [] : f.demo ?? [])))];
}

describe('nothing internal in front of the customer', () => {
  for (const deck of DECKS) {
    const name = deck.split('/').at(-1)?.replace('.yaml', '') ?? deck;
    const config = parse(readFileSync(deck, 'utf8')) as Config;

    for (const file of ['index.html', 'client.html']) {
      it(`${name} ${file}: no rebuttal, click path or audience name on any slide`, async () => {
        const slides = await slideTexts(join(out, name, file));
        expect(slides.length).toBeGreaterThan(10);
        const all = slides.map((s) => s.text).join('\n');
        for (const rebuttal of config.competitors?.flatMap((c) => c.rebuttals ?? []) ?? []) expect(all, rebuttal).not.toContain(rebuttal);
        for (const step of demoSteps(config)) expect(all, step).not.toContain(step);
        for (const person of config.audience) expect(all, person.name).not.toContain(person.name);
        // The comparison speaks of selection criteria, never of who came first or the longest list.
        expect(all).not.toMatch(/who came first|longest feature list|不看谁先来|功能清单更长/);
      });
    }

    it(`${name}: the assurance slide states the next step in the call to action's words, and no other offer`, async () => {
      const slides = await slideTexts(join(out, name, 'index.html'));
      const assurance = slides.find((s) => s.kind === 'assurance');
      if (!assurance) return expect(config.audience.length).toBeGreaterThan(0);
      expect(assurance.text).toContain(config.closing?.call_to_action ?? '');
      expect(assurance.text).not.toMatch(/one module|一个模块/);
    });
  }
});
