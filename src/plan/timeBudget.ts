// Rule 9 of docs/tailoring.md: the main line fits the meeting. Q&A keeps a reserve of at least
// 10% and the opening takes at most 10%; what does not fit moves to the appendix in a fixed order,
// each move a `time-overflow` warning.
import type { PlanContext, SlideDraft } from './context.js';
import { NOMINAL_TENTHS, shareTenths } from './minutes.js';
import type { SlideKind } from './slidePlan.js';

const OPENING_KINDS: readonly SlideKind[] = ['title', 'opening', 'agenda'];
/** A short meeting may stretch slide times by at most this much; the rest goes to questions. */
const MAX_STRETCH = 1.5;

export interface TimedDraft extends SlideDraft {
  tenths: number;
}

export function fitToTime(ctx: PlanContext, drafts: readonly SlideDraft[], duration: number): TimedDraft[] {
  const total = duration * 10;
  const reserve = Math.ceil(total * 0.1);
  const openingCap = Math.floor(total * 0.1);
  const timed = drafts.map((d) => ({ ...d, appendix: d.appendix ?? false, tenths: 0 }));
  const nominal = (d: SlideDraft): number => d.minutes !== undefined ? d.minutes * 10 : NOMINAL_TENTHS[d.kind];
  const main = (): TimedDraft[] => timed.filter((d) => !d.appendix);
  const isOpening = (d: SlideDraft): boolean => OPENING_KINDS.includes(d.kind);

  const openingNominal = main().filter(isOpening).reduce((sum, d) => sum + nominal(d), 0);
  const openingTenths = Math.min(openingNominal, openingCap);
  const budget = total - reserve - openingTenths;
  const content = (): TimedDraft[] => main().filter((d) => !isOpening(d) && d.kind !== 'qna');
  const contentNominal = (): number => content().reduce((sum, d) => sum + nominal(d), 0);

  // Kept as a running sum: a meeting with hundreds of needs moves hundreds of slides.
  let contentSum = contentNominal();
  for (const slide of overflowOrder(main())) {
    if (contentSum <= budget) break;
    if (slide.appendix) continue;
    contentSum -= nominal(slide);
    slide.appendix = true;
    if (slide.kind === 'ffab') {
      slide.kind = 'backup';
      slide.audienceKind = 'ffab';
      slide.reason = ctx.t('reason-ffab-backup', { need: slide.need?.title ?? '' });
    }
    slide.section = 'appendix';
    ctx.warnings.push({ code: 'time-overflow', message: ctx.t('warn-time-overflow', { title: slide.title, minutes: duration }) });
  }
  if (contentSum > budget) ctx.warnings.push({ code: 'time-tight', message: ctx.t('warn-time-tight', { minutes: duration }) });

  const opening = main().filter(isOpening);
  shareTenths(opening.map(nominal), openingTenths).forEach((t, i) => ((opening[i] as TimedDraft).tenths = t));
  const rest = content();
  const target = Math.min(budget, Math.floor(contentSum * MAX_STRETCH));
  shareTenths(rest.map(nominal), target).forEach((t, i) => ((rest[i] as TimedDraft).tenths = t));
  const used = main().reduce((sum, d) => sum + d.tenths, 0);
  const qna = main().filter((d) => d.kind === 'qna');
  shareTenths(qna.map(() => 1), total - used).forEach((t, i) => ((qna[i] as TimedDraft).tenths = t));
  // More than 40% left for questions means the meeting is longer than what there is to show.
  if (total - used > total * 0.4) ctx.warnings.push({ code: 'time-slack', message: ctx.t('warn-time-slack', { minutes: (total - used) / 10, duration }) });
  return timed;
}

/**
 * What leaves the main line first when time is short: FFAB slides of the lowest-priority needs —
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
