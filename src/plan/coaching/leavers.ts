// Point 4 of the coaching: someone who leaves early must have heard the value case by then. The
// order is fixed before timing (planDeck moves the value case forward); here each early leaver
// gets a reminder on the slide running at their minute, and a verdict for the readiness check.
import type { CoachingInput, Placements } from './model.js';
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
}

export function earlyLeavers({ slides, ctx }: CoachingInput, contingencies: readonly ContingencyPlan[]): EarlyLeaver[] {
  const value = slides.find((s) => s.slide.kind === 'value' && s.startsAt !== undefined);
  const key = value ? contingencies.find((c) => c.jumpTo === value.slide.index && c.key !== undefined)?.key : undefined;
  return ctx.people.flatMap((p) => {
    if (p.leaves_after === undefined) return [];
    const startsAt = value?.startsAt;
    return [{ name: p.name, minute: p.leaves_after, valueIndex: value?.slide.index, valueStartsAt: startsAt, heard: startsAt !== undefined && startsAt < p.leaves_after, key }];
  });
}

export function leaverPlacements({ ctx, slides }: CoachingInput, leavers: readonly EarlyLeaver[]): Placements {
  const out = noPlacements();
  for (const leaver of leavers) {
    const at = slideAtMinute(slides, leaver.minute);
    if (!at) continue;
    const vars = { name: leaver.name, minute: leaver.minute, index: leaver.valueIndex ?? '', key: leaver.key ?? '' };
    const key = leaver.heard ? 'say-leaver-heard' : leaver.valueIndex === undefined ? 'say-leaver-no-value' : leaver.key === undefined ? 'say-leaver-go' : 'say-leaver-jump';
    out.notes.push({ index: at.slide.index, part: 'say', text: ctx.t(key, vars) });
  }
  return out;
}
