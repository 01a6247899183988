// The one place a slide's notes are put together, run once as the last step of planning: the
// builders' talking points, then every rule's placements in a fixed order. What to say here
// comes first; then a cue for each listener this slide matters to; then what to have ready.
import type { Person } from '../../types.js';
import type { AudienceNote, PlannedSlide, SlideNotes } from '../slidePlan.js';
import { joinSentences } from '../text.js';
import { concernPlacements, matchConcerns, type ConcernMatch } from './concerns.js';
import { contingencyPlacements, planContingencies, type ContingencyPlan } from './contingencies.js';
import { earlyLeavers, leaverPlacements, timingCheckPlacements, type EarlyLeaver } from './leavers.js';
import type { CoachingInput, Placements } from './model.js';
import { excitementPlacements, type ExcitementPlan, listenerPlacements, planExcitement, supporterPlacements, technicalBackupPlacements } from './rules.js';

export interface Coaching {
  /** Per slide, in deck order. */
  notes: SlideNotes[];
  asked: NonNullable<PlannedSlide['asked']>[];
  concerns: ConcernMatch[];
  excitement: ExcitementPlan[];
  contingencies: ContingencyPlan[];
  leavers: EarlyLeaver[];
}

export function composeCoaching(input: CoachingInput): Coaching {
  const concerns = matchConcerns(input);
  const answered = concernPlacements(input, concerns);
  const cues = listenerPlacements(input, concerns);
  const cuedFor = new Map<Person, Set<number>>();
  const kindAt = new Map<number, string>();
  for (const { slide } of input.slides) if (!kindAt.has(slide.index)) kindAt.set(slide.index, slide.kind);
  for (const cue of answered.listeners) {
    if (kindAt.get(cue.index) === 'agenda') continue;
    cuedFor.set(cue.person, (cuedFor.get(cue.person) ?? new Set()).add(cue.index));
  }
  const contingencies = planContingencies(input, cuedFor);
  const leavers = earlyLeavers(input, contingencies);
  const excitement = planExcitement(input);
  // The order here is the order lines appear within each part of a slide's notes.
  const placements: Placements[] = [
    supporterPlacements(input),
    excitementPlacements(input, excitement),
    leaverPlacements(input, leavers),
    timingCheckPlacements(input, leavers),
    answered,
    cues,
    technicalBackupPlacements(input),
    contingencyPlacements(input, contingencies),
  ];
  const { ctx } = input;
  const listenersAt = bySlide(placements, (p) => p.listeners);
  const linesAt = bySlide(placements, (p) => p.notes);
  const askedAt = bySlide(placements, (p) => p.asked);
  const notes = input.slides.map(({ slide, draft }): SlideNotes => {
    const slideCues = listenersAt.get(slide.index) ?? [];
    const audience: AudienceNote[] = ctx.people.flatMap((person) => {
      const lines = slideCues.filter((c) => c.person === person).map((c) => c.text);
      return lines.length === 0 ? [] : [{ name: person.name, role: person.role, roleLabel: ctx.t(`role-${person.role}`), stress: joinSentences(lines, ctx.t) }];
    });
    const lines = linesAt.get(slide.index) ?? [];
    return {
      say: [...draft.say, ...lines.filter((l) => l.part === 'say').map((l) => l.text)],
      audience,
      ready: [...(draft.ready ?? []), ...lines.filter((l) => l.part === 'ready').map((l) => l.text)],
    };
  });
  const asked = input.slides.map(({ slide }) => (askedAt.get(slide.index) ?? []).map(({ q, a }) => ({ q, a })));
  return { notes, asked, concerns, excitement, contingencies, leavers };
}

/** Every rule's placements of one kind by slide index, in placement order: one pass for the deck, not one per slide. */
function bySlide<T extends { index: number }>(placements: readonly Placements[], list: (p: Placements) => T[]): Map<number, T[]> {
  const grouped = new Map<number, T[]>();
  for (const item of placements.flatMap(list)) {
    const at = grouped.get(item.index);
    if (at) at.push(item);
    else grouped.set(item.index, [item]);
  }
  return grouped;
}
