// Point 3 of the coaching: a contingency sits in the notes of the slide where it is likely to
// happen — the slide running at a minute it names or at which the person it names may leave,
// else the slide that shares most words with its `if` — and its `jump_to` becomes a key:
// Shift+N jumps to contingency N's target without showing anything to the audience.
import type { Person } from '../../types.js';
import type { SlideKind } from '../slidePlan.js';
import { type CoachingInput, type CoachedSlide, noPlacements, type Placements, slideAtMinute } from './model.js';
import { snippetsOf } from './snippets.js';
import { minuteNamed, overlap } from '../words.js';

/** The deck's keys go from Shift+1 to Shift+9. */
export const JUMP_KEYS = 9;

export interface ContingencyPlan {
  if: string;
  /** The contingency's `then`. */
  action: string;
  /** The slide whose notes carry it. */
  index: number;
  /** The slide Shift+key jumps to, when the contingency names a `jump_to`. */
  jumpTo?: number;
  /** N of Shift+N, when there is a jump. */
  key?: number;
}

/** `jump_to` section ids and the kind of slide each one means. */
export const JUMP_SECTIONS: Readonly<Record<string, SlideKind>> = {
  value: 'value', pricing: 'pricing', closing: 'closing', comparison: 'comparison', cases: 'case', implementation: 'implementation',
};

/** A need id wins over a section id of the same name: needs are the user's own names. */
export function jumpTarget(slides: readonly CoachedSlide[], target: string): CoachedSlide | undefined {
  const main = slides.filter((s) => !s.slide.appendix);
  const ofNeed = (list: readonly CoachedSlide[]) => list.find((s) => s.slide.needId === target && s.slide.kind === 'need') ?? list.find((s) => s.slide.needId === target);
  const need = ofNeed(main) ?? ofNeed(slides);
  if (need) return need;
  const kind = JUMP_SECTIONS[target];
  if (!kind) return undefined;
  return main.find((s) => s.slide.kind === kind) ?? slides.find((s) => s.slide.kind === kind);
}

/** `cuedFor`: the slides on which each listener has a cue (their concern answered, their card). */
export function planContingencies({ ctx, slides }: CoachingInput, cuedFor: ReadonlyMap<Person, ReadonlySet<number>>): ContingencyPlan[] {
  const contingencies = ctx.meeting.config.strategy?.contingencies ?? [];
  return contingencies.map((c, i) => {
    const target = c.jump_to === undefined ? undefined : jumpTarget(slides, c.jump_to);
    const key = target && i < JUMP_KEYS ? i + 1 : undefined;
    const at = whereItHappens({ ctx, slides }, c.if, cuedFor);
    return { if: c.if, action: c.then, index: at.slide.index, jumpTo: key ? target?.slide.index : undefined, key };
  });
}

export function contingencyPlacements({ ctx }: CoachingInput, plans: readonly ContingencyPlan[]): Placements {
  const out = noPlacements();
  for (const c of plans) {
    const text = c.key === undefined
      ? ctx.t('ready-contingency', { if: c.if, action: c.action })
      : ctx.t('ready-contingency-jump', { if: c.if, action: c.action, key: c.key, index: c.jumpTo ?? '' });
    out.notes.push({ index: c.index, part: 'ready', text });
  }
  return out;
}

/** Slides that set the scene or wrap up: they mention everything and are where nothing happens.
 * (The closing's objection answers would match any talk of effort or money.) */
const SCENE_SETTING: readonly SlideKind[] = ['title', 'opening', 'agenda', 'situation', 'overview', 'closing', 'qna'];

function whereItHappens({ ctx, slides }: CoachingInput, text: string, cuedFor: ReadonlyMap<Person, ReadonlySet<number>>): CoachedSlide {
  const main = slides.filter((s) => !s.slide.appendix);
  // Nothing points anywhere: it is read before the meeting starts, on the welcome.
  const fallback = main.find((s) => s.slide.kind === 'opening') ?? (main[0] as CoachedSlide);
  const minute = leavingMinute(ctx.people, text);
  if (minute !== undefined) return slideAtMinute(slides, minute) ?? fallback;
  // Someone leaving at a time nobody knows: the presenter reads it before the meeting starts.
  if (LEAVING.test(text)) return fallback;
  // "If Tom challenges …": it more likely happens on a slide that speaks to Tom.
  const named = ctx.people.find((p) => namesOf(p).some((n) => text.includes(n)));
  let best: CoachedSlide | undefined;
  let bestScore = 0;
  for (const entry of main) {
    if (SCENE_SETTING.includes(entry.slide.kind)) continue;
    // Every mention counts, so the slide that keeps talking about the topic wins a tie.
    const mentions = [entry.slide.title, ...snippetsOf(entry, ctx.meeting).map((s) => s.text)].reduce((sum, t) => sum + overlap(text, t), 0);
    const score = mentions === 0 ? 0 : mentions + (named && cuedFor.get(named)?.has(entry.slide.index) ? 1 : 0);
    if (score > bestScore) {
      best = entry;
      bestScore = score;
    }
  }
  if (best) return best;
  // A question no slide answers comes up when questions are invited, not during the welcome.
  if (ASKED.test(text)) return main.find((s) => s.slide.kind === 'qna') ?? fallback;
  return fallback;
}

/** A contingency about being asked something: "asked whether…", "被问到…". */
const ASKED = /\b(ask|asks|asked|question\w*)\b|问到|被问|问起|追问|提问/i;
const LEAVING = /\b(leav\w*|left|go(es)? early|only (stay|attend)\w*|only has)\b|离开|离场|先走|提前走|要走|只能参加|只能待/i;

/**
 * "If the GM leaves", "王总临时只能参加 20 分钟": a contingency about someone leaving happens at the
 * minute it names, or else at the minute that person (or the earliest leaver) may leave.
 */
function leavingMinute(people: readonly Person[], text: string): number | undefined {
  const named = people.find((p) => namesOf(p).some((n) => text.includes(n)));
  const leaving = LEAVING.test(text);
  if (!named && !leaving) return undefined;
  const minute = minuteNamed(text);
  if (minute !== undefined) return minute;
  const leavers = people.filter((p) => p.leaves_after !== undefined);
  if (named?.leaves_after !== undefined) return named.leaves_after;
  return leaving && leavers.length > 0 ? Math.min(...leavers.map((p) => p.leaves_after ?? Infinity)) : undefined;
}

/** How a note may name a person: the full name, the first name, 王总 / 陈经理 for 王建国 / 陈洁,
 * or a Chinese job title without its last character (仓管 for 仓管员, 财务 for 财务经理). */
export function namesOf(person: Person): string[] {
  const names = [person.name];
  if (person.title && /^[\u4e00-\u9fff]{3,}$/.test(person.title)) names.push(person.title.slice(0, 2));
  const first = person.name.split(/\s+/)[0];
  if (first && first !== person.name && first.length > 2) names.push(first);
  if (/^[\u4e00-\u9fff]{2,4}$/.test(person.name)) names.push(...['总', '经理', '工', '主任'].map((suffix) => `${person.name[0]}${suffix}`));
  return names;
}
