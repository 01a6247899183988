// Pure: a resolved meeting in, the ordered SlidePlan out. Follows the six-step method: opening,
// situation, overview, needs (problem/solution + FFAB), value, comparison, cases, implementation,
// quote, closing, Q&A, then the appendix.
import type { ResolvedMeeting } from '../types.js';
import { audienceNotes, peopleFor, primaryAudience } from './audience.js';
import type { PlanContext, SlideDraft } from './context.js';
import { caseSlide, comparisonSlide, rankCases, valueSlide } from './evidenceSlides.js';
import { KIND_WEIGHT, shareMinutes } from './minutes.js';
import { ffabSlide, needSlide, orderNeeds, overviewSlide, situationSlide } from './needSlides.js';
import { closingSlides, implementationSlide, pricingSlide, questionsBackup } from './closingSlides.js';
import { openingSlides } from './openingSlides.js';
import { SECTION_STEP, type PlannedSlide, type SectionId, type SlidePlan } from './slidePlan.js';
import { translator } from './text.js';

export function planDeck(meeting: ResolvedMeeting): SlidePlan {
  const t = translator(meeting.strings);
  const people = meeting.config.audience;
  const primary = primaryAudience(people);
  const ctx: PlanContext = { meeting, t, people, primary, warnings: [] };
  if (primary && !primary.decides) {
    ctx.warnings.push({ code: 'no-decision-maker', message: t('warn-no-decision-maker', { name: primary.person.name }) });
  }

  const needs = orderNeeds(meeting.needs);
  const cases = rankCases(meeting);
  const drafts: SlideDraft[] = [
    ...openingSlides(ctx, []),
    situationSlide(ctx, needs),
    overviewSlide(ctx, needs),
  ];
  for (const need of needs) {
    drafts.push(needSlide(ctx, need));
    for (const card of need.features) drafts.push(ffabSlide(ctx, need, card));
  }
  drafts.push(valueSlide(ctx, needs));
  if (meeting.config.competitors.length > 0) drafts.push(comparisonSlide(ctx, needs));
  const [firstCase, ...otherCases] = cases;
  if (firstCase) drafts.push(caseSlide(ctx, firstCase, false));
  drafts.push(implementationSlide(ctx, needs));
  const pricing = pricingSlide(ctx);
  if (pricing) drafts.push(pricing);
  drafts.push(...closingSlides(ctx));
  for (const entry of otherCases) drafts.push(caseSlide(ctx, entry, true));
  const questions = questionsBackup(ctx, needs);
  if (questions) drafts.push(questions);

  const slides = toSlides(ctx, drafts, meeting.config.deck.duration);
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

function toSlides(ctx: PlanContext, drafts: readonly SlideDraft[], duration: number): PlannedSlide[] {
  // Main line first in the deck, appendix after; drafts already come in that order.
  const main = drafts.filter((d) => !d.appendix);
  const minutes = shareMinutes(main.map((d) => KIND_WEIGHT[d.kind] * (d.weight ?? 1)), duration);
  let mainIndex = 0;
  return drafts.map((draft, i) => {
    const audience = peopleFor(draft.kind, ctx.people, draft.alsoFor);
    const slideMinutes = draft.appendix ? 0 : (minutes[mainIndex++] ?? 0);
    return {
      index: i + 1,
      kind: draft.kind,
      section: draft.section,
      title: draft.title,
      minutes: slideMinutes,
      appendix: draft.appendix ?? false,
      for: audience.map((p) => p.name),
      reason: draft.reason,
      body: draft.body,
      notes: { say: draft.say, audience: audienceNotes(audience, ctx.t), ready: draft.ready ?? [] },
    };
  });
}

function sectionsOf(slides: readonly PlannedSlide[]): SlidePlan['sections'] {
  const tenths = new Map<SectionId, number>();
  for (const slide of slides) tenths.set(slide.section, (tenths.get(slide.section) ?? 0) + Math.round(slide.minutes * 10));
  return [...tenths].map(([id, t]) => ({ id, step: SECTION_STEP[id], minutes: t / 10 }));
}

function fillAgenda(slides: PlannedSlide[], sections: SlidePlan['sections'], t: PlanContext['t']): void {
  const items = sections
    .filter((s) => s.id !== 'opening' && s.id !== 'appendix')
    .map((s) => ({ title: t(`section-${s.id}`), minutes: t('minutes-short', { minutes: s.minutes }) }));
  for (const slide of slides) if (slide.body.kind === 'agenda') slide.body.items = items;
}
