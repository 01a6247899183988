// Placement rules that depend on the finished deck: where to invite supporters to speak, which
// backup slide answers an experienced listener, where the excitement points land, and the cue
// each listener gets on the slides that matter to them. Each returns placements; none edits.
import type { Person } from '../../types.js';
import { benefitFor } from '../needSlides.js';
import type { ConcernMatch } from './concerns.js';
import { type CoachingInput, type CoachedSlide, noPlacements, type Placements } from './model.js';
import { overlap } from '../words.js';

/** Rule 6: each supporter is invited to speak where a slide they care about first comes up. */
export function supporterPlacements({ ctx, slides }: CoachingInput): Placements {
  const out = noPlacements();
  const main = slides.filter((s) => !s.slide.appendix);
  for (const name of ctx.meeting.config.strategy?.supporters ?? []) {
    // In a variant built for the supporter, they are the audience, not a voice to bring in.
    if (name === ctx.primary?.person.name) continue;
    const at = main.find((s) => (s.slide.kind === 'need' || s.slide.kind === 'ffab') && s.slide.for.includes(name)) ?? main.find((s) => s.slide.kind === 'situation');
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

/** Rule 10: an excitement point is marked on the slide whose need or card it mentions. */
export function excitementPlacements({ ctx, slides }: CoachingInput): Placements {
  const out = noPlacements();
  const textOf = ({ slide, draft }: CoachedSlide): string =>
    [slide.title, draft.need?.title, draft.card?.feature, draft.card?.function, ...(draft.card?.demo ?? [])].filter(Boolean).join(' ');
  const main = slides.filter((s) => !s.slide.appendix && (s.slide.kind === 'ffab' || s.slide.kind === 'need'));
  // Cards moved to the appendix still count: the point is then made from the need's slide,
  // with the backup to show, rather than promised on a slide that cannot deliver it.
  const backups = slides.filter((s) => s.slide.appendix && s.slide.needId !== undefined && s.slide.body.kind === 'ffab');
  for (const point of ctx.meeting.config.strategy?.excitement ?? []) {
    let best: CoachedSlide | undefined;
    let bestScore = 0;
    for (const entry of [...main, ...backups]) {
      const score = overlap(point, textOf(entry));
      if (score > bestScore) {
        best = entry;
        bestScore = score;
      }
    }
    if (best && bestScore >= 2 && best.slide.appendix) {
      const needSlide = main.find((s) => s.slide.kind === 'need' && s.slide.needId === best?.slide.needId);
      if (needSlide) {
        out.notes.push({ index: needSlide.slide.index, part: 'say', text: ctx.t('say-excitement-backup', { point, index: best.slide.index }) });
        continue;
      }
    }
    const target = bestScore >= 2 && best && !best.slide.appendix ? best : main.find((s) => s.slide.kind === 'ffab') ?? main[0];
    if (target) out.notes.push({ index: target.slide.index, part: 'say', text: ctx.t('say-excitement', { point }) });
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
    for (const person of ctx.people) {
      if (!slide.for.includes(person.name)) continue;
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
  if (person.concerns.length > 0) parts.push(t('stress-concerns', { concerns: person.concerns.join(t('clause-separator')) }));
  if (person.leaves_after !== undefined) parts.push(t('stress-leaves', { minute: person.leaves_after }));
  return parts.join(t('sentence-separator'));
}
