// A case's results are cards on the case slide. A result written as a sentence gets the figure it
// states lifted out, and no card leaves the place of the big figure empty. Measured in Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildForBrowser, launchBrowser, type DeckBrowser } from './browser.js';

const out = mkdtempSync(join(tmpdir(), 'demodeck-case-'));
let browser: DeckBrowser | undefined;

beforeAll(async () => {
  await buildForBrowser(['test/fixtures/sentence-results/deck.yaml', 'decks/northwind-cfo.yaml', 'decks/huadong.yaml'], out);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

interface Card {
  texts: string[];
  /** Share of the card's width, from its left edge, before the first text starts. */
  emptyLeft: number;
}

async function resultCards(deck: string): Promise<Card[]> {
  if (!browser) throw new Error('Chromium did not start');
  const opened = await browser.open(join(out, deck, 'index.html'));
  const cards = await opened.page.evaluate(() => {
    window.Reveal.configure({ transition: 'none' });
    const slides = Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides > section'));
    window.Reveal.slide(slides.findIndex((s) => s.dataset.kind === 'case'));
    const drawing = document.querySelector('.reveal .slides > section.present .dd-svg-case');
    if (!drawing) return [];
    const texts = Array.from(drawing.querySelectorAll('text')).map((t) => ({ box: t.getBoundingClientRect(), text: Array.from(t.querySelectorAll('tspan')).map((line) => line.textContent ?? '').join(' ') }));
    return Array.from(drawing.querySelectorAll('rect')).map((rect) => {
      const card = rect.getBoundingClientRect();
      const inside = texts.filter(({ box }) => box.top >= card.top - 1 && box.bottom <= card.bottom + 1);
      const firstLeft = Math.min(...inside.map(({ box }) => box.left));
      return { texts: inside.map((t) => t.text), emptyLeft: (firstLeft - card.left) / card.width };
    });
  });
  await opened.page.close();
  return cards;
}

describe('case results on the slide', () => {
  it('lifts the figure out of a result sentence and starts every card\'s text in its left third', async () => {
    const cards = await resultCards('deck');
    expect(cards.map((c) => c.texts)).toEqual([
      ['−55%', 'Write-offs down 55 percent in the first year'],
      ['−96%', '3 days → 3 hours', 'Month-end close from 3 days to 3 hours'],
      ['Buyers trust the on-hand figure again'],
    ]);
    for (const card of cards) expect(card.emptyLeft, card.texts.join(' | ')).toBeLessThan(1 / 3);
  });

  it.each(['northwind-cfo', 'huadong'])('leaves no empty column on the %s deck\'s library case either', async (deck) => {
    const cards = await resultCards(deck);
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) expect(card.emptyLeft, card.texts.join(' | ')).toBeLessThan(1 / 3);
  });
});
