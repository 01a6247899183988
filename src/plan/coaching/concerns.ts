// Point 2 of the coaching: every concern of every listener is matched to the main-line slide
// that answers it. Concerns about money go to the value case (or the quote); the rest to the
// slide whose texts share most words with the concern. A resistant listener also sees the
// concern answered on screen, without their name.
import type { Person } from '../../types.js';
import type { SlideKind } from '../slidePlan.js';
import { type CoachingInput, type CoachedSlide, noPlacements, type Placements } from './model.js';
import { snippetsOf } from './snippets.js';
import { aboutMoney, overlap, tokens } from '../words.js';

export interface ConcernMatch {
  person: Person;
  concern: string;
  /** The slide that answers it; undefined when none does. */
  index?: number;
  answer?: string;
}

/** Slides that set the scene rather than answer: a concern is never "answered" there. */
const NOT_ANSWERING: readonly SlideKind[] = ['title', 'opening', 'agenda', 'situation', 'overview', 'qna', 'backup'];

export function matchConcerns({ ctx, slides }: CoachingInput): ConcernMatch[] {
  const main = slides.filter((s) => !s.slide.appendix && !NOT_ANSWERING.includes(s.slide.kind));
  return ctx.people.flatMap((person) => person.concerns.map((concern) => matchOne(ctx, main, person, concern)));
}

/**
 * Concerns whose topic names the slide that answers them, whatever words they use: money goes to
 * the value case or the quote; fear of failure to the reassurance; disruption while going live to
 * the implementation plan. The first kind the deck has in its main line wins.
 */
const TOPICS: readonly { about: (text: string) => boolean; kinds: readonly SlideKind[] }[] = [
  { about: aboutMoney, kinds: ['value', 'pricing'] },
  { about: (text) => /\b(fail\w*|risk\w*|went wrong|go(es)? wrong)\b|失败|风险|出问题|搞砸|烂尾/i.test(text), kinds: ['assurance', 'implementation'] },
  { about: (text) => /\b(slow\w* down|disrupt\w*|interrupt\w*|downtime|go-live|cut-?over|switch-?over)\b|期间|影响正常|停工|停产|耽误/i.test(text), kinds: ['implementation', 'assurance'] },
];

function matchOne(ctx: CoachingInput['ctx'], main: readonly CoachedSlide[], person: Person, concern: string): ConcernMatch {
  for (const topic of TOPICS) {
    if (!topic.about(concern)) continue;
    const slide = topic.kinds.map((kind) => main.find((s) => s.slide.kind === kind)).find((s) => s !== undefined);
    if (!slide) continue;
    const kind = slide.slide.kind;
    const snippets = snippetsOf(slide, ctx.meeting);
    const closest = [...snippets].sort((a, b) => overlap(concern, b.text) - overlap(concern, a.text))[0];
    const answer = kind === 'value' ? ctx.t('answer-value-case') : kind === 'pricing' ? ctx.t('answer-pricing') : closest?.answer ?? slide.slide.title;
    return { person, concern, index: slide.slide.index, answer };
  }
  let best: { index: number; answer: string; score: number } | undefined;
  for (const entry of main) {
    for (const snippet of snippetsOf(entry, ctx.meeting)) {
      const score = overlap(concern, snippet.text);
      if (score > (best?.score ?? 0)) best = { index: entry.slide.index, answer: snippet.answer, score };
    }
  }
  // One shared word answers a short concern; a longer one needs two, or the match is chance.
  const needed = tokens(concern).size > 4 ? 2 : 1;
  return best && best.score >= needed ? { person, concern, index: best.index, answer: best.answer } : { person, concern };
}

/** Whose concern a slide answers and how; a resistant listener's concern shown as a question. */
export function concernPlacements(input: CoachingInput, matches: readonly ConcernMatch[]): Placements {
  const { ctx, slides } = input;
  const out = noPlacements();
  const assurance = slides.find((s) => s.slide.kind === 'assurance' && !s.slide.appendix);
  const shownFor = new Map<number, string[]>();
  for (const match of matches) {
    if (match.index === undefined || match.answer === undefined) continue;
    out.listeners.push({ index: match.index, person: match.person, text: ctx.t('cue-concern', { concern: match.concern, answer: match.answer }) });
    if (match.person.stance !== 'resistant') continue;
    // Shown where the reassurance is given, or where the answer is when there is no such slide.
    const index = assurance?.slide.index ?? match.index;
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
