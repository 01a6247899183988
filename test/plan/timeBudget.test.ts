// Rule 9 of docs/tailoring.md on its own (src/plan/timeBudget.ts): how the minutes of a meeting
// are shared among the slides, worked out by hand in tenths of a minute from the nominal and floor
// lengths of src/plan/minutes.ts, and the order in which slides leave the main line as the time
// planned for slides gets shorter.
import { describe, expect, it } from 'vitest';
import type { PlanContext, SlideDraft } from '../../src/plan/context.js';
import type { SlideKind } from '../../src/plan/slidePlan.js';
import { bufferMinutes, fitToTime, type TimedDraft } from '../../src/plan/timeBudget.js';
import type { ResolvedNeed } from '../../src/types.js';

const t = (key: string, vars?: Record<string, unknown>): string => (vars ? `${key} ${JSON.stringify(vars)}` : key);

const need = (id: string, priority: number, fields: Partial<ResolvedNeed> = {}): ResolvedNeed =>
  ({ id, title: id, priority, focus: false, features: [], ...fields }) as unknown as ResolvedNeed;

const draft = (kind: SlideKind, title: string, fields: Partial<SlideDraft> = {}): SlideDraft =>
  ({ kind, section: 'body', title, reason: `why ${title}`, body: { kind }, say: [], ...fields }) as unknown as SlideDraft;

const OPENING = [draft('title', 'Title'), draft('opening', 'Opening'), draft('agenda', 'Agenda')];

interface Run { timed: TimedDraft[]; warnings: { code: string; message: string }[] }

function fit(drafts: readonly SlideDraft[], duration: number, { buffer, message }: { buffer?: number; message?: string } = {}): Run {
  const ctx = {
    meeting: { config: { deck: { duration, buffer }, goal: message === undefined ? undefined : { message } } },
    t,
    warnings: [],
  } as unknown as PlanContext;
  const timed = fitToTime(ctx, drafts, duration);
  return { timed, warnings: ctx.warnings };
}

const tenthsOf = ({ timed }: Run): Record<string, number> => Object.fromEntries(timed.filter((d) => !d.appendix).map((d) => [d.title, d.tenths]));
const codes = ({ warnings }: Run): string[] => warnings.map((w) => w.code);
const movedOut = ({ timed }: Run): string[] => timed.filter((d) => d.appendix).map((d) => d.title);

describe('the buffer no slide is planned for', () => {
  it('is the deck’s own buffer, zero included, else a tenth of the meeting rounded up', () => {
    expect(bufferMinutes({ duration: 60, buffer: 0 })).toBe(0);
    expect(bufferMinutes({ duration: 60, buffer: 12 })).toBe(12);
    expect(bufferMinutes({ duration: 60 })).toBe(6);
    expect(bufferMinutes({ duration: 61 })).toBe(7);
    expect(bufferMinutes({ duration: 45 })).toBe(5);
  });
});

describe('sharing the minutes', () => {
  const content = [draft('need', 'Need'), draft('ffab', 'Card'), draft('closing', 'Closing'), draft('qna', 'Q&A')];

  it('with time to spare stretches slides by at most half, gives the rest to questions and warns the meeting is long', () => {
    // 60 minutes less a 6-minute buffer: 540 tenths. The opening takes its nominal 5 + 10 + 15 = 30
    // (under its cap of 54). Content nominal 20 + 35 + 15 = 70, stretched by 1.5 to 105:
    // 30, 52.5, 22.5 — the spare tenth to the earlier half. Questions: 540 − 30 − 105 = 405.
    const run = fit([...OPENING, ...content], 60);
    expect(tenthsOf(run)).toEqual({ Title: 5, Opening: 10, Agenda: 15, Need: 30, Card: 53, Closing: 22, 'Q&A': 405 });
    // 405 of 540 is more than 40% for questions.
    expect(run.warnings).toEqual([{ code: 'time-slack', message: 'warn-time-slack {"minutes":40.5,"duration":60}' }]);
  });

  it('uses the deck’s buffer, and fills the budget when stretching by half would overrun it; no warning then', () => {
    // 20 minutes, buffer 9: 110 tenths; the reserve is 20 (whole minutes, at least a tenth), the
    // opening capped at 11 (5 : 10 : 15 → 1.83, 3.67, 5.5 → 2, 4, 5). Budget 110 − 20 − 11 = 79,
    // under 1.5 × 70 = 105, so the content shares all 79: 22.57, 39.5, 16.93 → 23, 39, 17.
    const run = fit([...OPENING, ...content], 20, { buffer: 9 });
    expect(tenthsOf(run)).toEqual({ Title: 2, Opening: 4, Agenda: 5, Need: 23, Card: 39, Closing: 17, 'Q&A': 20 });
    expect(codes(run)).toEqual([]);
  });

  it('shares what is left for questions among several question slides', () => {
    const run = fit([...OPENING, ...content, draft('qna', 'More questions')], 60);
    expect(tenthsOf(run)).toMatchObject({ 'Q&A': 203, 'More questions': 202 });
  });

  it('from 20 minutes, shrinks slides toward their floors before any leaves: each gives up the same share of what it has above its floor', () => {
    // 30 minutes, no buffer: 300 tenths, reserve 30, opening 30, budget 240. Nominal 72 + 125 +
    // 120 + 96 = 413 does not fit; the floors 12 + 25 + 20 + 10 = 67 do. The 173 tenths above the
    // floors are half of the 346 the slides have above theirs: each keeps half of its own.
    const shrinking = [draft('need', 'Need', { minutes: 7.2 }), draft('ffab', 'Card', { minutes: 12.5 }), draft('case', 'Case', { minutes: 12 }), draft('closing', 'Closing', { minutes: 9.6 }), draft('qna', 'Q&A')];
    const run = fit([...OPENING, ...shrinking], 30, { buffer: 0 });
    expect(tenthsOf(run)).toEqual({ Title: 5, Opening: 10, Agenda: 15, Need: 42, Card: 75, Case: 70, Closing: 53, 'Q&A': 30 });
    expect(run.warnings).toEqual([]);
  });

  it('when even the floors do not fit and nothing may leave, shares the budget in proportion to the floors and says time is tight', () => {
    // 20 minutes, buffer 12: budget 62 (as above) against floors 12 + 25 + 20 + 10 = 67 of slides
    // that must stay: 11.1, 23.1, 18.5, 9.3 → 11, 23, 19, 9.
    const kept = [draft('need', 'Need'), draft('ffab', 'Card'), draft('case', 'Case', { keep: true }), draft('closing', 'Closing'), draft('qna', 'Q&A')];
    const run = fit([...OPENING, ...kept], 20, { buffer: 12 });
    expect(tenthsOf(run)).toEqual({ Title: 1, Opening: 3, Agenda: 4, Need: 11, Card: 23, Case: 19, Closing: 9, 'Q&A': 10 });
    expect(movedOut(run)).toEqual([]);
    expect(run.warnings).toEqual([{ code: 'time-tight', message: 'warn-time-tight {"minutes":20}' }]);
  });

  it('under 20 minutes never shrinks a slide below its nominal length: the slides share the budget in proportion to it', () => {
    // 19 minutes, buffer 11: 80 tenths, reserve 10, opening 8, budget 62 against a nominal 20 + 35 +
    // 30 + 15 = 100 of slides that must stay: 12.4, 21.7, 18.6, 9.3 → 12, 22, 19, 9.
    const kept = [draft('need', 'Need'), draft('ffab', 'Card'), draft('case', 'Case', { keep: true }), draft('closing', 'Closing'), draft('qna', 'Q&A')];
    const run = fit([...OPENING, ...kept], 19, { buffer: 11 });
    expect(tenthsOf(run)).toEqual({ Title: 1, Opening: 3, Agenda: 4, Need: 12, Card: 22, Case: 19, Closing: 9, 'Q&A': 10 });
    expect(codes(run)).toEqual(['time-tight']);
  });

  it('moves nothing when the slides fit to the tenth, and the first slide in line when they are half a minute over', () => {
    // 10 minutes, no buffer: 100 tenths, reserve 10, opening capped at 10: 80 for need 20 + card 35
    // + second card 10 + closing 15 = 80.
    const slides = (extra: number) => [...OPENING, draft('need', 'Need'), draft('ffab', 'Card'), draft('ffab', 'Card 2', { minutes: extra }), draft('closing', 'Closing'), draft('qna', 'Q&A')];
    const exact = fit(slides(1), 10, { buffer: 0 });
    expect([movedOut(exact), exact.warnings]).toEqual([[], []]);
    expect(tenthsOf(exact)).toMatchObject({ Need: 20, Card: 35, 'Card 2': 10, Closing: 15, 'Q&A': 10 });
    const over = fit(slides(1.5), 10, { buffer: 0 });
    expect(movedOut(over)).toEqual(['Card 2']);
  });

  it('from 20 minutes moves nothing while the floors fit to the tenth, and the implementation plan first when they do not', () => {
    // 20 minutes, buffer 3: 170 tenths, reserve 20, opening 17, budget 133 = the floors 12 + 25 +
    // 20 + 15 + 15 + 15 + 12 + 10 of the slides below and a closing of 0.9 minutes.
    const slides = (closing: number) => [
      ...OPENING, draft('need', 'Need'), draft('ffab', 'Card'), draft('case', 'Case'), draft('value', 'Value'), draft('pricing', 'Pricing'),
      draft('comparison', 'Comparison'), draft('implementation', 'Plan'), draft('assurance', 'Assurance'), draft('closing', 'Closing', { minutes: closing }), draft('qna', 'Q&A'),
    ];
    const exact = fit(slides(0.9), 20, { buffer: 3 });
    expect([movedOut(exact), exact.warnings]).toEqual([[], []]);
    expect(tenthsOf(exact)).toMatchObject({ Need: 12, Card: 25, Case: 20, Plan: 12, Closing: 9, 'Q&A': 20 });
    expect(movedOut(fit(slides(1), 20, { buffer: 3 }))).toEqual(['Plan']);
  });

  it('warns the meeting is long only when more than 40% is left for questions', () => {
    // 50 minutes, no buffer: 500 tenths, opening 30, content 180 stretched to 270: questions get
    // 200, exactly 40%. With a closing 0.2 minutes shorter the content is 178 → 267, questions 203.
    const slides = (closing: number) => [
      ...OPENING, draft('need', 'Need'), draft('ffab', 'Card'), draft('case', 'Case'), draft('value', 'Value'), draft('pricing', 'Pricing'),
      draft('comparison', 'Comparison'), draft('closing', 'Closing', { minutes: closing }), draft('qna', 'Q&A'),
    ];
    const even = fit(slides(2), 50, { buffer: 0 });
    expect(tenthsOf(even)['Q&A']).toBe(200);
    expect(even.warnings).toEqual([]);
    expect(fit(slides(1.8), 50, { buffer: 0 }).warnings).toEqual([{ code: 'time-slack', message: 'warn-time-slack {"minutes":20.3,"duration":50}' }]);
  });

  it('leaves the appendix out of the count and untimed', () => {
    const run = fit([...OPENING, ...content, draft('ffab', 'Backup card', { appendix: true })], 60);
    expect(tenthsOf(run)).toMatchObject({ Need: 30, Card: 53, Closing: 22, 'Q&A': 405 });
    expect(run.timed.find((d) => d.title === 'Backup card')).toMatchObject({ appendix: true, tenths: 0 });
  });
});

describe('a need in goal.focus', () => {
  const x = need('x', 1, { focus: true });
  const y = need('y', 2);
  const slides = (focus: ResolvedNeed) => [
    ...OPENING,
    draft('need', 'Need x', { need: focus }), draft('ffab', 'Card x', { need: focus, minutes: 2 }),
    draft('need', 'Need y', { need: y }), draft('ffab', 'Card y', { need: y, minutes: 6 }),
    draft('qna', 'Q&A'),
  ];
  const perNeed = (run: Run) => {
    const m = tenthsOf(run);
    return { x: (m['Need x'] ?? 0) + (m['Card x'] ?? 0), y: (m['Need y'] ?? 0) + (m['Card y'] ?? 0) };
  };

  it('gets more time than any other need, half minutes taken from the other need, more than half a minute ahead', () => {
    // 60 minutes, no buffer: budget 510; nominal 20 + 20 + 20 + 60 = 120, stretched to 180: x has
    // 30 + 30 = 60, y 30 + 90 = 120. Seven half minutes move: x 95, y 85.
    expect(perNeed(fit(slides(need('x', 1)), 60, { buffer: 0 }))).toEqual({ x: 60, y: 120 });
    const run = fit(slides(x), 60, { buffer: 0 });
    expect(perNeed(run)).toEqual({ x: 95, y: 85 });
    expect(tenthsOf(run)['Card y']).toBe(55);
  });

  it('gets more time than the longest other need, wherever that need is in the deck', () => {
    // As above with a short need z (need slide 30, card 30 = 60) shown before y: y (120) is the one
    // to beat, and gives the seven half minutes; z keeps its 60.
    const z = need('z', 3);
    const drafts = slides(x);
    drafts.splice(3, 0, draft('need', 'Need z', { need: z }), draft('ffab', 'Card z', { need: z, minutes: 2 }));
    // 60 minutes, buffer 0 with z's 40 nominal tenths: 160 stretched to 240 — x 60, z 60, y 120.
    const run = fit(drafts, 60, { buffer: 0 });
    const m = tenthsOf(run);
    expect([(m['Need x'] ?? 0) + (m['Card x'] ?? 0), (m['Need z'] ?? 0) + (m['Card z'] ?? 0), (m['Need y'] ?? 0) + (m['Card y'] ?? 0)]).toEqual([95, 60, 85]);
  });

  it('takes nothing from a need whose slides are already at their floors', () => {
    // 20 minutes, buffer 12: budget 62 against floors 12 + 20 + 12 + 25 = 69 (card x runs 2 minutes,
    // under the card floor): 10.8, 18, 10.8, 22.5 → 11, 18, 11, 22 — y stays ahead of x.
    const kept = slides(x).map((d) => ({ ...d, keep: true }));
    const run = fit(kept, 20, { buffer: 12 });
    expect(perNeed(run)).toEqual({ x: 29, y: 33 });
  });
});

/** The titles of the time-overflow warnings, in the order the slides were moved. */
const warnedTitles = ({ warnings }: Run): string[] =>
  warnings.filter((w) => w.code === 'time-overflow').map((w) => (JSON.parse(w.message.slice(w.message.indexOf(' ') + 1)) as { title: string }).title);

/** The titles in the order they leave the main line as the time for slides shrinks minute by minute. */
function leavingOrder(drafts: readonly SlideDraft[], duration: number, message?: string): string[] {
  const order: string[] = [];
  for (let buffer = 0; buffer < duration; buffer++) {
    for (const title of warnedTitles(fit(drafts, duration, { buffer, message }))) if (!order.includes(title)) order.push(title);
  }
  return order;
}

describe('what leaves the main line first', () => {
  const top = need('top', 1);
  const mid = need('mid', 2);
  // mid and low share a priority: of the two, the later in the deck leaves first.
  const low = need('low', 2);
  // The deck in its order: the top need has two cards, mid two, low one; three cases.
  const under20 = [
    ...OPENING,
    draft('situation', 'Situation'), draft('overview', 'Overview'),
    draft('need', 'Need top', { need: top }), draft('ffab', 'Top 1', { need: top }), draft('ffab', 'Top 2', { need: top }),
    draft('need', 'Need mid', { need: mid }), draft('ffab', 'Mid 1', { need: mid }), draft('ffab', 'Mid 2', { need: mid }),
    draft('need', 'Need low', { need: low }), draft('ffab', 'Low 1', { need: low }),
    draft('case', 'Case 1'), draft('case', 'Case 2'), draft('case', 'Case 3'),
    draft('value', 'Value'), draft('comparison', 'Comparison'), draft('implementation', 'Implementation'),
    draft('assurance', 'Assurance'), draft('pricing', 'Pricing'), draft('closing', 'Closing'), draft('qna', 'Q&A'),
  ];

  it('under 20 minutes: extra cards of the lowest priority, other needs’ only cards, later cases, the plan, other needs, then the rest', () => {
    expect(leavingOrder(under20, 19)).toEqual([
      'Mid 2', 'Top 2', 'Low 1', 'Mid 1', 'Case 3', 'Case 2', 'Implementation', 'Need low', 'Need mid', 'Case 1',
      'Comparison', 'Value', 'Overview', 'Situation', 'Pricing', 'Assurance',
    ]);
  });

  it('moves only as many as it takes: in 19 minutes the situation, the price and the reassurance stay', () => {
    // 190 tenths, reserve 20, opening 19: 151 for content of 495 nominal; moving out in order down
    // to the overview leaves 135.
    expect(movedOut(fit(under20, 19, { buffer: 0 })).sort()).toEqual([
      'Mid 2', 'Top 2', 'Low 1', 'Mid 1', 'Case 3', 'Case 2', 'Implementation', 'Need low', 'Need mid', 'Case 1', 'Comparison', 'Value', 'Overview',
    ].sort());
  });

  it('never moves a slide that must stay', () => {
    const pinned = under20.map((d) => (d.title === 'Mid 2' || d.title === 'Value' ? { ...d, keep: true } : d));
    const order = leavingOrder(pinned, 19);
    expect(order).not.toContain('Mid 2');
    expect(order).not.toContain('Value');
    expect(order.slice(0, 2)).toEqual(['Top 2', 'Low 1']);
  });

  it('from 20 minutes: extra cards (unkept needs first), later cases, then other needs’ first cards, the plan, unkept needs, the first case, kept needs, then the rest', () => {
    // `quoting` is kept because the central message names it; `focus` because it is in goal.focus;
    // `side` and `extra` are kept by nothing, `extra` later in the deck at the same priority.
    const main = need('main', 1);
    const side = need('side', 2);
    const extra = need('extra', 2);
    const quoting = need('Quotations', 3);
    const focus = need('focus', 2, { focus: true });
    const from20 = [
      ...OPENING,
      draft('situation', 'Situation'), draft('overview', 'Overview'),
      draft('need', 'Need main', { need: main }), draft('ffab', 'Main 1', { need: main }), draft('ffab', 'Main 2', { need: main }),
      draft('need', 'Need quoting', { need: quoting }), draft('ffab', 'Quoting 1', { need: quoting }), draft('ffab', 'Quoting 2', { need: quoting }),
      draft('need', 'Need side', { need: side }), draft('ffab', 'Side 1', { need: side }), draft('ffab', 'Side 2', { need: side }),
      draft('need', 'Need extra', { need: extra }), draft('ffab', 'Extra 1', { need: extra }),
      draft('need', 'Need focus', { need: focus }), draft('ffab', 'Focus 1', { need: focus }),
      draft('case', 'Case 1'), draft('case', 'Case 2'), draft('case', 'Case 3'),
      draft('value', 'Value'), draft('comparison', 'Comparison'), draft('implementation', 'Implementation'),
      draft('assurance', 'Assurance'), draft('pricing', 'Pricing'), draft('closing', 'Closing'), draft('qna', 'Q&A'),
    ];
    expect(leavingOrder(from20, 60, 'Faster quotations for every rep')).toEqual([
      'Side 2', 'Main 2', 'Quoting 2', 'Case 3', 'Case 2',
      'Extra 1', 'Side 1', 'Quoting 1', 'Focus 1', 'Implementation', 'Need extra', 'Need side', 'Case 1', 'Comparison',
      'Need quoting', 'Need focus', 'Value', 'Overview', 'Situation', 'Pricing', 'Assurance',
    ]);
  });

  it('from 20 minutes keeps the first need’s slide when the deck shows no card', () => {
    const needs = [need('one', 1), need('two', 2), need('three', 3)];
    const talk = [...OPENING, ...needs.map((n) => draft('need', `Need ${n.id}`, { need: n, minutes: 8 })), draft('closing', 'Closing'), draft('qna', 'Q&A')];
    // As the time for slides shrinks the later needs leave, the lowest priority first; the first need never.
    expect(leavingOrder(talk, 20)).toEqual(['Need three', 'Need two']);
  });

  it('turns a card it moves into a backup of its need, says why, and names the slide and the meeting in a warning', () => {
    const run = fit(under20, 19, { buffer: 9 });
    const moved = run.timed.filter((d) => d.appendix);
    expect(moved.length).toBeGreaterThan(1);
    const card = moved.find((d) => d.title === 'Mid 2');
    expect(card).toMatchObject({ kind: 'backup', audienceKind: 'ffab', section: 'appendix', reason: 'reason-ffab-backup {"need":"mid"}' });
    // Any other slide keeps its kind and its reason.
    expect(moved.find((d) => d.title === 'Case 3')).toMatchObject({ kind: 'case', section: 'appendix', reason: 'why Case 3' });
    expect(run.warnings.filter((w) => w.code === 'time-overflow').map((w) => w.message).sort()).toEqual(
      moved.map((d) => `warn-time-overflow {"title":"${d.title}","minutes":19}`).sort(),
    );
  });
});
