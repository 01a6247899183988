// The early leaver's close and the value case moved forward (src/plan/earlyClose.ts), on a deck
// whose minutes are whole and add up exactly to the time for slides, so every start and end below
// is the minutes of the slides before it added up by hand. The close goes right after the
// overview (minute 5); the price and the ask take 3 + 2 minutes, the value case 4, the focus need
// (its problem/solution slide and first card) 4 + 5, the case 3 and the focus need's other card 3.
import { describe, expect, it } from 'vitest';
import type { PlanContext, SlideDraft } from '../../src/plan/context.js';
import { timedForLeavers } from '../../src/plan/earlyClose.js';
import type { SlideKind } from '../../src/plan/slidePlan.js';
import type { TimedDraft } from '../../src/plan/timeBudget.js';
import type { Person, ResolvedNeed } from '../../src/types.js';

const t = (key: string, vars?: Record<string, unknown>): string => (vars ? `${key} ${JSON.stringify(vars)}` : key);

const needA = { id: 'a', title: 'A', priority: 1, focus: false } as unknown as ResolvedNeed;
const needB = { id: 'b', title: 'B', priority: 2, focus: false } as unknown as ResolvedNeed;

const draft = (kind: SlideKind, title: string, minutes: number | undefined, fields: Partial<SlideDraft> = {}): SlideDraft =>
  ({ kind, section: title, title, reason: `why ${title}`, body: { kind }, say: [`say ${title}`], minutes, ...fields }) as unknown as SlideDraft;

/** Title 0.5, opening 1, agenda 1.5: the opening ends at minute 3, the overview at 5. */
const head = [draft('title', 'Title', undefined), draft('opening', 'Opening', undefined), draft('agenda', 'Agenda', undefined), draft('overview', 'Overview', 2)];
const body = [
  draft('need', 'Need A', 4, { need: needA }), draft('ffab', 'A1', 5, { need: needA }), draft('ffab', 'A2', 3, { need: needA }),
  draft('need', 'Need B', 4, { need: needB }), draft('ffab', 'B1', 5, { need: needB }),
  draft('case', 'Case', 3), draft('value', 'Value', 4), draft('implementation', 'Plan', 5), draft('pricing', 'Pricing', 3),
];
const closing = draft('closing', 'Closing', 2);
const qna = draft('qna', 'Q&A', undefined);

const person = (name: string, fields: Partial<Person>): Person => ({ name, role: 'manager', decision: 'influencer', ...fields }) as Person;

/** 50 minutes, no buffer: 500 tenths, 50 kept for questions, 30 for the opening, 420 for the rest — the 42 minutes of the slides and the leaver's close. */
function timed(people: Person[], drafts: SlideDraft[], { duration = 50, withValue = true } = {}): { timed: TimedDraft[]; ctx: PlanContext } {
  const ctx = {
    meeting: { config: { deck: { duration, buffer: 0 } }, needs: [needA, needB] },
    people,
    value: withValue ? {} : null,
    t,
    warnings: [],
  } as unknown as PlanContext;
  return { timed: timedForLeavers(ctx, drafts), ctx };
}

/** Each main-line slide with the minute it starts. */
const starts = (slides: readonly TimedDraft[]): [string, number][] => {
  let tenths = 0;
  return slides.filter((d) => !d.appendix).map((d) => {
    const at: [string, number] = [d.title, tenths / 10];
    tenths += d.tenths;
    return at;
  });
};

describe('the close of a decision maker who leaves early', () => {
  const deck = [...head, ...body, closing, qna];
  const closeFor = (minute: number, withValue = true) => {
    const run = timed([person('Ann', { decision: 'decision-maker', leaves_after: minute })], deck, { withValue });
    return { ...run.ctx.earlyClose, order: starts(run.timed).map(([title]) => title), run };
  };

  it('always holds the price and the ask, after the overview, even when they end too late', () => {
    // 5 + 3 + 2 = 10, a minute's margin before 10 is not kept.
    expect(closeFor(10)).toMatchObject({ minute: 10, shown: ['pricing', 'ask'], missed: ['case', 'value', 'focus'], fits: false });
    expect(closeFor(11)).toMatchObject({ shown: ['pricing', 'ask'], missed: ['case', 'value', 'focus'], fits: true });
    const { run } = closeFor(11);
    expect(starts(run.timed).slice(3, 7)).toEqual([['Overview', 3], ['Pricing', 5], ['early close', 8], ['Need A', 10]].map(([title, at]) => [title === 'early close' ? 'closing-early-title' : title, at]));
  });

  it('adds the value case first, then the focus need, then the case, then the focus need’s other cards, each while the close still ends a minute early', () => {
    // The case alone (10 + 3 = 13) fits at 14, where the value case (10 + 4 = 14) does not.
    expect(closeFor(14)).toMatchObject({ shown: ['case', 'pricing', 'ask'], missed: ['value', 'focus'], fits: true });
    // The value case from 15; then the case too at 18 (14 + 3 = 17), the focus need from 24 (14 + 9 = 23).
    expect(closeFor(15)).toMatchObject({ shown: ['value', 'pricing', 'ask'], missed: ['case', 'focus'] });
    expect(closeFor(18)).toMatchObject({ shown: ['case', 'value', 'pricing', 'ask'], missed: ['focus'] });
    expect(closeFor(24)).toMatchObject({ shown: ['value', 'focus', 'pricing', 'ask'], missed: ['case'] });
    // 23 + 3 = 26 for the case; the focus need's other card (29) is never named as missed.
    expect(closeFor(27)).toMatchObject({ shown: ['case', 'value', 'focus', 'pricing', 'ask'], missed: [] });
    expect(closeFor(30)).toMatchObject({ shown: ['case', 'value', 'focus', 'focus-more', 'pricing', 'ask'], missed: [], fits: true });
  });

  it('without a value case offers none and names none as missed', () => {
    // At 15 the case (13) fits where the value case would have come first.
    expect(closeFor(15, false)).toMatchObject({ shown: ['case', 'pricing', 'ask'], missed: ['focus'] });
  });

  it('shows the close in the order of its parts, then the rest of the deck, the final closing asking again', () => {
    const { run, order } = closeFor(18);
    expect(order).toEqual(['Title', 'Opening', 'Agenda', 'Overview', 'Case', 'Value', 'Pricing', 'closing-early-title', 'Need A', 'A1', 'A2', 'Need B', 'B1', 'Plan', 'Closing', 'Q&A']);
    expect(starts(run.timed).find(([title]) => title === 'closing-early-title')?.[1]).toBe(15);
    const ask = run.timed.find((d) => d.closesFor === 'Ann');
    expect(ask).toMatchObject({
      title: 'closing-early-title',
      say: ['say-closing-early {"name":"Ann","minute":18}'],
      ready: [],
      reason: 'reason-closing-early {"name":"Ann","minute":18,"parts":"close-part-caselist-separatorclose-part-valuelist-separatorclose-part-pricing"}',
    });
    const last = run.timed.find((d) => d.title === 'Closing');
    expect(last?.say).toEqual(['say Closing', 'say-closing-repeat {"name":"Ann"}']);
    expect(last?.closesFor).toBeUndefined();
  });

  it('names in its reason what the close holds, never the price’s ask or the focus need’s other cards', () => {
    const ask = closeFor(30).run.timed.find((d) => d.closesFor === 'Ann');
    expect(ask?.reason).toBe('reason-closing-early {"name":"Ann","minute":30,"parts":"close-part-caselist-separatorclose-part-valuelist-separatorclose-part-focuslist-separatorclose-part-pricing"}');
  });

  it('takes only the first case into the close; the others stay where they were', () => {
    // A second case of 3 minutes: 54 minutes give 540 − 60 − 30 = 450 tenths for the 45 minutes of slides.
    const twoCases = [...head, ...body.flatMap((d) => (d.title === 'Case' ? [d, draft('case', 'Case 2', 3)] : [d])), closing, qna];
    const run = timed([person('Ann', { decision: 'decision-maker', leaves_after: 30 })], twoCases, { duration: 54 });
    expect(run.ctx.earlyClose?.shown).toEqual(['case', 'value', 'focus', 'focus-more', 'pricing', 'ask']);
    expect(starts(run.timed).map(([title]) => title)).toEqual([
      'Title', 'Opening', 'Agenda', 'Overview', 'Case', 'Value', 'Need A', 'A1', 'A2', 'Pricing', 'closing-early-title', 'Need B', 'B1', 'Case 2', 'Plan', 'Closing', 'Q&A',
    ]);
  });

  it('follows the agenda when the deck has no overview, and leaves the appendix at the end, once', () => {
    const noOverview = [...head.slice(0, 3), draft('backup', 'Backup', undefined, { appendix: true }), ...body, closing, qna];
    // Without the overview's 2 minutes: 48 minutes give the 40 minutes of slides (see below).
    const run = timed([person('Ann', { decision: 'decision-maker', leaves_after: 20 })], noOverview, { duration: 48 });
    expect(run.timed.map((d) => d.title)).toEqual([
      'Title', 'Opening', 'Agenda', 'Case', 'Value', 'Pricing', 'closing-early-title', 'Need A', 'A1', 'A2', 'Need B', 'B1', 'Plan', 'Closing', 'Q&A', 'Backup',
    ]);
    // 3 + 3 + 4 + 3 + 2 = 15 fits before 20 with the case and the value case; the focus need (+9) does
    // not, and so its other card A2 is not shown either, though its 3 minutes would still fit.
    expect(run.ctx.earlyClose).toMatchObject({ shown: ['case', 'value', 'pricing', 'ask'], missed: ['focus'], fits: true });
  });

  it('keeps every slide of the close in the main line', () => {
    const { run } = closeFor(30);
    expect(run.timed.filter((d) => d.appendix)).toEqual([]);
    expect(run.timed.filter((d) => d.keep).map((d) => d.title)).toEqual(['Case', 'Value', 'Need A', 'A1', 'A2', 'Pricing', 'closing-early-title']);
  });

  it('is for the earliest-leaving decision maker; without a closing slide there is no close, and the value case moves forward instead', () => {
    const people = [person('Ann', { decision: 'decision-maker', leaves_after: 40 }), person('Bo', { role: 'executive', leaves_after: 20 })];
    expect(timed(people, deck).ctx.earlyClose).toMatchObject({ person: { name: 'Bo' }, minute: 20 });
    const three = [person('Cy', { decision: 'decision-maker', leaves_after: 40 }), person('Di', { decision: 'decision-maker', leaves_after: 30 }), person('Ed', { role: 'executive', leaves_after: 20 })];
    expect(timed(three, deck).ctx.earlyClose?.person.name).toBe('Ed');
    const noClosing = timed(people, [...head, ...body, qna]);
    expect(noClosing.ctx.earlyClose).toBeUndefined();
    const order = starts(noClosing.timed).map(([title]) => title);
    expect(order.indexOf('Value')).toBe(order.indexOf('Overview') + 1);
  });
});

describe('the value case before anyone else leaves', () => {
  // Without the close, the slides take 40 of 48 minutes' 400 tenths for content: the value case
  // starts at 5 + 4 + 5 + 3 + 4 + 5 + 3 = 29.
  const deck = [...head, ...body, closing, qna];
  const valueStart = (people: Person[], drafts = deck) => starts(timed(people, drafts, { duration: 48 }).timed).find(([title]) => title === 'Value')?.[1];

  it('stays where it is when it starts before the earliest leaver goes, and nobody leaves early', () => {
    expect(valueStart([person('Cy', { leaves_after: 30 })])).toBe(29);
    expect(valueStart([person('Cy', {})])).toBe(29);
  });

  it('moves to right after the overview when it would start at or after the minute someone leaves', () => {
    expect(valueStart([person('Cy', { leaves_after: 29 })])).toBe(5);
    expect(valueStart([person('Cy', { leaves_after: 45 }), person('Di', { leaves_after: 12 })])).toBe(5);
    const order = starts(timed([person('Cy', { leaves_after: 12 })], deck, { duration: 48 }).timed).map(([title]) => title);
    expect(order).toEqual(['Title', 'Opening', 'Agenda', 'Overview', 'Value', 'Need A', 'A1', 'A2', 'Need B', 'B1', 'Case', 'Plan', 'Pricing', 'Closing', 'Q&A']);
  });

  it('stays put without an overview to follow, or when it waits in the appendix', () => {
    const noOverview = deck.filter((d) => d.kind !== 'overview');
    // 48 minutes less the overview's 2: the slides then take 38 minutes of 400 tenths, stretched.
    const order = starts(timed([person('Cy', { leaves_after: 12 })], noOverview, { duration: 48 }).timed).map(([title]) => title);
    expect(order.indexOf('Value')).toBe(order.indexOf('Case') + 1);
    const inAppendix = deck.map((d) => (d.kind === 'value' ? { ...d, appendix: true } : d));
    const result = timed([person('Cy', { leaves_after: 12 })], inAppendix, { duration: 48 }).timed;
    expect(result.at(-1)).toMatchObject({ title: 'Value', appendix: true });
  });

  it('changes nothing in a deck without a value case', () => {
    const noValue = deck.filter((d) => d.kind !== 'value');
    const order = starts(timed([person('Cy', { leaves_after: 3 })], noValue, { duration: 48 }).timed).map(([title]) => title);
    expect(order).toEqual(noValue.map((d) => d.title));
  });

  it('puts the appendix after the main line', () => {
    const withBackup = [...head, draft('backup', 'Backup', undefined, { appendix: true }), ...body, closing, qna];
    const result = timed([], withBackup, { duration: 48 }).timed;
    expect(result.map((d) => d.title).at(-1)).toBe('Backup');
    expect(result.filter((d) => !d.appendix)).toHaveLength(deck.length);
  });
});
