// Pure: a resolved meeting in, the ordered SlidePlan out. Follows the six-step method (opening,
// situation, overview, needs with problem/solution and FFAB, value, comparison, cases,
// implementation, quote, closing, Q&A, appendix) and tailors order and emphasis to the primary
// audience (docs/tailoring.md).
import type { Person, ResolvedMeeting } from '../types.js';
import { caresAbout, peopleFor, primaryAudience, type PrimaryAudience } from './audience.js';
import { assuranceSlide, questionsBackup, technicalBackup } from './backupSlides.js';
import { closingSlides, implementationSlide, pricingSlide } from './closingSlides.js';
import { composeCoaching } from './coaching/composeNotes.js';
import type { CoachedSlide } from './coaching/model.js';
import type { PlanContext, SlideDraft } from './context.js';
import { EMPHASIS, type Block } from './emphasis.js';
import { caseSlide, comparisonSlide, rankCases, valueSlide } from './evidenceSlides.js';
import { ffabSlide, needSlide, orderNeeds, overviewSlide, situationSlide } from './needSlides.js';
import { computeValueCase } from './figures/valueCase.js';
import { linkMeeting } from './links/linkMeeting.js';
import { openingSlides } from './openingSlides.js';
import { computeQuote } from './pricing.js';
import { SECTION_STEP, type PlannedSlide, type SectionId, type SlidePlan } from './slidePlan.js';
import { translator } from './text.js';
import { onTheClock, runTitles, sectionRuns } from './clock.js';
import { bufferMinutes, type TimedDraft } from './timeBudget.js';
import { timedForLeavers } from './earlyClose.js';
import { saleOf, valueCaseSlide, valuePlacement } from './valueSlides.js';

export interface PlanOptions {
  /** Plan as if this person were the primary audience (a variant for a follow-up meeting). */
  primaryName?: string;
}

export function planDeck(meeting: ResolvedMeeting, options: PlanOptions = {}): SlidePlan {
  const t = translator(meeting.strings);
  const people = meeting.config.audience;
  const primary = chosenPrimary(people, options.primaryName);
  const emphasis = EMPHASIS[primary?.person.role ?? 'manager'];
  const { pricing, value } = meeting.config;
  const quote = pricing ? computeQuote(pricing) : undefined;
  const valueCase = value ? computeValueCase({ value, quote, needs: meeting.needs, cases: meeting.cases }) : null;
  const shape = { valueCase: valueCase !== null, pricing: quote !== undefined, assurance: people.some((p) => p.stance === 'resistant') };
  const ctx: PlanContext = { meeting, t, people, primary, emphasis, warnings: [], quote, value: valueCase, links: linkMeeting(meeting, shape, t) };
  // A variant for one person changes the emphasis, not who can decide.
  const natural = primaryAudience(people);
  if (natural && !natural.decides) {
    ctx.warnings.push({ code: 'no-decision-maker', message: t('warn-no-decision-maker', { name: natural.person.name }) });
  }

  const ordered = timedForLeavers(ctx, draftSlides(ctx));
  onTheClock(ordered.filter((d) => !d.appendix));
  let startsAt = 0;
  const numbered: CoachedSlide[] = ordered.map((draft, i) => {
    const starts = draft.appendix ? undefined : startsAt / 10;
    const entry = { slide: toSlide(ctx, draft, i, starts), draft, startsAt: starts };
    if (!draft.appendix) startsAt += draft.tenths;
    return entry;
  });
  // Last step of planning: the notes, composed once from every placement rule.
  const coaching = composeCoaching({ ctx, slides: numbered });
  const slides: PlannedSlide[] = numbered.map(({ slide }, i) => ({ ...slide, notes: coaching.notes[i] ?? { say: [], audience: [], ready: [] }, asked: coaching.asked[i] ?? [] }));
  const sections = sectionsOf(slides);
  const buffer = bufferMinutes(meeting.config.deck);
  fillAgenda(slides, sections, buffer, t);
  return {
    deck: meeting.deckName,
    language: meeting.language,
    duration: meeting.config.deck.duration,
    primaryAudience: primary ? { name: primary.person.name, role: primary.person.role } : null,
    sections,
    buffer,
    slides,
    warnings: ctx.warnings,
    concerns: coaching.concerns.map((c) => ({ person: c.person.name, concern: c.concern, slide: c.index ?? null, answer: c.answer ?? null })),
    excitement: coaching.excitement.map((e) => ({ point: e.point, slide: e.index ?? null })),
    contingencies: coaching.contingencies.map((c) => ({ if: c.if, action: c.action, slide: c.index, jumpTo: c.jumpTo ?? null, key: c.key ?? null, cards: c.cards })),
    leavers: coaching.leavers.map((l) => ({ name: l.name, minute: l.minute, valueSlide: l.valueIndex ?? null, valueStartsAt: l.valueStartsAt ?? null, heard: l.heard, key: l.key ?? null, close: l.close ?? null })),
    sale: saleOf(meeting.config),
    value: valueCase,
    quote,
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
  const placement = valuePlacement(meeting.config, ctx.people, emphasis.valueInAppendix);
  const value = (): SlideDraft => {
    const slide = ctx.value ? valueCaseSlide(ctx, ctx.value, placement) : valueSlide(ctx, needs);
    return placement.mainLine ? { ...slide, keep: ctx.people.some((p) => p.decision === 'decision-maker') } : { ...slide, appendix: true, section: 'appendix' };
  };
  // The process sale frames every need by its money, so the value case opens the needs.
  if (placement.position === 'before-needs') drafts.push(value());
  if (emphasis.caseBeforeNeeds && firstCase) drafts.push(caseSlide(ctx, firstCase, false));
  for (const need of needs) {
    drafts.push(needSlide(ctx, need, placement.sale === 'process'));
    need.features.forEach((card, i) => {
      // A card that answers the decision maker or a resistant listener, shows an excitement point or
      // serves a need in focus is shown.
      const linked = ctx.links.mainLineCards.has(card.id) || need.focus;
      const backup = emphasis.cardsInMainLine === 'first' && i > 0 && !linked;
      const slide = ffabSlide(ctx, need, card, { appendix: backup });
      drafts.push(linked ? { ...slide, keep: true } : slide);
    });
  }
  const blocks: Record<Block, () => SlideDraft[]> = {
    value: () => (placement.position === 'after-needs' && placement.mainLine ? [value()] : []),
    comparison: () => (meeting.config.competitors.length > 0 ? [comparisonSlide(ctx, needs)] : []),
    cases: () => (firstCase && !emphasis.caseBeforeNeeds ? [caseSlide(ctx, firstCase, false)] : []),
    implementation: () => [implementationSlide(ctx, needs)],
  };
  for (const block of emphasis.afterNeeds) drafts.push(...blocks[block]());
  // A user's deck hears functions, but with a decision maker in the room the value case still plays.
  if (placement.position === 'after-needs' && (!placement.mainLine || !emphasis.afterNeeds.includes('value'))) drafts.push(value());
  // Reassurance follows the implementation plan it vouches for, so the two share a section.
  const resistant = ctx.people.filter((p) => p.stance === 'resistant');
  if (resistant.length > 0) drafts.splice(drafts.findIndex((d) => d.kind === 'implementation') + 1, 0, assuranceSlide(ctx, resistant));
  const quoteSlide = pricingSlide(ctx);
  if (quoteSlide) drafts.push(quoteSlide);
  drafts.push(...closingSlides(ctx));
  for (const entry of otherCases) drafts.push(caseSlide(ctx, entry, true));
  const experienced = ctx.people.filter((p) => p.experienced && caresAbout('need', p));
  if (experienced.length > 0) for (const need of needs) drafts.push(technicalBackup(ctx, need, experienced));
  const questions = questionsBackup(ctx, needs);
  if (questions) drafts.push(questions);
  return drafts;
}

function toSlide(ctx: PlanContext, draft: TimedDraft, i: number, startsAt: number | undefined): CoachedSlide['slide'] {
  // The deck is built for its primary listener: every main-line slide speaks to them too.
  const primary = !draft.appendix && ctx.primary ? [ctx.primary.person] : [];
  const audience = peopleFor(draft.audienceKind ?? draft.kind, ctx.people, [...(draft.alsoFor ?? []), ...primary]);
  return {
    index: i + 1,
    kind: draft.kind,
    section: draft.section,
    title: draft.title,
    minutes: draft.appendix ? 0 : draft.tenths / 10,
    start: startsAt,
    appendix: draft.appendix ?? false,
    for: audience.map((p) => p.name),
    reason: draft.reason,
    body: draft.body,
    needId: draft.need?.id,
    cardId: draft.body.kind === 'ffab' ? draft.card?.id : undefined,
  };
}

/** The main line's sections in the order they run (one section may run twice, as an early close does), then the appendix. */
function sectionsOf(slides: readonly PlannedSlide[]): SlidePlan['sections'] {
  const runs = sectionRuns(slides.filter((s) => !s.appendix));
  const main = runs.map((run) => {
    const id: SectionId = run[0]?.section ?? 'opening';
    const minutes = run.reduce((sum, s) => sum + Math.round(s.minutes * 10), 0) / 10;
    return { id, step: SECTION_STEP[id], minutes, wholeMinutes: minutes };
  });
  return slides.some((s) => s.appendix) ? [...main, { id: 'appendix', step: SECTION_STEP.appendix, minutes: 0, wholeMinutes: 0 }] : main;
}

/** The agenda lists every timed section, the opening included, and the buffer, so its minutes add up to the meeting. */
function fillAgenda(slides: PlannedSlide[], sections: SlidePlan['sections'], buffer: number, t: PlanContext['t']): void {
  const main = sections.filter((s) => s.id !== 'appendix');
  const titles = runTitles(main, t);
  const items = main.map((s, i) => ({ title: titles[i] ?? '', minutes: t('minutes-short', { minutes: s.wholeMinutes }), value: s.wholeMinutes }));
  if (buffer > 0) items.push({ title: t('agenda-buffer'), minutes: t('minutes-short', { minutes: buffer }), value: buffer });
  for (const slide of slides) if (slide.body.kind === 'agenda') slide.body.items = items;
}
