// The run-sheet (issue 22, point 1): right after the title, one block per run of the plan in
// minute order, with what to say, whom to address, the slides and the contingencies; it follows
// the plan, the early leaver's close and the buffer included. Point 4: marked internal at the top.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli.js';

const out = mkdtempSync(join(tmpdir(), 'demodeck-runsheet-'));
const quiet = { out: () => {}, err: () => {}, cwd: process.cwd() };
const DECKS = {
  huadong: 'decks/huadong.yaml',
  'northwind-cfo': 'decks/northwind-cfo.yaml',
  'leaver-en': 'test/fixtures/brief-leaver-en/deck.yaml',
  'leaver-zh': 'test/fixtures/brief-leaver-zh/deck.yaml',
} as const;
type Deck = keyof typeof DECKS;
// Each in a folder of its own: the two fixtures are both called "deck". The English fixture is
// built without --start, so its run-sheet has minutes only.
const codes = await Promise.all(
  (Object.keys(DECKS) as Deck[]).map((d) => run(['build', DECKS[d], ...(d === 'leaver-en' ? [] : ['--start', '9:30']), '--client-copy', '--out', join(out, d)], quiet)),
);
const folder = (d: Deck): string => join(out, d, d === 'leaver-en' || d === 'leaver-zh' ? 'deck' : d);
const read = (d: Deck, file: string): string => readFileSync(join(folder(d), file), 'utf8');
const config = (d: Deck): Record<string, any> => parse(readFileSync(DECKS[d], 'utf8'));

interface PlanJson {
  duration: number;
  buffer: number;
  sections: { id: string; wholeMinutes: number }[];
  slides: { index: number; title: string; kind: string; start: number | null; appendix: boolean; section: string }[];
  contingencies: { if: string; slide: number; jumpTo: number | null }[];
  excitement: { point: string; slide: number | null }[];
}
const plan = (d: Deck): PlanJson => JSON.parse(read(d, 'plan.json'));

/** The run-sheet's blocks: heading minutes and the text under each heading. */
function blocks(d: Deck): { from: number; to: number; text: string }[] {
  const md = read(d, 'brief.md');
  const sheet = md.slice(md.indexOf('\n## '), md.indexOf('\n## ', md.indexOf('\n## ') + 1));
  return sheet.split('\n### ').slice(1).map((text) => {
    const [from, to] = /^(?:Minutes|第) (\d+)–(\d+)/.exec(text)?.slice(1).map(Number) ?? [NaN, NaN];
    return { from: from ?? NaN, to: to ?? NaN, text };
  });
}
const blockAt = (d: Deck, index: number): string => {
  const slide = plan(d).slides.find((s) => s.index === index);
  return blocks(d).find((b) => slide?.start !== undefined && slide.start !== null && b.from <= slide.start && slide.start < b.to)?.text ?? '';
};

const ALL = Object.keys(DECKS) as Deck[];

describe.each(ALL)('the run-sheet of %s', (d) => {
  it('comes right after the title, marked internal, before anything else', () => {
    expect(codes.every((c) => c === 0)).toBe(true);
    const md = read(d, 'brief.md');
    const internal = config(d).deck.language === 'en' ? '**Internal — do not forward**' : '**内部资料，请勿转发**';
    const firstH2 = md.indexOf('\n## ');
    expect(md.indexOf(internal)).toBeGreaterThan(0);
    expect(md.indexOf(internal)).toBeLessThan(firstH2);
    expect(md.slice(firstH2 + 4, md.indexOf('\n', firstH2 + 1))).toBe(config(d).deck.language === 'en' ? 'Run-sheet' : '会议流程');
    const html = read(d, 'brief.html');
    expect(html.indexOf('class="internal"')).toBeLessThan(html.indexOf('<h2>'));
  });

  it('has one block per run of the plan with the agenda\'s minutes, back to back, then the buffer', () => {
    const p = plan(d);
    const runs = p.sections.filter((s) => s.id !== 'appendix').map((s) => s.wholeMinutes);
    const got = blocks(d);
    expect(got.map((b) => b.to - b.from)).toEqual(p.buffer > 0 ? [...runs, p.buffer] : runs);
    got.forEach((b, i) => expect(b.from, `block ${i}`).toBe(i === 0 ? 0 : got[i - 1]?.to));
    expect(got.at(-1)?.to).toBe(p.duration);
  });

  it('lists every main-line slide by number and title in the block that runs it, and each contingency with its key', () => {
    const p = plan(d);
    for (const slide of p.slides.filter((s) => !s.appendix)) expect(blockAt(d, slide.index), slide.title).toContain(`${slide.index}. ${slide.title}`);
    p.contingencies.forEach((c) => {
      const text = blockAt(d, c.slide);
      expect(text).toContain(c.if);
      if (c.jumpTo !== null) expect(text).toMatch(new RegExp(`Shift\\+\\d+ (?:jumps to slide|跳到第) ${c.jumpTo}`));
    });
  });

  it('says the hook, the central message, each need\'s problem, the highlights, the case, the value, the quote and the ask', () => {
    const c = config(d);
    const md = read(d, 'brief.md');
    const sheet = blocks(d).map((b) => b.text).join('\n');
    if (c.opening?.hook) expect(sheet).toContain(c.opening.hook);
    expect(sheet).toContain(c.goal.message);
    // With a situation slide every need's problem is said there; without one, at each need's own slide.
    const main = plan(d).slides.filter((s) => !s.appendix);
    const said = main.some((s) => s.kind === 'situation') ? c.needs : c.needs.filter((n: { title: string }) => main.some((s) => s.kind === 'need' && s.title === n.title));
    expect(said.length).toBeGreaterThan(0);
    for (const need of said) expect(sheet).toContain(need.problem);
    for (const e of plan(d).excitement.filter((x) => x.slide !== null)) expect(blockAt(d, e.slide as number)).toContain(e.point);
    const caseSlide = plan(d).slides.find((s) => s.kind === 'case' && !s.appendix);
    if (caseSlide) expect(blockAt(d, caseSlide.index)).toMatch(/(?:→|从 [\d.]+ 到 [\d.]+)/);
    const pricing = plan(d).slides.find((s) => s.kind === 'pricing' && !s.appendix);
    if (pricing) for (const line of c.pricing.licence) expect(blockAt(d, pricing.index)).toContain(line.item);
    const asks = sheet.split(c.closing.call_to_action).length - 1;
    expect(asks).toBeGreaterThanOrEqual(1);
    expect(md.slice(0, md.indexOf('\n## ', md.indexOf('\n## ') + 1))).toMatch(/Fallback ask|退一步的请求/);
  });
});

describe('the run-sheet follows an early leaver', () => {
  it.each(['leaver-en', 'leaver-zh', 'huadong'] as const)('%s: the leaver is asked in their own close before they leave, marked in the block where they go', (d) => {
    const leaver = config(d).audience.find((p: { leaves_after?: number }) => p.leaves_after !== undefined);
    const minute: number = leaver.leaves_after;
    const got = blocks(d);
    const askBlock = got.find((b) => b.text.includes(config(d).closing.call_to_action) && b.text.includes(leaver.name) && b.to <= minute);
    expect(askBlock, 'their ask before they leave').toBeDefined();
    const leaves = got.find((b) => new RegExp(`\\n> ${leaver.name}(?: may leave at minute |可能在第 )${minute}`).test(b.text));
    expect(leaves && leaves.from <= minute && minute < leaves.to).toBe(true);
    // The final closing asks again those who stay.
    expect(got.filter((b) => b.text.includes(config(d).closing.call_to_action)).at(-1)?.text).toMatch(/Ask again those who stay|向留下的人再提一次/);
  });

  it('shows clock times only when the build was given --start', () => {
    expect(blocks('leaver-en')[0]?.text).toMatch(/^Minutes 0–\d+ · Opening/);
    expect(blocks('leaver-zh')[0]?.text).toMatch(/^第 0–\d+ 分钟 · 9:30–9:\d\d · 开场/);
  });

  it('says what a month of waiting costs: the yearly value less the yearly service fee, divided by twelve', () => {
    const p = JSON.parse(read('northwind-cfo', 'plan.json')) as { value: { yearly: number; yearlyCost: number } };
    expect(p.value.yearlyCost).toBeGreaterThan(0);
    const monthly = Math.round((p.value.yearly - p.value.yearlyCost) / 12).toLocaleString('en-US');
    expect(read('northwind-cfo', 'brief.md')).toContain(`Each month of waiting costs about $${monthly}`);
  });
});

describe('the client copy', () => {
  it.each(ALL)('%s: carries nothing of the run-sheet', (d) => {
    const html = read(d, 'client.html');
    for (const text of ['Internal — do not forward', '内部资料，请勿转发', 'Fallback ask', '退一步的请求', 'Run-sheet', '会议流程']) expect(html.includes(text), text).toBe(false);
    const hook = config(d).opening?.hook;
    // The hook is said, not shown as a brief line: the "Hook:" label never reaches the client.
    if (hook) expect(html).not.toMatch(/Hook: “|开场白：“/);
  });
});

describe('people and qualification after the run-sheet (issue 22, point 3)', () => {
  it.each(ALL)('%s: asks each question of one person only, and no user is given an objection', (d) => {
    const md = read(d, 'brief.md');
    const people = md.slice(md.indexOf(config(d).deck.language === 'en' ? '## Who is in the room' : '## 到场人员'));
    const cards = people.split('\n### ').slice(1, config(d).audience.length + 1);
    const questions = cards.flatMap((card) => [...card.matchAll(/^ {2}- (.+?)(?: — |答：)/gm)].map((m) => m[1]));
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.length).toBe(new Set(questions).size);
    const objections = ['I\'m not interested', '不感兴趣', 'not interested'];
    for (const user of config(d).audience.filter((p: { role: string }) => p.role === 'user')) {
      const card = cards.find((c) => c.startsWith(user.name)) ?? '';
      for (const o of objections) expect(card).not.toContain(o);
    }
  });

  it.each(ALL)('%s: gives objections only to those who would raise them: decision makers, and influencers who are not yet won over', (d) => {
    const md = read(d, 'brief.md');
    const language = config(d).deck.language === 'en' ? 'en' : 'zh-CN';
    const says = readdirSync('content/objections').map((f) => (parse(readFileSync(join('content/objections', f), 'utf8')) as { says: Record<string, string> }).says[language] ?? '');
    const people = md.slice(md.indexOf(language === 'en' ? '## Who is in the room' : '## 到场人员'));
    const cards = people.split('\n### ').slice(1, config(d).audience.length + 1);
    let given = 0;
    for (const person of config(d).audience as { name: string; decision?: string; stance?: string }[]) {
      const card = cards.find((c) => c.startsWith(person.name)) ?? '';
      const objections = says.filter((o) => card.includes(o));
      given += objections.length;
      const wonOver = person.stance === 'supporter' && person.decision !== 'decision-maker';
      if (wonOver || person.decision === 'user' || person.decision === 'none') expect(objections, person.name).toEqual([]);
    }
    expect(given).toBeGreaterThan(0);
  });

  it.each(ALL)('%s: has the qualification facts in a block of their own, with who decides', (d) => {
    const md = read(d, 'brief.md');
    const en = config(d).deck.language === 'en';
    const block = md.slice(md.indexOf(en ? '## Qualification' : '## 商机确认'), md.indexOf('\n## ', md.indexOf(en ? '## Qualification' : '## 商机确认') + 1));
    for (const fact of Object.values(config(d).qualification ?? {})) expect(block).toContain(String(fact));
    for (const p of config(d).audience.filter((x: { decision: string }) => x.decision === 'decision-maker')) expect(block).toContain(p.name);
    // What the meeting file does not say is asked, not left out.
    if (!config(d).qualification?.decision_process) expect(block).toMatch(/not known yet|尚不清楚/);
  });
});
