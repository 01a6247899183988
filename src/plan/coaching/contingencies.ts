// Point 3 of the coaching: a contingency sits in the notes of the slide where it is likely to
// happen — one about someone leaving early on the agenda, where the timing is confirmed before
// the meeting starts, else the slide of the card or need it names, else where the person it names has their concerns
// answered, else the welcome (read before the meeting) — and its `jump_to` becomes a key:
// Shift+N jumps to contingency N's target without showing anything to the audience.
import type { Person, ResolvedMeeting } from '../../types.js';
import { namesOf } from '../audience.js';
import type { SlideKind } from '../slidePlan.js';
import { type CoachingInput, type CoachedSlide, noPlacements, type Placements } from './model.js';
import { minuteNamed } from '../words.js';
import { slideFor } from '../links/placeLinks.js';
import { namedTarget } from '../links/structure.js';

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
  /** Ids of the cards whose click path it needs: its `show`, and the card its `jump_to` names. */
  cards: string[];
}

/** `jump_to` section ids and the kind of slide each one means. */
export const JUMP_SECTIONS: Readonly<Record<string, SlideKind>> = {
  value: 'value', pricing: 'pricing', closing: 'closing', comparison: 'comparison', cases: 'case', implementation: 'implementation',
};

/** A need id wins over a card id and a section id of the same name: needs are the user's own names.
 * A card in the appendix is jumped to there (and back). */
export function jumpTarget(slides: readonly CoachedSlide[], target: string): CoachedSlide | undefined {
  const main = slides.filter((s) => !s.slide.appendix);
  const ofNeed = (list: readonly CoachedSlide[]) => list.find((s) => s.slide.needId === target && s.slide.kind === 'need') ?? list.find((s) => s.slide.needId === target);
  const need = ofNeed(main) ?? ofNeed(slides);
  if (need) return need;
  const card = slideFor(slides, { kind: 'card', cardId: target });
  if (card) return card;
  const kind = JUMP_SECTIONS[target];
  if (!kind) return undefined;
  return main.find((s) => s.slide.kind === kind) ?? slides.find((s) => s.slide.kind === kind);
}

/** `cuedFor`: the slides on which each listener has their concerns answered. */
export function planContingencies({ ctx, slides }: CoachingInput, cuedFor: ReadonlyMap<Person, ReadonlySet<number>>): ContingencyPlan[] {
  const contingencies = ctx.meeting.config.strategy?.contingencies ?? [];
  return contingencies.map((c, i) => {
    const target = c.jump_to === undefined ? undefined : jumpTarget(slides, c.jump_to);
    const key = target && i < JUMP_KEYS ? i + 1 : undefined;
    const found = whereItHappens({ ctx, slides }, c.if, cuedFor);
    // A jump read on the slide it jumps to comes too late: the presenter reads it before the meeting.
    const at = target && found === target ? welcome(slides) : found;
    return { if: c.if, action: c.then, index: at.slide.index, jumpTo: key ? target?.slide.index : undefined, key, cards: cardsShown(ctx.meeting, c) };
  });
}

/** The cards a contingency shows: those it names in `show`, then the card it jumps to (a need id wins over a card id). */
function cardsShown(meeting: ResolvedMeeting, c: { jump_to?: string; show?: string[] }): string[] {
  const jumpsToCard = c.jump_to !== undefined && !meeting.needs.some((n) => n.id === c.jump_to) && meeting.needs.some((n) => n.features.some((f) => f.id === c.jump_to));
  return [...new Set([...(c.show ?? []), ...(jumpsToCard && c.jump_to !== undefined ? [c.jump_to] : [])])];
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

/** Slides that set the scene or wrap up: where nothing a contingency names happens. */
const SCENE_SETTING: readonly SlideKind[] = ['title', 'opening', 'agenda', 'situation', 'overview', 'closing', 'qna'];

function whereItHappens({ ctx, slides }: CoachingInput, text: string, cuedFor: ReadonlyMap<Person, ReadonlySet<number>>): CoachedSlide {
  const main = slides.filter((s) => !s.slide.appendix);
  // Nothing points anywhere: it is read before the meeting starts, on the welcome.
  const fallback = welcome(slides);
  // Someone leaving early is planned for at the timing check on the agenda, before the meeting
  // starts (issue 18): read at the minute they stand up, the plan comes too late.
  if (leavingMinute(ctx.people, text) !== undefined || LEAVING.test(text)) return main.find((s) => s.slide.kind === 'agenda') ?? fallback;
  // A contingency that names a card or a need of this deck happens where that is shown.
  const named = namedTarget(ctx.meeting, text);
  const shown = named ? slideFor(slides, named) : undefined;
  if (shown && !shown.slide.appendix) return shown;
  // A rival named ("asks for an Atlas feature") comes up where the choice between vendors is made.
  const comparison = main.find((s) => s.slide.kind === 'comparison');
  if (comparison && ctx.meeting.config.competitors.some((c) => namesRival(text, c.name))) return comparison;
  // "If Tom challenges …": it more likely happens where Tom's own concerns are answered.
  const person = ctx.people.find((p) => namesOf(p).some((n) => text.includes(n)));
  const theirs = person ? main.find((s) => !SCENE_SETTING.includes(s.slide.kind) && cuedFor.get(person)?.has(s.slide.index)) : undefined;
  if (theirs) return theirs;
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

/** A rival is named by its full name or its first word ("Atlas" of "Atlas Enterprise Suite", "鼎峰" of "鼎峰 ERP"). */
function namesRival(text: string, name: string): boolean {
  const first = name.split(/\s+/)[0] ?? name;
  // The plain search first: a regular expression with Unicode classes costs a cold build far more.
  return text.includes(name) || (first.length >= 2 && text.includes(first) && new RegExp(`(^|[^\\p{L}])${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text));
}

/** The welcome (or the first slide): where what cannot be tied to a moment is read before the meeting starts. */
function welcome(slides: readonly CoachedSlide[]): CoachedSlide {
  const main = slides.filter((s) => !s.slide.appendix);
  return main.find((s) => s.slide.kind === 'opening') ?? (main[0] as CoachedSlide);
}
