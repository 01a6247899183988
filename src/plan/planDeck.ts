// Pure: a resolved meeting in, the ordered SlidePlan out. Follows the six-step method (opening,
// situation, overview, needs with problem/solution and FFAB, value, comparison, cases,
// implementation, quote, closing, Q&A, appendix) and tailors order and emphasis to the primary
// audience (docs/tailoring.md).
import type { Person, ResolvedMeeting } from '../types.js';
import { noteContingencies, noteExcitement, noteSupporters, noteTechnicalBackups } from './annotations.js';
import { audienceNotes, caresAbout, peopleFor, primaryAudience, type PrimaryAudience } from './audience.js';
import { assuranceSlide, questionsBackup, technicalBackup } from './backupSlides.js';
import { closingSlides, implementationSlide, pricingSlide } from './closingSlides.js';
import type { PlanContext, SlideDraft } from './context.js';
import { EMPHASIS, type Block } from './emphasis.js';
import { caseSlide, comparisonSlide, rankCases, valueSlide } from './evidenceSlides.js';
import { ffabSlide, needSlide, orderNeeds, overviewSlide, situationSlide } from './needSlides.js';
import { openingSlides } from './openingSlides.js';
import { SECTION_STEP, type PlannedSlide, type SectionId, type SlidePlan } from './slidePlan.js';
import { translator } from './text.js';
import { wholeMinutes } from './minutes.js';
import { fitToTime, type TimedDraft } from './timeBudget.js';

export interface PlanOptions {
  /** Plan as if this person were the primary audience (a variant for a follow-up meeting). */
  primaryName?: string;
}

export function planDeck(meeting: ResolvedMeeting, options: PlanOptions = {}): SlidePlan {
  const t = translator(meeting.strings);
  const people = meeting.config.audience;
  const primary = chosenPrimary(people, options.primaryName);
  const emphasis = EMPHASIS[primary?.person.role ?? 'manager'];
  const ctx: PlanContext = { meeting, t, people, primary, emphasis, warnings: [] };
  // A variant for one person changes the emphasis, not who can decide.
  const natural = primaryAudience(people);
  if (natural && !natural.decides) {
    ctx.warnings.push({ code: 'no-decision-maker', message: t('warn-no-decision-maker', { name: natural.person.name }) });
  }

  const drafts = draftSlides(ctx);
  const timed = fitToTime(ctx, drafts, meeting.config.deck.duration);
  // The main line plays first; the appendix follows in the order its slides were drafted.
  const ordered = [...timed.filter((d) => !d.appendix), ...timed.filter((d) => d.appendix)];
  const slides = ordered.map((draft, i) => toSlide(ctx, draft, i));
  annotate(ctx, slides, ordered);
  const sections = sectionsOf(slides);
  fillAgenda(slides, sections, t);
  return {
    deck: meeting.deckName,
    language: meeting.language,
    duration: meeting.config.deck.duration,
    primaryAudience: primary ? { name: primary.person.name, role: primary.person.role } : null,
    sections,
    slides,
    warnings: ctx.warnings,
  };
}

function chosenPrimary(people: readonly Person[], name: string | undefined): PrimaryAudience | undefined {
  if (name === undefined) return primaryAudience(people);
  const person = people.find((p) => p.name === name);
  return person ? { person, decides: person.decision === 'decision-maker' } : primaryAudience(people);
}

function draftSlides(ctx: PlanContext): SlideDraft[] {
  const { meeting, emphasis } = ctx;
  const needs = orderNeeds(meeting.needs);
  const [firstCase, ...otherCases] = rankCases(meeting);
  const drafts: SlideDraft[] = [...openingSlides(ctx), situationSlide(ctx, needs), overviewSlide(ctx, needs)];
  if (emphasis.caseBeforeNeeds && firstCase) drafts.push(caseSlide(ctx, firstCase, false));
  for (const need of needs) {
    drafts.push(needSlide(ctx, need));
    need.features.forEach((card, i) => {
      const backup = emphasis.cardsInMainLine === 'first' && i > 0;
      drafts.push(ffabSlide(ctx, need, card, { appendix: backup }));
    });
  }
  const blocks: Record<Block, () => SlideDraft[]> = {
    value: () => [{ ...valueSlide(ctx, needs), ...(emphasis.valueInAppendix ? { appendix: true, section: 'appendix' as const } : {}) }],
    comparison: () => (meeting.config.competitors.length > 0 ? [comparisonSlide(ctx, needs)] : []),
    cases: () => (firstCase && !emphasis.caseBeforeNeeds ? [caseSlide(ctx, firstCase, false)] : []),
    implementation: () => [implementationSlide(ctx, needs)],
  };
  for (const block of emphasis.afterNeeds) drafts.push(...blocks[block]());
  if (emphasis.valueInAppendix && !emphasis.afterNeeds.includes('value')) drafts.push(...blocks.value());
  // Reassurance follows the implementation plan it vouches for, so the two share a section.
  const resistant = ctx.people.filter((p) => p.stance === 'resistant');
  if (resistant.length > 0) drafts.splice(drafts.findIndex((d) => d.kind === 'implementation') + 1, 0, assuranceSlide(ctx, resistant));
  const pricing = pricingSlide(ctx);
  if (pricing) drafts.push(pricing);
  drafts.push(...closingSlides(ctx));
  for (const entry of otherCases) drafts.push(caseSlide(ctx, entry, true));
  const experienced = ctx.people.filter((p) => p.experienced && caresAbout('need', p));
  if (experienced.length > 0) for (const need of needs) drafts.push(technicalBackup(ctx, need, experienced));
  const questions = questionsBackup(ctx, needs);
  if (questions) drafts.push(questions);
  return drafts;
}

function toSlide(ctx: PlanContext, draft: TimedDraft, i: number): PlannedSlide {
  // The deck is built for its primary listener: every main-line slide speaks to them too.
  const primary = !draft.appendix && ctx.primary ? [ctx.primary.person] : [];
  const audience = peopleFor(draft.audienceKind ?? draft.kind, ctx.people, [...(draft.alsoFor ?? []), ...primary]);
  return {
    index: i + 1,
    kind: draft.kind,
    section: draft.section,
    title: draft.title,
    minutes: draft.appendix ? 0 : draft.tenths / 10,
    appendix: draft.appendix ?? false,
    for: audience.map((p) => p.name),
    reason: draft.reason,
    body: draft.body,
    notes: { say: [...draft.say], audience: audienceNotes(audience, ctx.t), ready: [...(draft.ready ?? [])] },
    needId: draft.need?.id,
  };
}

function annotate(ctx: PlanContext, slides: PlannedSlide[], drafts: readonly TimedDraft[]): void {
  const backups = new Map<PlannedSlide, { needId: string; people: readonly Person[] }>();
  const texts = new Map<PlannedSlide, string>();
  drafts.forEach((draft, i) => {
    const slide = slides[i];
    if (!slide) return;
    if (draft.kind === 'backup' && draft.alsoFor && draft.need && !draft.card) backups.set(slide, { needId: draft.need.id, people: draft.alsoFor });
    texts.set(slide, [draft.title, draft.need?.title, draft.card?.feature, draft.card?.function, ...(draft.card?.demo ?? [])].filter(Boolean).join(' '));
  });
  noteContingencies(ctx, slides);
  noteSupporters(ctx, slides);
  noteTechnicalBackups(ctx, slides, backups);
  noteExcitement(ctx, slides, texts);
}

function sectionsOf(slides: readonly PlannedSlide[]): SlidePlan['sections'] {
  const tenths = new Map<SectionId, number>();
  for (const slide of slides) tenths.set(slide.section, (tenths.get(slide.section) ?? 0) + Math.round(slide.minutes * 10));
  const whole = wholeMinutes([...tenths.values()]);
  return [...tenths].map(([id, t], i) => ({ id, step: SECTION_STEP[id], minutes: t / 10, wholeMinutes: whole[i] ?? 0 }));
}

/** The agenda lists every timed section, the opening included, so its whole minutes add up to the meeting. */
function fillAgenda(slides: PlannedSlide[], sections: SlidePlan['sections'], t: PlanContext['t']): void {
  const items = sections
    .filter((s) => s.id !== 'appendix')
    .map((s) => ({ title: t(`section-${s.id}`), minutes: t('minutes-short', { minutes: s.wholeMinutes }), value: s.wholeMinutes }));
  for (const slide of slides) if (slide.body.kind === 'agenda') slide.body.items = items;
}
