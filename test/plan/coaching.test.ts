// Issue 12, points 1–4: config → plan → notes, read through the one notes view, without templates.
import { describe, expect, it } from 'vitest';
import { loadAndPlan } from '../../src/buildDeck.js';
import { toPlanJson, type PlannedSlide, type SlidePlan } from '../../src/plan/slidePlan.js';
import { notesLines, repeatedShare, sentences } from './coachingHelpers.js';
import { baseConfig, mainLine, planOf } from './tailoringHelpers.js';

const northwind = loadAndPlan('decks/northwind-cfo.yaml');
const huadong = loadAndPlan('decks/huadong.yaml');

const slideOf = (plan: SlidePlan, index: number | null | undefined): PlannedSlide | undefined => plan.slides.find((s) => s.index === index);
const titled = (plan: SlidePlan, title: string): PlannedSlide => {
  const slide = plan.slides.find((s) => s.title === title);
  if (!slide) throw new Error(`no slide “${title}”`);
  return slide;
};
const cue = (slide: PlannedSlide | undefined, name: string): string => slide?.notes.audience.find((a) => a.name === name)?.stress ?? '';
/** The minute of the meeting at which a main-line slide starts. */
const startOf = (plan: SlidePlan, slide: PlannedSlide): number =>
  mainLine(plan).slice(0, mainLine(plan).indexOf(slide)).reduce((sum, s) => sum + s.minutes, 0);

describe('point 1 — notes that belong to their slide', () => {
  it('counts sentences the same way in both languages', () => {
    expect(sentences('Show it live: 1. Open the ledger. 2. Post the voucher. Then stop.')).toEqual(['Show it live: 1. Open the ledger.', '2. Post the voucher.', 'Then stop.']);
    expect(sentences('现场演示：1. 打开账簿。2. 过账。然后停下来。')).toEqual(['现场演示：1. 打开账簿。', '2. 过账。', '然后停下来。']);
    expect(sentences('A margin of 1.5 points; then stop.')).toEqual(['A margin of 1.5 points; then stop.']);
  });

  for (const [name, { plan, meeting }] of [['northwind-cfo (en)', northwind], ['huadong (zh-CN)', huadong]] as const) {
    it(`${name}: at most 15% of note sentences repeat on more than three slides`, () => {
      const { share, repeated } = repeatedShare(notesLines(plan, meeting));
      expect(share, repeated.join(' | ')).toBeLessThanOrEqual(0.15);
    });
  }

  it('reads each role profile once, on the agenda, and nowhere else in the notes', () => {
    for (const { plan } of [northwind, huadong]) {
      const agenda = plan.slides.find((s) => s.kind === 'agenda');
      const profiles = agenda?.notes.audience.map((a) => a.stress) ?? [];
      expect(agenda?.notes.audience.map((a) => a.name)).toEqual(plan.slides[0]?.for);
      for (const profile of profiles) {
        const elsewhere = plan.slides.filter((s) => s !== agenda && s.notes.audience.some((a) => a.stress.includes(profile.slice(0, 20))));
        expect(elsewhere.map((s) => s.title)).toEqual([]);
      }
    }
  });

  it('quotes each need’s own problem, cost and payoff in its talking points', () => {
    const need = titled(huadong.plan, '应收对账与回款');
    expect(need.notes.say[0]).toBe('先让客户自己讲出问题（预计会讲到：“对不上的差异往往几周后才发现，超出额度的客户照样发货”）。');
    const stock = titled(northwind.plan, 'Stock levels in two warehouses');
    expect(stock.notes.say[1]).toBe('Make the cost of leaving it as it is explicit, in their words: “Lost orders on stock-outs and cash locked in shelves that do not move”.');
  });

  it("cues a listener on a card with what that card changes for their role, not with a profile", () => {
    const stock = titled(northwind.plan, 'Real-time available stock');
    expect(cue(stock, 'Tom Brennan')).toContain('Stocktakes become a check');
    // The stock need is Tom's: the accounts clerk is not read a warehouse benefit because of her role.
    expect(cue(stock, 'Priya Shah')).toBe('');
    const credit = titled(northwind.plan, 'Credit control at order entry');
    expect(cue(credit, 'Priya Shah')).toContain('What this card changes for them: The order screen tells you at once');
    expect(cue(credit, 'Tom Brennan')).toBe('');
    // Slides that matter to nobody in particular name nobody.
    expect(titled(northwind.plan, 'Welcome').notes.audience).toEqual([]);
  });
});

describe('point 2 — every concern answered on the slide that answers it', () => {
  it('places a linked concern on the card it names, and money and a failed project where the structure is sure', () => {
    const where = (person: string, start: string): PlannedSlide | undefined => {
      const match = northwind.plan.concerns.find((c) => c.person === person && c.concern.startsWith(start));
      return slideOf(northwind.plan, match?.slide);
    };
    expect(where('Margaret Lin', 'a payback')?.kind).toBe('value');
    expect(where('Tom Brennan', 'the last software project')?.kind).toBe('assurance');
    expect(where('Tom Brennan', 'a new system will slow down')?.title).toBe('Real-time available stock');
    expect(where('Margaret Lin', 'an audit trail')?.title).toBe('Vouchers from business documents');
  });

  it('sends disruption while going live to the implementation plan, and a concern naming a card to that card', () => {
    const config = baseConfig();
    config.audience[1] = { ...config.audience[1], concerns: ['will the go-live disrupt our shipping?', 'how does Margin by customer handle rebates?'] };
    const plan = planOf(config);
    const at = (start: string) => slideOf(plan, plan.concerns.find((c) => c.concern.startsWith(start))?.slide);
    expect(at('will the go-live')?.kind).toBe('implementation');
    expect(at('how does Margin by customer')?.title).toBe('Margin by customer');
  });

  it('places linked Chinese concerns on their slides with the author\'s answer', () => {
    const slideFor = (start: string) => slideOf(huadong.plan, huadong.plan.concerns.find((c) => c.concern.startsWith(start))?.slide);
    expect(slideFor('要不要另外购买扫码设备')?.title).toBe('实时可用库存');
    expect(cue(slideFor('要不要另外购买扫码设备'), '赵刚')).toContain('通用扫描枪');
    expect(slideFor('总共要投入多少钱')?.kind).toBe('value');
    expect(slideFor('期初数据整理')?.kind).toBe('implementation');
  });

  it("says on the answering slide whose concern it is, in the author's words", () => {
    const stock = titled(northwind.plan, 'Real-time available stock');
    expect(cue(stock, 'Tom Brennan')).toContain('Their concern “a new system will slow down picking and shipping” is answered here: Receipts and issues are scanned where the goods are');
    // The implementation plan does not pretend to answer it.
    expect(cue(northwind.plan.slides.find((s) => s.kind === 'implementation'), 'Tom Brennan')).not.toContain('slow down picking');
  });

  it("shows a resistant listener's concerns on the assurance slide as questions with answers, without the name", () => {
    const assurance = mainLine(northwind.plan).find((s) => s.kind === 'assurance');
    // Only the concern with an answer in words is shown; the failed project is what the whole slide answers.
    expect(assurance?.asked.map((a) => a.q)).toEqual(['A new system will slow down picking and shipping']);
    expect(assurance?.asked[0]?.a).toMatch(/^Receipts and issues are scanned where the goods are/);
    expect(northwind.plan.concerns.find((c) => c.concern.startsWith('the last software project'))?.slide).toBe(assurance?.index);
    expect(JSON.stringify(assurance?.asked)).not.toContain('Tom');
    expect(assurance?.notes.say).toContain('The questions on this slide are Tom Brennan\'s concerns, shown without the name: answer them as if anyone had asked.');
    // Nobody else's concerns are put on screen.
    expect(northwind.plan.slides.filter((s) => s.asked.length > 0)).toEqual([assurance]);
  });

  it('without an assurance slide in the main line, shows the question on the answering slide', () => {
    const config = baseConfig();
    // Ten minutes leave no room for the assurance slide; the top need's card stays.
    (config.deck as Record<string, unknown>).duration = 10;
    config.audience[0] = { ...config.audience[0], concerns: [{ concern: 'nobody sees the margin per customer', answer: 'margin per customer and product, from every invoice', at: 'sales' }] };
    const plan = planOf(config);
    expect(mainLine(plan).map((s) => s.kind)).not.toContain('assurance');
    const shown = plan.slides.filter((s) => s.asked.length > 0);
    const answering = plan.concerns.find((c) => c.person === 'Zhang Min')?.slide;
    expect(answering).not.toBeNull();
    expect(shown.map((s) => s.index)).toEqual([answering]);
    expect(shown[0]?.asked[0]?.q).toBe('Nobody sees the margin per customer');
  });

  it('leaves a concern nothing answers unmatched, with null in plan.json', () => {
    const config = baseConfig();
    config.audience[1] = { ...config.audience[1], concerns: ['parking spaces near the lobby'] };
    const json = toPlanJson(planOf(config)) as { concerns: { person: string; concern: string; slide: number | null }[] };
    expect(json.concerns).toContainEqual({ person: 'Chen Jie', concern: 'parking spaces near the lobby', slide: null, answer: null });
  });

  it('never invents an answer for a concern linked without one: the notes ask the presenter to prepare it', () => {
    const config = baseConfig();
    config.audience[1] = { ...config.audience[1], concerns: [{ concern: 'will good payers be blocked too?', at: 'credit-check' }] };
    const plan = planOf(config);
    const placed = plan.concerns.find((c) => c.person === 'Chen Jie');
    expect(slideOf(plan, placed?.slide)?.title).toBe('Credit check');
    expect(placed?.answer).toBeNull();
    // The card's own benefit is not passed off as the answer.
    expect(cue(slideOf(plan, placed?.slide), 'Chen Jie')).toBe(`Their concern “will good payers be blocked too?” is answered on slide ${placed?.slide}; the meeting file has no answer in words, so decide what you will say.`);
  });

  it('a resistant owner is not asked to describe their own problem, nor to confirm a loss in the room', () => {
    const config = baseConfig();
    config.audience[1] = { ...config.audience[1], stance: 'resistant' };
    config.needs[1] = { ...config.needs[1], owner: 'Chen Jie' };
    config.value = { facts: [{ id: 'stock', label: 'write-offs a year', amount: 90000, source: 'stock ledger', from: 'Chen Jie' }], gains: [{ need: 'stock', point: 'reduce-cost', label: 'Write-offs halved', of: 'stock', change: -0.5 }] };
    const plan = planOf(config);
    const need = plan.slides.find((s) => s.kind === 'need' && s.needId === 'stock');
    expect(need?.notes.say.join(' ')).toContain("Credit what Chen Jie's team does today");
    expect(need?.notes.say.join(' ')).not.toContain('Ask Chen Jie how this works today');
    const value = plan.slides.find((s) => s.kind === 'value');
    expect(value?.notes.say).toContain('Chen Jie gave write-offs a year: confirm it with them before the meeting, not in front of the room.');
  });

  it('never answers a concern by words it shares with an unrelated card or case', () => {
    const config = baseConfig();
    // "limit" and "order" are words of the credit check card; "approval" of its demo; the concern is about something else.
    config.audience[1] = { ...config.audience[1], concerns: ['quotes wait for approval and that slows every order'] };
    const plan = planOf(config);
    expect(plan.concerns.find((c) => c.person === 'Chen Jie')?.slide).toBeNull();
  });

  it('sends a payback question to the value case only when the deck computes one; a cost question without it to the quote', () => {
    const config = baseConfig();
    config.audience[1] = { ...config.audience[1], concerns: ['how fast does it pay back?', 'how much will the licences cost us?', 'our price lists are a mess'] };
    const at = (plan: SlidePlan, start: string) => slideOf(plan, plan.concerns.find((c) => c.concern.startsWith(start))?.slide)?.kind;
    const noValue = planOf(config);
    expect(noValue.value).toBeNull();
    expect(at(noValue, 'how fast')).toBeUndefined();
    expect(at(noValue, 'how much')).toBe('pricing');
    // The customer's own prices are their business, not a question about ours.
    expect(at(noValue, 'our price lists')).toBeUndefined();
    const withValue = planOf({ ...config, value: { facts: [{ id: 'overdue', label: 'overdue receivables', amount: 500000, source: 'ledger' }], gains: [{ need: 'receivables', point: 'improve-turnover', label: 'Overdue down a third', of: 'overdue', change: -0.33, rate: 0.05 }] } });
    expect(at(withValue, 'how fast')).toBe('value');
    delete config.pricing;
    const neither = planOf(config);
    expect(neither.concerns.filter((c) => c.person === 'Chen Jie').map((c) => c.slide)).toEqual([null, null, null]);
    // No note claims a payback the deck does not compute.
    expect(neither.slides.flatMap((s) => [...s.notes.say, ...s.notes.audience.map((a) => a.stress)]).join('\n')).not.toMatch(/how fast it pays back|pays back in/);
  });
});

describe('point 3 — contingencies where they arise, with jump keys', () => {
  const contingency = (plan: SlidePlan, start: string) => plan.contingencies.find((c) => c.if.startsWith(start));

  it('puts each contingency where the person it names has their concern answered, or on the comparison when it names a rival', () => {
    const config = baseConfig();
    config.audience[1] = { ...config.audience[1], concerns: [{ concern: 'margins are invisible', answer: 'margin per customer from every invoice', at: 'sales' }] };
    config.competitors = [{ name: 'Atlas Suite', strengths: ['broad'] }];
    (config.strategy as Record<string, unknown>).contingencies = [
      { if: 'Chen Jie doubts the figures', then: 'open the invoice behind the margin', jump_to: 'value' },
      { if: 'they ask for an Atlas feature we do not have', then: 'say so plainly', jump_to: 'value' },
    ];
    const plan = planOf(config);
    expect(slideOf(plan, contingency(plan, 'Chen Jie doubts')?.slide)?.title).toBe('Sales insight');
    expect(slideOf(plan, contingency(plan, 'they ask for an Atlas')?.slide)?.kind).toBe('comparison');
  });

  it('reads a jump before the meeting when it would sit on the very slide it jumps to', () => {
    // Tom's concern is answered on the stock card, which is also where his contingency jumps: too late to read there.
    const tom = contingency(northwind.plan, 'Tom challenges');
    expect(slideOf(northwind.plan, tom?.jumpTo)?.title).toBe('Real-time available stock');
    expect(slideOf(northwind.plan, tom?.slide)?.title).toBe('Welcome');
    const atlas = contingency(northwind.plan, 'Margaret asks for an Atlas');
    expect(slideOf(northwind.plan, atlas?.jumpTo)?.kind).toBe('comparison');
    expect(titled(northwind.plan, 'Welcome').notes.ready.join('\n')).toContain('If Margaret asks for an Atlas feature we do not have');
  });

  it('puts a question no slide answers on the Q&A slide, not the welcome', () => {
    const scheduling = contingency(huadong.plan, '被问到能否排产到机台');
    expect(slideOf(huadong.plan, scheduling?.slide)?.kind).toBe('qna');
    expect(titled(huadong.plan, '欢迎').notes.ready).toEqual([]);
  });

  it('puts one about someone leaving on the agenda, where the timing is confirmed before the meeting starts', () => {
    const wang = contingency(huadong.plan, '王总临时只能参加 20 分钟');
    expect(slideOf(huadong.plan, wang?.slide)?.kind).toBe('agenda');
  });

  it('resolves `jump_to` to a slide, a need id before a section id, and lists the key in the notes', () => {
    const tom = contingency(northwind.plan, 'Tom challenges');
    // A card id: the jump goes to that card's slide.
    expect(slideOf(northwind.plan, tom?.jumpTo)).toMatchObject({ kind: 'ffab', title: 'Real-time available stock' });
    expect(tom?.key).toBe(1);
    expect(slideOf(northwind.plan, tom?.slide)?.notes.ready.join('\n')).toContain(`(Shift+1 jumps to slide ${tom?.jumpTo})`);
    const value = contingency(northwind.plan, 'the meeting is cut');
    expect(slideOf(northwind.plan, value?.jumpTo)?.kind).toBe('value');
    const config = baseConfig();
    config.needs[0] = { ...config.needs[0], id: 'value' };
    (config.goal as Record<string, unknown>).focus = [];
    (config.strategy as Record<string, unknown>).contingencies = [{ if: 'they ask', then: 'go there', jump_to: 'value' }];
    const plan = planOf(config);
    expect(slideOf(plan, plan.contingencies[0]?.jumpTo)?.kind).toBe('need');
  });

  it('writes plan.json `contingencies` in the contract shape', () => {
    const json = toPlanJson(northwind.plan) as { contingencies: unknown[] };
    expect(json.contingencies).toHaveLength(3);
    for (const c of json.contingencies) expect(Object.keys(c as object)).toEqual(['if', 'then', 'slide', 'jumpTo']);
    expect(json.contingencies[0]).toMatchObject({ if: 'Tom challenges the warehouse workload', jumpTo: titled(northwind.plan, 'Real-time available stock').index });
  });
});

describe('point 4 — early leavers hear the value case first', () => {
  it('gives a decision maker who leaves early a close of their own, a minute before they may go: case, value, price and the ask', () => {
    const wang = huadong.plan.leavers.find((l) => l.name === '王建国');
    expect(wang).toMatchObject({ minute: 20, heard: true });
    const main = mainLine(huadong.plan);
    const close = main.find((s) => s.index === wang?.close?.index) as PlannedSlide;
    expect(close.kind).toBe('closing');
    expect(startOf(huadong.plan, close) + close.minutes).toBeLessThanOrEqual(19);
    // In the order the method shows them, right after the overview, then the ask.
    const before = main.slice(main.findIndex((s) => s.kind === 'overview') + 1, main.indexOf(close) + 1).map((s) => `${s.kind}${s.needId ? `:${s.needId}` : ''}`);
    expect(before).toEqual(['case', 'value', 'pricing', 'closing']);
    // The ask in the call to action's words, in front of them; the final closing repeats it.
    expect(JSON.stringify(close.body)).toContain('两周内在华东汽配启动应收模块试点');
    expect(close.notes.say.join(' ')).toContain('王建国可能在第 20 分钟离场：现在就按页面上的说法请对方确认下一步');
    const final = main.at(-1) as PlannedSlide;
    expect(final.kind).toBe('closing');
    expect(final.notes.say.join(' ')).toContain('向留下的人再提一次下一步');
    // The agenda's notes say it before the meeting starts; no reminder waits at minute 20.
    const agenda = main.find((s) => s.kind === 'agenda');
    expect(agenda?.notes.say.join(' ')).toContain(`开始前确认：王建国可能在第 20 分钟离场；为其安排的收尾（客户案例、价值测算、报价，然后是下一步）在第 ${wang?.close?.from}–${wang?.close?.to} 分钟`);
    // The proposal made to the leaver has a title of its own; its reason names only what their close holds.
    expect(close.title).toBe('我们的建议');
    expect(close.reason).not.toContain('重点需求');
    expect(huadong.plan.slides.flatMap((s) => s.notes.say).some((l) => l.startsWith('大约第 20 分钟王建国可能离场'))).toBe(false);
    // What did not fit (the focus need shown live) is named, never silently dropped.
    expect(wang?.close?.missed).toEqual(['focus']);
  });

  it('names in leaves-before-ask a close that cannot end before the decision maker goes', () => {
    const config = baseConfig();
    (config.audience[0] as Record<string, unknown>).leaves_after = 6;
    const plan = planOf(config);
    // Six minutes: even the price and the ask come too late, and everything else is left out.
    expect(plan.leavers[0]?.close).toMatchObject({ fits: false, missed: expect.arrayContaining(['case', 'focus']) });
    expect(plan.leavers[0]?.close?.to).toBeGreaterThan(6);
  });

  it('keeps the value case after the needs when nobody leaves early', () => {
    const config = baseConfig();
    const plan = planOf(config);
    const main = mainLine(plan);
    const value = main.findIndex((s) => s.kind === 'value');
    const lastNeed = main.map((s) => s.kind).lastIndexOf('need');
    expect(value).toBeGreaterThan(lastNeed);
    expect(plan.leavers).toEqual([]);
  });

  it('when the order cannot bring the value case forward in time for someone who does not decide, names the minute and the key', () => {
    const config = baseConfig();
    (config.audience[1] as Record<string, unknown>).leaves_after = 3;
    (config.strategy as Record<string, unknown>).contingencies = [{ if: 'Chen Jie has to go', then: 'show the value now', jump_to: 'value' }];
    const plan = planOf(config);
    expect(plan.leavers[0]).toMatchObject({ name: 'Chen Jie', minute: 3, heard: false, key: 1, close: null });
    // The reminder waits on the slide running at minute 3, and names the value case's own slide.
    const at = mainLine(plan).filter((s) => s.notes.say.some((l) => l.startsWith('Around minute 3 Chen Jie')));
    expect(at).toHaveLength(1);
    const slide = at[0] as PlannedSlide;
    expect(startOf(plan, slide)).toBeLessThanOrEqual(3);
    expect(startOf(plan, slide) + slide.minutes).toBeGreaterThan(3);
    const value = mainLine(plan).find((s) => s.kind === 'value') as PlannedSlide;
    expect(startOf(plan, value)).toBeGreaterThanOrEqual(3);
    expect(slide.notes.say).toContain(`Around minute 3 Chen Jie may leave before the value case: press Shift+1 to show slide ${value.index} now.`);
  });
});
