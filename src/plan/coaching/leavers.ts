// Point 4 of the coaching: someone who leaves early must have heard the value case by then. The
// order is fixed before timing (planDeck moves the value case forward); here each early leaver
// gets a reminder on the slide running at their minute, and a verdict for the readiness check.
import type { LeaverClose } from '../slidePlan.js';
import type { CoachedSlide, CoachingInput, Placements } from './model.js';
import { noPlacements, slideAtMinute } from './model.js';
import type { ContingencyPlan } from './contingencies.js';

export interface EarlyLeaver {
  name: string;
  /** Minutes after the start when they may leave. */
  minute: number;
  /** The value case's slide and the minute it starts; undefined when the main line has none. */
  valueIndex?: number;
  valueStartsAt?: number;
  /** True when the value case starts before they leave. */
  heard: boolean;
  /** The Shift+N key of a contingency that jumps to the value case. */
  key?: number;
  /** A decision maker's own close before they leave. */
  close?: LeaverClose;
}

export function earlyLeavers({ slides, ctx }: CoachingInput, contingencies: readonly ContingencyPlan[]): EarlyLeaver[] {
  const value = slides.find((s) => s.slide.kind === 'value' && s.startsAt !== undefined);
  const key = value ? contingencies.find((c) => c.jumpTo === value.slide.index && c.key !== undefined)?.key : undefined;
  return ctx.people.flatMap((p) => {
    if (p.leaves_after === undefined) return [];
    const startsAt = value?.startsAt;
    const close = ctx.earlyClose?.person === p ? closeOf(slides, ctx.earlyClose) : undefined;
    return [{ name: p.name, minute: p.leaves_after, valueIndex: value?.slide.index, valueStartsAt: startsAt, heard: startsAt !== undefined && startsAt < p.leaves_after, key, close }];
  });
}

/** Where a decision maker's close sits: from its first slide after the overview to their ask. */
function closeOf(slides: readonly CoachedSlide[], close: NonNullable<CoachingInput['ctx']['earlyClose']>): LeaverClose | undefined {
  const main = slides.filter((s) => s.startsAt !== undefined);
  const askAt = main.findIndex((s) => s.draft.closesFor === close.person.name);
  const ask = main[askAt];
  if (!ask || ask.startsAt === undefined) return undefined;
  // The close starts right after the overview, or after the agenda when there is no overview (as src/plan/earlyClose.ts orders it).
  const overview = main.findIndex((s) => s.slide.kind === 'overview');
  const head = overview >= 0 ? overview : main.findIndex((s) => s.slide.kind === 'agenda');
  const first = main[head >= 0 && head < askAt ? head + 1 : askAt] ?? ask;
  return { index: ask.slide.index, from: first.startsAt ?? 0, to: ask.startsAt + ask.slide.minutes, shown: close.shown, missed: close.missed, fits: close.fits };
}

/** Point 2 of issue 18: the agenda's notes say who may leave and when, and where their close runs. */
export function timingCheckPlacements({ ctx, slides }: CoachingInput, leavers: readonly EarlyLeaver[]): Placements {
  const out = noPlacements();
  const agenda = slides.find((s) => s.slide.kind === 'agenda' && !s.slide.appendix);
  if (!agenda) return out;
  for (const leaver of leavers) {
    const parts = leaver.close?.shown.filter((part) => part !== 'ask' && part !== 'focus-more').map((part) => ctx.t(`close-part-${part}`)).join(ctx.t('list-separator'));
    const text = leaver.close
      ? ctx.t('say-agenda-leaver-close', { name: leaver.name, minute: leaver.minute, parts: parts ?? '', from: leaver.close.from, to: leaver.close.to, index: leaver.close.index })
      : ctx.t('say-agenda-leaver', { name: leaver.name, minute: leaver.minute });
    out.notes.push({ index: agenda.slide.index, part: 'say', text });
  }
  return out;
}

export function leaverPlacements({ ctx, slides }: CoachingInput, leavers: readonly EarlyLeaver[]): Placements {
  const out = noPlacements();
  for (const leaver of leavers) {
    // A decision maker with a close of their own is asked there, not at the minute they stand up.
    if (leaver.close) continue;
    const at = slideAtMinute(slides, leaver.minute);
    if (!at) continue;
    const vars = { name: leaver.name, minute: leaver.minute, index: leaver.valueIndex ?? '', key: leaver.key ?? '' };
    const key = leaver.heard ? 'say-leaver-heard' : leaver.valueIndex === undefined ? 'say-leaver-no-value' : leaver.key === undefined ? 'say-leaver-go' : 'say-leaver-jump';
    out.notes.push({ index: at.slide.index, part: 'say', text: ctx.t(key, vars) });
  }
  return out;
}
