// Targets turned into slide numbers once the deck is ordered (src/plan/links/placeLinks.ts): the
// main-line slide when there is one, else its backup in the appendix; and where a backup card's
// point is made in the main line instead.
import { describe, expect, it } from 'vitest';
import type { CoachedSlide } from '../../../src/plan/coaching/model.js';
import { mainNeedSlide, slideFor } from '../../../src/plan/links/placeLinks.js';
import type { LinkTarget } from '../../../src/plan/links/model.js';

interface Shown { kind: string; needId?: string; cardId?: string; body?: string; appendix?: boolean }

/** A slide of the ordered deck, numbered by its place. */
const slide = ({ kind, needId, cardId, body = kind, appendix = false }: Shown, index: number): CoachedSlide =>
  ({ slide: { index, kind, needId, appendix, body: { kind: body } }, draft: { card: cardId === undefined ? undefined : { id: cardId } } }) as unknown as CoachedSlide;

const deck = (shown: Shown[]): CoachedSlide[] => shown.map((s, i) => slide(s, i + 1));

const numberFor = (slides: readonly CoachedSlide[], target: LinkTarget): number | undefined => slideFor(slides, target)?.slide.index;

const ordered = deck([
  { kind: 'title' },
  { kind: 'need', needId: 'stock' },
  { kind: 'ffab', needId: 'stock', cardId: 'stock-live' },
  { kind: 'case' },
  { kind: 'value' },
  { kind: 'implementation' },
  { kind: 'pricing' },
  { kind: 'comparison' },
  { kind: 'assurance' },
  { kind: 'closing' },
  // The appendix: a second card of stock as a backup, the credit need with its card, a second case.
  { kind: 'backup', needId: 'stock', cardId: 'stock-more', body: 'ffab', appendix: true },
  { kind: 'need', needId: 'credit', appendix: true },
  { kind: 'backup', needId: 'credit', cardId: 'credit-check', body: 'ffab', appendix: true },
  { kind: 'case', appendix: true },
]);

describe('slideFor', () => {
  it('finds each section the config may name on its own slide', () => {
    const sections = ['value', 'pricing', 'implementation', 'cases', 'comparison', 'closing', 'assurance'] as const;
    expect(sections.map((section) => numberFor(ordered, { kind: 'section', section }))).toEqual([5, 7, 6, 4, 8, 10, 9]);
  });

  it('finds a need’s problem/solution slide and a card’s own slide, in the main line or else in the appendix', () => {
    expect(numberFor(ordered, { kind: 'need', needId: 'stock' })).toBe(2);
    expect(numberFor(ordered, { kind: 'card', cardId: 'stock-live' })).toBe(3);
    expect(numberFor(ordered, { kind: 'need', needId: 'credit' })).toBe(12);
    expect(numberFor(ordered, { kind: 'card', cardId: 'credit-check' })).toBe(13);
  });

  it('takes the main-line slide over an earlier one in the appendix', () => {
    const backupFirst = deck([
      { kind: 'case', appendix: true },
      { kind: 'need', needId: 'stock', appendix: true },
      { kind: 'backup', needId: 'stock', cardId: 'stock-live', body: 'ffab', appendix: true },
      { kind: 'case' },
      { kind: 'need', needId: 'stock' },
      { kind: 'ffab', needId: 'stock', cardId: 'stock-live' },
    ]);
    expect(numberFor(backupFirst, { kind: 'section', section: 'cases' })).toBe(4);
    expect(numberFor(backupFirst, { kind: 'need', needId: 'stock' })).toBe(5);
    expect(numberFor(backupFirst, { kind: 'card', cardId: 'stock-live' })).toBe(6);
  });

  it('does not take another slide of the same need or card for it, and finds nothing the deck lacks', () => {
    const noOwnSlides = deck([
      // A demo step shows the card but is not the card's own slide; a card slide is not the need's.
      { kind: 'ffab', needId: 'stock', cardId: 'stock-live', body: 'demo' },
      { kind: 'ffab', needId: 'stock', cardId: 'other' },
    ]);
    expect(numberFor(noOwnSlides, { kind: 'card', cardId: 'stock-live' })).toBeUndefined();
    expect(numberFor(noOwnSlides, { kind: 'need', needId: 'stock' })).toBeUndefined();
    expect(numberFor(noOwnSlides, { kind: 'section', section: 'pricing' })).toBeUndefined();
    expect(numberFor(ordered, { kind: 'need', needId: 'nowhere' })).toBeUndefined();
  });
});

describe('mainNeedSlide', () => {
  it('is the main-line problem/solution slide of the need a backup card belongs to', () => {
    const backup = ordered[10] as CoachedSlide;
    expect(mainNeedSlide(ordered, backup)?.slide.index).toBe(2);
  });

  it('is none when that need’s slide is itself in the appendix, or the backup belongs to no need', () => {
    expect(mainNeedSlide(ordered, ordered[12] as CoachedSlide)).toBeUndefined();
    expect(mainNeedSlide(ordered, slide({ kind: 'backup', body: 'ffab', appendix: true }, 99))).toBeUndefined();
  });

  it('is never a card slide or another need’s slide', () => {
    const cardsOnly = deck([
      { kind: 'need', needId: 'credit' },
      { kind: 'ffab', needId: 'stock', cardId: 'stock-live' },
      { kind: 'backup', needId: 'stock', cardId: 'stock-more', body: 'ffab', appendix: true },
    ]);
    expect(mainNeedSlide(cardsOnly, cardsOnly[2] as CoachedSlide)).toBeUndefined();
  });
});
