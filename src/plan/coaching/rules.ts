// Placement rules that depend on the finished deck: where to invite supporters to speak, which
// backup slide answers an experienced listener, where the excitement points land, and the cue
// each listener gets on the slides that matter to them. Each returns placements; none edits.
import type { Person } from '../../types.js';
import { benefitFor } from '../needSlides.js';
import type { ConcernMatch } from './concerns.js';
import { concernText } from '../links/linkMeeting.js';
import { type CoachingInput, noPlacements, type Placements } from './model.js';
import { mainNeedSlide, slideFor } from '../links/placeLinks.js';

/**
 * Rule 6 and the needs' owners: who is invited to speak, and where. A need's owner is asked how it
 * works today on that need's slide. A supporter speaks where their own area is shown: a need they
 * own, else the first card with a benefit written for their role. A peer (from another firm) only
 * says how their own firm runs it — on the case — and is never asked about the customer's situation.
 */
export function supporterPlacements({ ctx, slides }: CoachingInput): Placements {
  const out = noPlacements();
  const main = slides.filter((s) => !s.slide.appendix);
  const invited = new Set<string>();
  for (const need of ctx.meeting.config.needs) {
    const owner = ctx.people.find((p) => p.name === need.owner);
    const at = main.find((s) => s.slide.kind === 'need' && s.slide.needId === need.id);
    if (!owner || !at || owner.name === ctx.primary?.person.name) continue;
    const key = owner.role === 'peer' ? 'say-invite-peer' : owner.stance === 'resistant' ? 'say-invite-owner-resistant' : 'say-invite-owner';
    out.notes.push({ index: at.slide.index, part: 'say', text: ctx.t(key, { name: owner.name }) });
    invited.add(owner.name);
  }
  for (const name of ctx.meeting.config.strategy?.supporters ?? []) {
    // In a variant built for the supporter, they are the audience, not a voice to bring in.
    if (name === ctx.primary?.person.name || invited.has(name)) continue;
    const person = ctx.people.find((p) => p.name === name);
    if (!person) continue;
    if (person.role === 'peer') {
      const at = main.find((s) => s.slide.kind === 'case');
      if (at) out.notes.push({ index: at.slide.index, part: 'say', text: ctx.t('say-invite-peer', { name }) });
      continue;
    }
    const at = main.find((s) => s.slide.kind === 'ffab' && s.draft.card?.benefitsByRole[person.role] !== undefined);
    if (at) out.notes.push({ index: at.slide.index, part: 'say', text: ctx.t('say-invite-supporter', { name }) });
  }
  return out;
}

/** Rule 7: the main slides of a need point experienced listeners to its technical backup. */
export function technicalBackupPlacements({ ctx, slides }: CoachingInput): Placements {
  const out = noPlacements();
  for (const backup of slides) {
    const { draft } = backup;
    if (draft.kind !== 'backup' || !draft.alsoFor || !draft.need || draft.card) continue;
    const names = draft.alsoFor.map((p) => p.name).join(ctx.t('list-separator'));
    for (const s of slides) {
      if (s.slide.appendix || s.slide.kind !== 'need' || s.slide.needId !== draft.need.id) continue;
      out.notes.push({ index: s.slide.index, part: 'ready', text: ctx.t('ready-technical', { names, index: backup.slide.index }) });
    }
  }
  return out;
}

/** Where each excitement point is made: the slide its link names; a card in the appendix is made from its need's slide. */
export interface ExcitementPlan {
  point: string;
  /** The slide that shows it (the backup card when it sits in the appendix); undefined when nothing is sure to. */
  index?: number;
  /** The slide whose notes carry it. */
  noteIndex?: number;
}

export function planExcitement({ ctx, slides }: CoachingInput): ExcitementPlan[] {
  return ctx.links.excitement.map(({ point, target }) => {
    const slide = target ? slideFor(slides, target) : undefined;
    if (!slide) return { point };
    const noteAt = slide.slide.appendix ? mainNeedSlide(slides, slide) : slide;
    return { point, index: slide.slide.index, noteIndex: noteAt?.slide.index };
  });
}

/** Rule 10: an excitement point is marked on the slide that shows it. */
export function excitementPlacements({ ctx }: CoachingInput, plans: readonly ExcitementPlan[]): Placements {
  const out = noPlacements();
  for (const plan of plans) {
    if (plan.noteIndex === undefined || plan.index === undefined) continue;
    const text = plan.noteIndex === plan.index ? ctx.t('say-excitement', { point: plan.point }) : ctx.t('say-excitement-backup', { point: plan.point, index: plan.index });
    out.notes.push({ index: plan.noteIndex, part: 'say', text });
  }
  return out;
}

/**
 * Point 1: a listener's cue on a slide comes from this slide's content. On a card, each listener
 * it speaks to hears what the card changes for their role, when that differs from what the
 * slide says; the role profile itself is read once, on the agenda.
 */
export function listenerPlacements({ ctx, slides }: CoachingInput, concerns: readonly ConcernMatch[]): Placements {
  const out = noPlacements();
  const shownRole = ctx.primary?.person.role;
  for (const { slide, draft } of slides) {
    if (slide.kind === 'agenda') {
      for (const person of ctx.people) out.listeners.push({ index: slide.index, person, text: profile(ctx.t, person) });
      continue;
    }
    const card = draft.card;
    if (!card || slide.body.kind !== 'ffab') continue;
    const shown = benefitFor(card, shownRole);
    // With an owner named, the card's benefit is read to the owner and to those who decide, not to
    // everyone whose role has a benefit line: a role is not a job.
    const owner = ctx.meeting.config.needs.find((n) => n.id === draft.need?.id)?.owner;
    for (const person of ctx.people) {
      if (!slide.for.includes(person.name)) continue;
      if (owner !== undefined && person.name !== owner && person.decision !== 'decision-maker') continue;
      const theirs = card.benefitsByRole[person.role];
      // A concern answered here with this very benefit is cue enough.
      const said = concerns.some((c) => c.person === person && c.index === slide.index && c.answer === theirs);
      if (theirs && theirs !== shown && !said) out.listeners.push({ index: slide.index, person, text: ctx.t('cue-card-benefit', { benefit: theirs }) });
    }
  }
  return out;
}

/** What to stress for a person's role, their experience, stance and concerns: read once. */
export function profile(t: CoachingInput['ctx']['t'], person: Person): string {
  const parts = [t(`stress-${person.role}`)];
  if (person.experienced) parts.push(t('stress-experienced'));
  if (person.stance === 'resistant') parts.push(t('stress-resistant'));
  if (person.concerns.length > 0) parts.push(t('stress-concerns', { concerns: person.concerns.map(concernText).join(t('clause-separator')) }));
  if (person.leaves_after !== undefined) parts.push(t('stress-leaves', { minute: person.leaves_after }));
  return parts.join(t('sentence-separator'));
}
