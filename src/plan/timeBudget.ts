// Rule 9 of docs/tailoring.md: the main line fits the meeting. Q&A keeps a reserve of at least
// 10% and the opening takes at most 10%; from 20 minutes on, extras leave first, then slides
// shrink toward a floor per kind, and only then do slides leave — each move to the appendix a
// `time-overflow` warning.
import type { ResolvedNeed } from '../types.js';
import { textNames } from './links/structure.js';
import type { PlanContext, SlideDraft } from './context.js';
import { FLOOR_TENTHS, NOMINAL_TENTHS, shareTenths } from './minutes.js';
import type { SlideKind } from './slidePlan.js';

const OPENING_KINDS: readonly SlideKind[] = ['title', 'opening', 'agenda'];
/** A short meeting may stretch slide times by at most this much; the rest goes to questions. */
const MAX_STRETCH = 1.5;
/** From this many minutes on, slides shrink before any need leaves the main line. */
const COMPRESS_FROM = 20;

export interface TimedDraft extends SlideDraft {
  tenths: number;
}

/** Minutes no slide is planned for: `deck.buffer`, else 10% of the meeting rounded up. */
export function bufferMinutes(deck: { duration: number; buffer?: number }): number {
  return deck.buffer ?? Math.ceil(deck.duration / 10);
}

/** `duration`: the meeting's minutes; the slides share them less the buffer. */
export function fitToTime(ctx: PlanContext, drafts: readonly SlideDraft[], duration: number): TimedDraft[] {
  const total = (duration - bufferMinutes(ctx.meeting.config.deck)) * 10;
  // Whole minutes, so moving the slides onto the clock (src/plan/clock.ts) never rounds the reserve away.
  const reserve = Math.ceil(total * 0.1 / 10) * 10;
  const openingCap = Math.floor(total * 0.1);
  const timed = drafts.map((d) => ({ ...d, appendix: d.appendix ?? false, tenths: 0 }));
  const nominal = (d: SlideDraft): number => d.minutes !== undefined ? d.minutes * 10 : NOMINAL_TENTHS[d.kind];
  const compress = duration >= COMPRESS_FROM;
  // A meeting under 20 minutes has no room to shrink into: its slides keep their length.
  const floor = (d: SlideDraft): number => (compress ? Math.min(nominal(d), FLOOR_TENTHS[d.kind]) : nominal(d));
  const main = (): TimedDraft[] => timed.filter((d) => !d.appendix);
  const isOpening = (d: SlideDraft): boolean => OPENING_KINDS.includes(d.kind);

  const openingNominal = main().filter(isOpening).reduce((sum, d) => sum + nominal(d), 0);
  const openingTenths = Math.min(openingNominal, openingCap);
  const budget = total - reserve - openingTenths;
  const content = (): TimedDraft[] => main().filter((d) => !isOpening(d) && d.kind !== 'qna');

  // Kept as running sums: a meeting with hundreds of needs moves hundreds of slides.
  let nominalSum = content().reduce((sum, d) => sum + nominal(d), 0);
  let floorSum = content().reduce((sum, d) => sum + floor(d), 0);
  const moveOut = (slide: TimedDraft): void => {
    nominalSum -= nominal(slide);
    floorSum -= floor(slide);
    slide.appendix = true;
    if (slide.kind === 'ffab') {
      slide.kind = 'backup';
      slide.audienceKind = 'ffab';
      slide.reason = ctx.t('reason-ffab-backup', { need: slide.need?.title ?? '' });
    }
    slide.section = 'appendix';
    ctx.warnings.push({ code: 'time-overflow', message: ctx.t('warn-time-overflow', { title: slide.title, minutes: duration }) });
  };
  if (compress) {
    // Compress before dropping: the extras go at full length, then slides shrink toward their
    // floor, and only what does not fit even then leaves — every need's own slide last.
    const { extras, rest } = compressOrder(ctx, main());
    for (const slide of extras) if (nominalSum > budget && !slide.appendix && !slide.keep) moveOut(slide);
    for (const slide of rest) if (floorSum > budget && !slide.appendix && !slide.keep) moveOut(slide);
  } else {
    for (const slide of overflowOrder(main())) if (nominalSum > budget && !slide.appendix && !slide.keep) moveOut(slide);
  }
  if (floorSum > budget) ctx.warnings.push({ code: 'time-tight', message: ctx.t('warn-time-tight', { minutes: duration }) });

  const opening = main().filter(isOpening);
  shareTenths(opening.map(nominal), openingTenths).forEach((t, i) => ((opening[i] as TimedDraft).tenths = t));
  const rest = content();
  contentTenths(rest, { nominal, floor, budget, nominalSum, floorSum }).forEach((t, i) => ((rest[i] as TimedDraft).tenths = t));
  favourFocus(rest, floor);
  const used = main().reduce((sum, d) => sum + d.tenths, 0);
  const qna = main().filter((d) => d.kind === 'qna');
  shareTenths(qna.map(() => 1), total - used).forEach((t, i) => ((qna[i] as TimedDraft).tenths = t));
  // More than 40% left for questions means the meeting is longer than what there is to show.
  if (total - used > total * 0.4) ctx.warnings.push({ code: 'time-slack', message: ctx.t('warn-time-slack', { minutes: (total - used) / 10, duration }) });
  return timed;
}

/** A need's slides and its cards, by need. */
function needGroups(drafts: readonly TimedDraft[]): Map<ResolvedNeed, TimedDraft[]> {
  const groups = new Map<ResolvedNeed, TimedDraft[]>();
  for (const d of drafts) {
    if (!d.need || (d.kind !== 'need' && d.kind !== 'ffab')) continue;
    groups.set(d.need, [...(groups.get(d.need) ?? []), d]);
  }
  return groups;
}

/**
 * Point 5 of issue 18: a need in goal.focus gets more minutes than any other need. Half minutes
 * move from the longest other need's slides (never below their floor) to the focus need's, with
 * a half minute to spare so that putting the slides on the clock cannot undo it.
 */
function favourFocus(rest: readonly TimedDraft[], floor: (d: SlideDraft) => number): void {
  const groups = needGroups(rest);
  const total = (slides: readonly TimedDraft[]): number => slides.reduce((sum, d) => sum + d.tenths, 0);
  for (const [need, mine] of groups) {
    if (!need.focus) continue;
    for (let moves = 0; moves < 400; moves++) {
      const rival = [...groups].filter(([other]) => !other.focus).map(([, slides]) => slides).sort((a, b) => total(b) - total(a))[0];
      if (!rival || total(mine) > total(rival) + 5) break;
      const donor = rival.filter((d) => d.tenths - 5 >= floor(d)).sort((a, b) => b.tenths - a.tenths)[0];
      const taker = [...mine].sort((a, b) => b.tenths - a.tenths)[0];
      if (!donor || !taker) break;
      donor.tenths -= 5;
      taker.tenths += 5;
    }
  }
}

interface Sums {
  nominal: (d: SlideDraft) => number;
  floor: (d: SlideDraft) => number;
  budget: number;
  nominalSum: number;
  floorSum: number;
}

/**
 * The content slides' tenths: at their nominal length, stretched by at most 1.5× when there is
 * time; squeezed between floor and nominal (each by its share of the room above its floor) when
 * there is not; in proportion to their floors when even that does not fit.
 */
function contentTenths(rest: readonly TimedDraft[], { nominal, floor, budget, nominalSum, floorSum }: Sums): number[] {
  if (nominalSum <= budget) return shareTenths(rest.map(nominal), Math.min(budget, Math.floor(nominalSum * MAX_STRETCH)));
  if (floorSum >= budget) return shareTenths(rest.map(floor), budget);
  const above = shareTenths(rest.map((d) => nominal(d) - floor(d)), budget - floorSum);
  return rest.map((d, i) => floor(d) + (above[i] ?? 0));
}

/**
 * Rule 9 for meetings of 20 minutes or more. `extras` leave at full length before anything
 * shrinks: each need's extra cards (lowest priority first), then cases after the first. `rest`
 * leaves only when even the floors do not fit: first cards of the other needs, the implementation
 * plan, the problem/solution slides of needs neither in goal.focus nor named in the central
 * message, the remaining case, the comparison, then the other needs' slides, then the slides
 * around the top need. The top need's problem/solution slide and first card never leave.
 */
function compressOrder(ctx: PlanContext, main: readonly TimedDraft[]): { extras: TimedDraft[]; rest: TimedDraft[] } {
  const position = new Map(main.map((d, i) => [d, i]));
  const message = ctx.meeting.config.goal?.message ?? '';
  const kept = (need: ResolvedNeed | undefined): boolean => need !== undefined && (need.focus || textNames(message, need.title));
  // Unkept needs before kept ones, then the lowest priority, then the latest in the deck.
  const leavingFirst = (a: TimedDraft, b: TimedDraft): number =>
    Number(kept(a.need)) - Number(kept(b.need)) || (b.need?.priority ?? 0) - (a.need?.priority ?? 0) || (position.get(b) ?? 0) - (position.get(a) ?? 0);
  const ffabs = main.filter((d) => d.kind === 'ffab');
  const topNeed = ffabs[0]?.need ?? main.find((d) => d.kind === 'need')?.need;
  const seen = new Set<unknown>();
  const firstCards = new Set(ffabs.filter((d) => !seen.has(d.need) && seen.add(d.need)));
  const cases = main.filter((d) => d.kind === 'case');
  const needSlides = main.filter((d) => d.kind === 'need' && d.need !== topNeed).sort(leavingFirst);
  const later = ['value', 'overview', 'situation', 'pricing', 'assurance'] as const;
  return {
    extras: [...ffabs.filter((d) => !firstCards.has(d)).sort(leavingFirst), ...cases.slice(1).toReversed()],
    rest: [
      ...ffabs.filter((d) => firstCards.has(d) && d.need !== topNeed).sort(leavingFirst),
      ...main.filter((d) => d.kind === 'implementation'),
      ...needSlides.filter((d) => !kept(d.need)),
      ...cases.slice(0, 1),
      ...main.filter((d) => d.kind === 'comparison'),
      ...needSlides.filter((d) => kept(d.need)),
      ...later.flatMap((kind) => main.filter((d) => d.kind === kind)),
    ],
  };
}

/**
 * Meetings under 20 minutes. What leaves the main line first when time is short: FFAB slides of the lowest-priority needs —
 * each need's extra cards before any need loses its only card, and never the top need's first
 * card — then cases after the first, then implementation detail; then, to keep even a very short
 * meeting on time, the slides around the top need.
 */
function overflowOrder(main: readonly TimedDraft[]): TimedDraft[] {
  const ffabs = main.filter((d) => d.kind === 'ffab');
  const protectedCard = ffabs[0];
  const position = new Map(main.map((d, i) => [d, i]));
  const byLowestPriority = (a: TimedDraft, b: TimedDraft): number =>
    (b.need?.priority ?? 0) - (a.need?.priority ?? 0) || (position.get(b) ?? 0) - (position.get(a) ?? 0);
  const cases = main.filter((d) => d.kind === 'case').slice(1);
  const otherNeeds = main.filter((d) => d.kind === 'need' && d.need !== protectedCard?.need);
  const later = ['comparison', 'value', 'overview', 'situation', 'pricing', 'assurance'] as const;
  const seenNeeds = new Set<unknown>();
  const firstCards = new Set(ffabs.filter((d) => !seenNeeds.has(d.need) && seenNeeds.add(d.need)));
  return [
    ...ffabs.filter((d) => !firstCards.has(d)).sort(byLowestPriority),
    ...ffabs.filter((d) => firstCards.has(d) && d !== protectedCard).sort(byLowestPriority),
    ...cases.toReversed(),
    ...main.filter((d) => d.kind === 'implementation'),
    ...otherNeeds.sort(byLowestPriority),
    ...main.filter((d) => d.kind === 'case'),
    ...later.flatMap((kind) => main.filter((d) => d.kind === kind)),
  ];
}
