// What the coaching step reads and what it hands back. It runs once, last in planning, on the
// numbered and timed slides; every rule returns placements and `composeNotes` applies them.
import type { Person } from '../../types.js';
import type { PlanContext } from '../context.js';
import type { PlannedSlide } from '../slidePlan.js';
import type { TimedDraft } from '../timeBudget.js';

/** A numbered slide before its notes are written, with the draft it came from. */
export interface CoachedSlide {
  slide: Omit<PlannedSlide, 'notes' | 'asked'>;
  draft: TimedDraft;
  /** Minutes from the start of the meeting to this slide (main line); undefined in the appendix. */
  startsAt?: number;
}

export interface CoachingInput {
  ctx: PlanContext;
  slides: readonly CoachedSlide[];
}

/** A line of talk or an answer to have ready, for one slide's notes. */
export interface NotePlacement {
  index: number;
  part: 'say' | 'ready';
  text: string;
}

/** A cue for one listener on one slide. */
export interface ListenerPlacement {
  index: number;
  person: Person;
  text: string;
}

/** A question and answer shown on the slide itself (a resistant listener's concern, unnamed). */
export interface AskedPlacement {
  index: number;
  q: string;
  a: string;
}

export interface Placements {
  notes: NotePlacement[];
  listeners: ListenerPlacement[];
  asked: AskedPlacement[];
}

export const noPlacements = (): Placements => ({ notes: [], listeners: [], asked: [] });

/** The slide running at a minute of the meeting: the last main-line slide that has started by then. */
export function slideAtMinute(slides: readonly CoachedSlide[], minute: number): CoachedSlide | undefined {
  const main = slides.filter((s) => s.startsAt !== undefined);
  let found = main[0];
  for (const s of main) if ((s.startsAt ?? 0) <= minute) found = s;
  return found;
}
