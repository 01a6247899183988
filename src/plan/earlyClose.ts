// Issue 18, point 1: a decision maker or an executive who may leave early hears, before that
// minute, what they came to decide on — the case, the value case, the focus need shown live, the
// price and the ask in the words of the call to action — as a short close of their own; the meeting
// then goes on for those who stay, and the final closing repeats the ask. The price and the ask are
// always in it; the value case, the focus need, the case and the focus need's other cards join in
// that order while the close still ends in time. What cannot fit is named in readiness, never
// silently dropped. Anyone else who leaves early still hears the value case first.
import type { Person } from '../types.js';
import { onTheClock } from './clock.js';
import type { PlanContext, SlideDraft } from './context.js';
import { fitToTime, type TimedDraft } from './timeBudget.js';

export type ClosePart = 'case' | 'value' | 'focus' | 'focus-more' | 'pricing' | 'ask';

/** What the early leaver's close holds, and what it had to leave out to end before they go. */
export interface EarlyClose {
  person: Person;
  minute: number;
  shown: ClosePart[];
  missed: ClosePart[];
  /** The close (the ask) ends by the minute they may leave. */
  fits: boolean;
}

/** Minutes the close ends before they may leave: a question or a late start must not push the ask out. */
const CLOSE_MARGIN = 1;

/** What goes into the close beside the price and the ask, most telling first, while it still fits. */
const ADD_ORDER: readonly ClosePart[] = ['value', 'focus', 'case', 'focus-more'];

const inOrder = (timed: TimedDraft[]): TimedDraft[] => [...timed.filter((d) => !d.appendix), ...timed.filter((d) => d.appendix)];

/** The earliest-leaving decision maker or executive, if any. */
export function earlyDecider(people: readonly Person[]): Person | undefined {
  return people
    .filter((p) => p.leaves_after !== undefined && (p.decision === 'decision-maker' || p.role === 'executive'))
    .sort((a, b) => (a.leaves_after ?? 0) - (b.leaves_after ?? 0))[0];
}

export function timedForLeavers(ctx: PlanContext, drafts: SlideDraft[]): TimedDraft[] {
  const decider = earlyDecider(ctx.people);
  return decider ? withEarlyClose(ctx, drafts, decider) : valueBeforeLeavers(ctx, drafts);
}

function withEarlyClose(ctx: PlanContext, drafts: readonly SlideDraft[], person: Person): TimedDraft[] {
  const minute = person.leaves_after ?? 0;
  const { t } = ctx;
  const main = drafts.filter((d) => !d.appendix);
  const appendix = drafts.filter((d) => d.appendix);
  const overview = main.findIndex((d) => d.kind === 'overview');
  const head = main.slice(0, overview >= 0 ? overview + 1 : main.findIndex((d) => d.kind === 'agenda') + 1);
  const focusNeed = ctx.meeting.needs.find((n) => n.focus) ?? main.find((d) => d.kind === 'need')?.need;
  const finalClosing = main.find((d) => d.kind === 'closing');
  const ask: SlideDraft | undefined = finalClosing && {
    ...finalClosing,
    // The final closing asks again under its own title; this one is the proposal made to the leaver.
    title: t('closing-early-title'),
    say: [t('say-closing-early', { name: person.name, minute })],
    ready: [],
    closesFor: person.name,
  };
  if (!ask || !finalClosing) return valueBeforeLeavers(ctx, [...drafts]);
  const repeat: SlideDraft = { ...finalClosing, say: [...finalClosing.say, t('say-closing-repeat', { name: person.name })] };
  const focus = main.filter((d) => d.need === focusNeed && (d.kind === 'need' || d.kind === 'ffab'));
  const focusCore = [...focus.filter((d) => d.kind === 'need'), ...focus.filter((d) => d.kind === 'ffab').slice(0, 1)];
  // In the order they are shown; the price and the ask are always there.
  const parts: { part: ClosePart; slides: SlideDraft[] }[] = [
    { part: 'case' as const, slides: main.filter((d) => d.kind === 'case').slice(0, 1) },
    { part: 'value' as const, slides: ctx.value ? main.filter((d) => d.kind === 'value') : [] },
    { part: 'focus' as const, slides: focusCore },
    { part: 'focus-more' as const, slides: focus.filter((d) => !focusCore.includes(d)) },
    { part: 'pricing' as const, slides: main.filter((d) => d.kind === 'pricing') },
    { part: 'ask' as const, slides: [ask] },
  ].filter((p) => p.slides.length > 0);
  const warningsBefore = ctx.warnings.length;
  const attempt = (included: readonly ClosePart[]): { timed: TimedDraft[]; fits: boolean } => {
    const block = parts.filter((p) => included.includes(p.part)).flatMap((p) => p.slides);
    const inBlock = new Set(block);
    const rest = main.filter((d) => !inBlock.has(d) && !head.includes(d)).map((d) => (d === finalClosing ? repeat : d));
    // Nothing of the leaver's close may leave the main line for time.
    const order = [...head, ...block.map((d) => ({ ...d, keep: true })), ...rest, ...appendix];
    ctx.warnings.length = warningsBefore;
    const timed = inOrder(fitToTime(ctx, order, ctx.meeting.config.deck.duration));
    onTheClock(timed.filter((d) => !d.appendix));
    return { timed, fits: endOfClose(timed) <= minute - CLOSE_MARGIN };
  };
  // The price and the ask first; then each other part, most telling first, as long as the close still ends in time.
  let included: ClosePart[] = parts.filter((p) => p.part === 'pricing' || p.part === 'ask').map((p) => p.part);
  let best = attempt(included);
  for (const part of ADD_ORDER) {
    if (!best.fits || !parts.some((p) => p.part === part)) continue;
    // The focus need's other cards follow its problem slide and first card, never stand in for them.
    if (part === 'focus-more' && !included.includes('focus')) continue;
    const tried = attempt([...included, part]);
    if (tried.fits) {
      included = [...included, part];
      best = tried;
    }
  }
  // Time the chosen close once more: a failed try after it left its own warnings.
  best = attempt(included);
  const missed = parts.map((p) => p.part).filter((part) => !included.includes(part) && part !== 'focus-more');
  // In the order they are shown.
  ctx.earlyClose = { person, minute, shown: parts.map((p) => p.part).filter((part) => included.includes(part)), missed, fits: best.fits };
  // The reason says what their close really holds, never a part it had to leave out.
  const shown = parts.map((p) => p.part).filter((part) => included.includes(part) && part !== 'ask' && part !== 'focus-more');
  const closing = best.timed.find((d) => d.closesFor === person.name);
  if (closing) closing.reason = t('reason-closing-early', { name: person.name, minute, parts: shown.map((part) => t(`close-part-${part}`)).join(t('list-separator')) });
  return best.timed;
}

/** The minute the leaver's close ends. */
function endOfClose(timed: readonly TimedDraft[]): number {
  let tenths = 0;
  for (const d of timed) {
    if (d.appendix) continue;
    tenths += d.tenths;
    if (d.closesFor !== undefined) return tenths / 10;
  }
  return Infinity;
}

/**
 * Someone else who leaves early must hear the value case: when it would start at or after the
 * earliest leaver's minute, it moves forward to right after the solution overview (the earliest
 * place the method allows) and the deck is timed again.
 */
function valueBeforeLeavers(ctx: PlanContext, drafts: SlideDraft[]): TimedDraft[] {
  const duration = ctx.meeting.config.deck.duration;
  const warningsBefore = ctx.warnings.length;
  const first = inOrder(fitToTime(ctx, drafts, duration));
  const leaving = ctx.people.flatMap((p) => (p.leaves_after === undefined ? [] : [p.leaves_after]));
  if (leaving.length === 0) return first;
  const minute = Math.min(...leaving);
  const valueAt = (timed: readonly TimedDraft[]): number | undefined => {
    let tenths = 0;
    for (const d of timed) {
      if (d.appendix) continue;
      if (d.kind === 'value') return tenths / 10;
      tenths += d.tenths;
    }
    return undefined;
  };
  const starts = valueAt(first);
  const value = drafts.find((d) => d.kind === 'value');
  const overview = drafts.findIndex((d) => d.kind === 'overview');
  if (!value || value.appendix || overview < 0 || (starts !== undefined && starts < minute)) return first;
  if (drafts.indexOf(value) === overview + 1) return first;
  const moved = drafts.filter((d) => d !== value);
  moved.splice(moved.indexOf(drafts[overview] as SlideDraft) + 1, 0, value);
  ctx.warnings.length = warningsBefore;
  return inOrder(fitToTime(ctx, moved, duration));
}

