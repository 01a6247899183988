// Point 2 of the coaching: every concern of every listener lands on the slide its link names
// (src/plan/links/): the author's `at`, or a place the meeting's structure makes certain. A
// concern with no such place is left unanswered and said out loud in readiness — never matched
// by shared words. A resistant listener also sees their concern answered on screen, without
// their name, but only with an answer that truly answers it.
import type { Person } from '../../types.js';
import { mainNeedSlide, slideFor } from '../links/placeLinks.js';
import { type CoachingInput, noPlacements, type Placements } from './model.js';

export interface ConcernMatch {
  person: Person;
  concern: string;
  /** The slide that answers it; undefined when none does. */
  index?: number;
  answer?: string;
  /** The answer may be shown on a slide (it answers the concern in words). */
  showable?: boolean;
  /** Where the presenter gives the answer when the answering slide is in the appendix. */
  cueIndex?: number;
}

export function matchConcerns({ ctx, slides }: CoachingInput): ConcernMatch[] {
  return ctx.links.concerns.map((link) => {
    const slide = link.target ? slideFor(slides, link.target) : undefined;
    if (!slide) return { person: link.person, concern: link.concern, answer: link.answer, showable: link.showable };
    const cue = slide.slide.appendix ? mainNeedSlide(slides, slide) ?? slides.find((s) => s.slide.kind === 'qna' && !s.slide.appendix) : slide;
    return { person: link.person, concern: link.concern, index: slide.slide.index, answer: link.answer, showable: link.showable, cueIndex: cue?.slide.index };
  });
}

/** Whose concern a slide answers and how; a resistant listener's concern shown as a question. */
export function concernPlacements(input: CoachingInput, matches: readonly ConcernMatch[]): Placements {
  const { ctx, slides } = input;
  const out = noPlacements();
  const assurance = slides.find((s) => s.slide.kind === 'assurance' && !s.slide.appendix);
  const shownFor = new Map<number, string[]>();
  for (const match of matches) {
    if (match.index === undefined) continue;
    const cueAt = match.cueIndex ?? match.index;
    const text = match.answer === undefined
      ? ctx.t('cue-concern-unwritten', { concern: match.concern, index: match.index })
      : cueAt === match.index
        ? ctx.t('cue-concern', { concern: match.concern, answer: match.answer })
        : ctx.t('cue-concern-backup', { concern: match.concern, answer: match.answer, index: match.index });
    out.listeners.push({ index: cueAt, person: match.person, text });
    if (match.person.stance !== 'resistant' || !match.showable || match.answer === undefined) continue;
    // Shown where the reassurance is given, or where the answer is when there is no such slide.
    const index = assurance?.slide.index ?? cueAt;
    out.asked.push({ index, q: sentenceCase(match.concern), a: sentenceCase(match.answer) });
    const names = shownFor.get(index) ?? [];
    if (!names.includes(match.person.name)) shownFor.set(index, [...names, match.person.name]);
  }
  for (const [index, names] of shownFor) out.notes.push({ index, part: 'say', text: ctx.t('say-asked', { names: names.join(ctx.t('list-separator')) }) });
  return out;
}

function sentenceCase(text: string): string {
  return text.replace(/^[a-z]/, (c) => c.toUpperCase());
}
