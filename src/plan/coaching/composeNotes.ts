// The one place a slide's notes are put together, run once as the last step of planning: the
// builders' talking points, then every rule's placements in a fixed order. What to say here
// comes first; then a cue for each listener this slide matters to; then what to have ready.
import type { Person } from '../../types.js';
import type { AudienceNote, PlannedSlide, SlideNotes } from '../slidePlan.js';
import { concernPlacements, matchConcerns, type ConcernMatch } from './concerns.js';
import { contingencyPlacements, planContingencies, type ContingencyPlan } from './contingencies.js';
import { earlyLeavers, leaverPlacements, type EarlyLeaver } from './leavers.js';
import type { CoachingInput, Placements } from './model.js';
import { excitementPlacements, listenerPlacements, supporterPlacements, technicalBackupPlacements } from './rules.js';

export interface Coaching {
  /** Per slide, in deck order. */
  notes: SlideNotes[];
  asked: NonNullable<PlannedSlide['asked']>[];
  concerns: ConcernMatch[];
  contingencies: ContingencyPlan[];
  leavers: EarlyLeaver[];
}

export function composeCoaching(input: CoachingInput): Coaching {
  const concerns = matchConcerns(input);
  const answered = concernPlacements(input, concerns);
  const cues = listenerPlacements(input, concerns);
  const cuedFor = new Map<Person, Set<number>>();
  for (const cue of [...answered.listeners, ...cues.listeners]) {
    if (input.slides.find((s) => s.slide.index === cue.index)?.slide.kind === 'agenda') continue;
    cuedFor.set(cue.person, (cuedFor.get(cue.person) ?? new Set()).add(cue.index));
  }
  const contingencies = planContingencies(input, cuedFor);
  const leavers = earlyLeavers(input, contingencies);
  // The order here is the order lines appear within each part of a slide's notes.
  const placements: Placements[] = [
    supporterPlacements(input),
    excitementPlacements(input),
    leaverPlacements(input, leavers),
    answered,
    cues,
    technicalBackupPlacements(input),
    contingencyPlacements(input, contingencies),
  ];
  const { ctx } = input;
  const notes = input.slides.map(({ slide, draft }): SlideNotes => {
    const here = <T extends { index: number }>(list: (p: Placements) => T[]): T[] => placements.flatMap(list).filter((p) => p.index === slide.index);
    const slideCues = here((p) => p.listeners);
    const audience: AudienceNote[] = ctx.people.flatMap((person) => {
      const lines = slideCues.filter((c) => c.person === person).map((c) => c.text);
      return lines.length === 0 ? [] : [{ name: person.name, role: person.role, roleLabel: ctx.t(`role-${person.role}`), stress: lines.join(ctx.t('sentence-separator')) }];
    });
    const lines = here((p) => p.notes);
    return {
      say: [...draft.say, ...lines.filter((l) => l.part === 'say').map((l) => l.text)],
      audience,
      ready: [...(draft.ready ?? []), ...lines.filter((l) => l.part === 'ready').map((l) => l.text)],
    };
  });
  const asked = input.slides.map(({ slide }) => placements.flatMap((p) => p.asked).filter((a) => a.index === slide.index).map(({ q, a }) => ({ q, a })));
  return { notes, asked, concerns, contingencies, leavers };
}
