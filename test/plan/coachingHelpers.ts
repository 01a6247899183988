// Reads a plan's notes as a presenter does — through the one notes view, without templates — and
// measures how much of them repeats from slide to slide.
import type { SlidePlan } from '../../src/plan/slidePlan.js';
import { translator } from '../../src/plan/text.js';
import { notesView } from '../../src/render/notesView.js';
import type { ResolvedMeeting } from '../../src/types.js';

/** Each slide's notes as the lines the presenter reads: heading, why, then every item. */
export function notesLines(plan: SlidePlan, meeting: ResolvedMeeting): string[][] {
  const t = translator(meeting.strings);
  return plan.slides.map((slide) => {
    const view = notesView(slide, t);
    return [
      `${view.title} · ${view.timing}`,
      `${view.whyLabel}${t('label-colon')}${view.why}`,
      ...view.parts.flatMap((part) => part.items.map((item) => (item.who ? `${item.who}${t('notes-role', { role: item.role ?? '' })}${item.text}` : item.text))),
    ];
  });
}

/**
 * A sentence ends at 。！？ (Chinese, no space follows) or at . ! ? followed by a space or the end
 * of the line (English, so "1.5" does not split), except after a number ("1. Open …" numbers a
 * step of one sentence); every note line ends one.
 * Semicolons join clauses of one sentence in both languages.
 */
export function sentences(line: string): string[] {
  return line
    .split(/(?<=[。！？])|(?<=[^\d\s][.!?])(?=\s|$)/u)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0 && /[\p{L}\p{N}]/u.test(s));
}

/** The share of sentence occurrences whose sentence appears in the notes of more than three slides. */
export function repeatedShare(lines: readonly string[][]): { share: number; repeated: string[] } {
  const slidesOf = new Map<string, Set<number>>();
  let total = 0;
  lines.forEach((slideLines, i) => {
    for (const sentence of slideLines.flatMap(sentences)) {
      total++;
      slidesOf.set(sentence, (slidesOf.get(sentence) ?? new Set()).add(i));
    }
  });
  const repeated = [...slidesOf].filter(([, slides]) => slides.size > 3).map(([s]) => s);
  let count = 0;
  lines.forEach((slideLines) => {
    for (const sentence of slideLines.flatMap(sentences)) if (repeated.includes(sentence)) count++;
  });
  return { share: total === 0 ? 0 : count / total, repeated };
}
