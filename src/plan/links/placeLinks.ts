// Targets (a need, a card, a section) turned into slide numbers once the deck is ordered: the
// main-line slide when there is one, else the backup in the appendix.
import type { CoachedSlide } from '../coaching/model.js';
import { SECTION_KIND, type LinkTarget } from './model.js';

export function slideFor(slides: readonly CoachedSlide[], target: LinkTarget): CoachedSlide | undefined {
  const matches = (s: CoachedSlide): boolean => {
    switch (target.kind) {
      case 'need': return s.slide.needId === target.needId && s.slide.kind === 'need';
      case 'card': return s.draft.card?.id === target.cardId && s.slide.body.kind === 'ffab';
      case 'section': return s.slide.kind === SECTION_KIND[target.section];
    }
  };
  return slides.find((s) => !s.slide.appendix && matches(s)) ?? slides.find(matches);
}

/** The main-line problem/solution slide of the need a backup card belongs to: where its point is made instead. */
export function mainNeedSlide(slides: readonly CoachedSlide[], backup: CoachedSlide): CoachedSlide | undefined {
  const needId = backup.slide.needId;
  return needId === undefined ? undefined : slides.find((s) => !s.slide.appendix && s.slide.kind === 'need' && s.slide.needId === needId);
}
