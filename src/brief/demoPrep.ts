// Demo preparation (issue 22, point 2): for each live block of the run-sheet, which steps must be
// shown and which only if time allows, the data the demo system must hold for them, and what to
// show when the system fails; then the steps behind every contingency that shows something. Only
// what the meeting file links is used: a card's own `must_show` and `prepare`, the excitement
// point placed on its slide, a contingency's `show` and card `jump_to`. Where nothing is linked,
// the brief says so instead of guessing from the words.
import { MINUTES_PER_STEP, TALK_MINUTES } from '../plan/needSlides.js';
import type { PlannedSlide, SlidePlan } from '../plan/slidePlan.js';
import type { Translate } from '../plan/text.js';
import { asksForDemo } from '../plan/words.js';
import type { ResolvedFeature, ResolvedMeeting } from '../types.js';
import type { RunBlock } from './runSheet.js';

export interface PrepCard {
  /** "13. Credit control at order entry (4 min) · Receivables and collection, priority 1". */
  heading: string;
  /** Each step with its number in the card's click path, "Step 2: Enter a sales order …". */
  mustShow: string[];
  /** A highlight happens on this card: the steps it needs are must-show too. */
  mustShowNote?: string;
  /** Steps before a must-show step that are not must-show themselves: the data is prepared, so
   * they are a quick move to the right screen, never redone (issue 22's cold read). */
  leadIn: string[];
  ifTime: string[];
  /** "About 1 of them fits in the slide's minutes." when some but not all do. */
  ifTimeNote?: string;
  /** When the must-show steps alone need more minutes than the slide has. */
  tight?: string;
  prepare: string[];
  fallback: string;
  /** "Prepared above for slide 13": a card a contingency shows that a live block already prepares. */
  sameAs?: string;
}

export interface PrepBlock {
  heading: string;
  cards: PrepCard[];
}

export interface PrepContingency {
  /** "If …: … (Shift+1)". */
  heading: string;
  cards: PrepCard[];
  /** Said when the contingency shows something but names no card. */
  gap?: string;
}

export interface DemoPrep {
  /** Before leaving for the meeting: logins, devices, network, the deck on the laptop. */
  general: string[];
  blocks: PrepBlock[];
  contingencies: PrepContingency[];
  /** Cards kept in the appendix, prepared in case someone asks for them. */
  appendix: PrepCard[];
}

/** How many steps of a card's click path fit in a slide's minutes, with the talk around them. */
export function stepsThatFit(minutes: number): number {
  return Math.max(1, Math.round((minutes - TALK_MINUTES) / MINUTES_PER_STEP));
}

export function demoPrep(meeting: ResolvedMeeting, plan: SlidePlan, blocks: readonly RunBlock[], t: Translate): DemoPrep {
  const cards = new Map<string, ResolvedFeature>(meeting.needs.flatMap((n) => n.features.map((f) => [f.id, f] as const)));
  const date = meeting.config.deck.date ?? t('prep-meeting-day');
  const bySlide = new Map(plan.slides.map((s) => [s.index, s]));
  const cardOf = (slide: PlannedSlide): ResolvedFeature | undefined => (slide.cardId === undefined ? undefined : cards.get(slide.cardId));
  /** The main-line slide that already prepares a card, by card id. */
  const prepared = new Map<string, PlannedSlide>();

  const live: PrepBlock[] = [];
  for (const block of blocks) {
    const shown = block.slideIndexes.flatMap((i) => {
      const slide = bySlide.get(i);
      const card = slide && slide.body.kind === 'ffab' ? cardOf(slide) : undefined;
      return slide && card && card.demo.length > 0 ? [{ slide, card }] : [];
    });
    if (shown.length === 0) continue;
    for (const { slide, card } of shown) if (!prepared.has(card.id)) prepared.set(card.id, slide);
    live.push({ heading: block.heading, cards: shown.map(({ slide, card }) => prepCard(card, slide, meeting, plan, date, t)) });
  }

  const contingencies = plan.contingencies.flatMap((c): PrepContingency[] => {
    const heading = t('prep-contingency', { if: c.if, action: c.action }) + (c.key === null ? '' : t('prep-contingency-key', { key: c.key }));
    const shownCards = c.cards.flatMap((id) => {
      const card = cards.get(id);
      return card && card.demo.length > 0 ? [card] : [];
    });
    if (shownCards.length === 0) return asksForDemo(c.action) ? [{ heading, cards: [], gap: t('prep-contingency-gap') }] : [];
    return [{
      heading,
      cards: shownCards.map((card) => {
        const already = prepared.get(card.id);
        if (already) return { ...prepCard(card, undefined, meeting, plan, date, t), sameAs: t('prep-same-as', { index: already.index, title: already.title }) };
        return prepCard(card, plan.slides.find((s) => s.appendix && s.cardId === card.id), meeting, plan, date, t);
      }),
    }];
  });

  const inContingency = new Set(plan.contingencies.flatMap((c) => c.cards));
  const appendix = plan.slides
    .filter((s) => s.appendix && s.body.kind === 'ffab')
    .flatMap((slide) => {
      const card = cardOf(slide);
      return card && card.demo.length > 0 && !prepared.has(card.id) && !inContingency.has(card.id) ? [prepCard(card, slide, meeting, plan, date, t)] : [];
    });

  const general = ['checklist-data', 'checklist-users', 'checklist-devices', 'checklist-network', 'checklist-offline'].map((key) => t(key));
  return { general, blocks: live, contingencies, appendix };
}

/** One card's preparation; `slide` gives it minutes when it is on the main line. */
function prepCard(card: ResolvedFeature, slide: PlannedSlide | undefined, meeting: ResolvedMeeting, plan: SlidePlan, date: string, t: Translate): PrepCard {
  const step = (n: number): string => t('prep-step', { number: n, step: card.demo[n - 1] ?? '' });
  const numbers = card.demo.map((_s, i) => i + 1);
  const timed = slide !== undefined && !slide.appendix;
  const fit = timed ? stepsThatFit(slide.minutes) : numbers.length;
  const points = slide === undefined ? [] : plan.excitement.filter((e) => e.slide === slide.index).map((e) => e.point);
  // The card's own must-show steps; without them, the first steps that fit in the slide's minutes. A
  // highlight on the card is said beside them: the file does not say which steps it needs.
  const must = card.mustShow.length > 0 ? numbers.filter((n) => card.mustShow.includes(n)) : numbers.slice(0, fit);
  const last = Math.max(...must);
  const leadIn = numbers.filter((n) => n < last && !must.includes(n));
  const rest = numbers.filter((n) => n > last);
  const room = Math.max(0, Math.min(rest.length, fit - must.length));
  const need = slide?.needId === undefined ? undefined : meeting.needs.find((n) => n.id === slide.needId);
  const where = slide === undefined ? undefined : timed ? t('brief-run-slide', { index: slide.index, title: slide.title, minutes: slide.minutes }) : t('prep-appendix-slide', { index: slide.index, title: slide.title });
  const heading = where === undefined ? card.name : need ? t('prep-card-heading', { slide: where, need: t('prep-need', { need: need.title, priority: need.priority }) }) : where;
  const highlights = points.map((point) => t('prep-highlight', { point }));
  return {
    heading,
    mustShow: must.map(step),
    mustShowNote: points.length > 0 ? t('prep-must-highlight', { points: points.join(t('quote-separator')) }) : undefined,
    leadIn: leadIn.map(step),
    ifTime: rest.map(step),
    ifTimeNote: timed && rest.length > 0 ? (room > 0 ? t('prep-if-time-room', { count: room }) : t(points.length > 0 ? 'prep-if-time-highlight' : 'prep-if-time-none')) : undefined,
    tight: timed && must.length > fit ? t('prep-tight', { minutes: round(TALK_MINUTES + MINUTES_PER_STEP * must.length), slide: slide.minutes }) : undefined,
    // A card that names no data says so: the presenter finds out on the demo system, not in the room.
    prepare: [...(card.prepare.length > 0 ? card.prepare.map((item) => item.replaceAll('{date}', date)) : [t('prep-data-unknown')]), ...highlights],
    fallback: t('prep-fallback', { steps: must.join(t('list-separator')) }),
  };
}

function round(minutes: number): number {
  return Math.round(minutes * 10) / 10;
}
