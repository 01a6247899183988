// Demo preparation (issue 22, point 2): per live block of the run-sheet, the must-show and
// if-time steps, the data the demo system must hold (dated by the meeting), a fallback, and the
// steps behind every contingency that shows something. Built from the two example decks and two
// meetings of our own (test/fixtures/demo-prep-en, -zh).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { stepsThatFit } from '../../src/brief/demoPrep.js';
import { run } from '../../src/cli.js';

const out = mkdtempSync(join(tmpdir(), 'demodeck-prep-'));
const quiet = { out: () => {}, err: () => {}, cwd: process.cwd() };
const DECKS = {
  huadong: 'decks/huadong.yaml',
  'northwind-cfo': 'decks/northwind-cfo.yaml',
  'prep-en': 'test/fixtures/demo-prep-en/deck.yaml',
  'prep-zh': 'test/fixtures/demo-prep-zh/deck.yaml',
} as const;
type Deck = keyof typeof DECKS;
const codes = await Promise.all((Object.keys(DECKS) as Deck[]).map((d) => run(['build', DECKS[d], '--out', join(out, d)], quiet)));
const read = (d: Deck, file: string): string => readFileSync(join(out, d, d.startsWith('prep-') ? 'deck' : d, file), 'utf8');
const config = (d: Deck): Record<string, any> => parse(readFileSync(DECKS[d], 'utf8'));

interface PlanJson {
  slides: { index: number; title: string; kind: string; minutes: number; appendix: boolean }[];
}
const plan = (d: Deck): PlanJson => JSON.parse(read(d, 'plan.json'));

/** The brief's `## ` section whose heading starts with `title`. */
function section(md: string, title: string): string {
  const start = md.indexOf(`\n## ${title}`);
  const end = md.indexOf('\n## ', start + 1);
  return start < 0 ? '' : md.slice(start, end < 0 ? undefined : end);
}
const prepOf = (d: Deck): string => section(read(d, 'brief.md'), config(d).deck.language === 'en' ? 'Demo preparation' : '演示准备');
/** One card's entry under the demo preparation, from its `#### ` heading to the next heading. */
function cardEntry(prep: string, heading: string): string {
  const start = prep.indexOf(heading);
  if (start < 0) return '';
  const next = prep.slice(start + heading.length).search(/\n#{3,5} /);
  return prep.slice(start, next < 0 ? undefined : start + heading.length + next);
}

describe('demo preparation in the brief', () => {
  it('builds every deck', () => expect(codes).toEqual([0, 0, 0, 0]));

  it.each(Object.keys(DECKS) as Deck[])('%s: comes right after the run-sheet and prepares every main-line card with steps, under its run-sheet block', (d) => {
    const md = read(d, 'brief.md');
    const h2 = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(h2.slice(0, 2)).toEqual(config(d).deck.language === 'en' ? ['Run-sheet', 'Demo preparation'] : ['会议流程', '演示准备']);
    const prep = prepOf(d);
    const sheet = section(md, config(d).deck.language === 'en' ? 'Run-sheet' : '会议流程');
    for (const slide of plan(d).slides.filter((s) => !s.appendix && s.kind === 'ffab')) {
      const heading = new RegExp(`^#### ${slide.index}\\\\\\. ${slide.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm');
      expect(prep, `${d} slide ${slide.index}`).toMatch(heading);
      // The block it sits under is the run-sheet block that lists the slide.
      const before = prep.slice(0, prep.search(heading));
      const block = [...before.matchAll(/^### (.+)$/gm)].at(-1)?.[1] ?? '';
      const sheetBlock = sheet.slice(sheet.indexOf(`### ${block}`)).split('\n### ')[0] ?? '';
      expect(sheetBlock, `${d}: block of slide ${slide.index}`).toContain(`${slide.index}. ${slide.title}`);
    }
  });

  it('shows a card\'s own must-show steps first and the rest if time allows, with room for as many as the minutes leave', () => {
    const prep = prepOf('prep-en');
    const slide = plan('prep-en').slides.find((s) => s.title === 'Batch expiry dashboard');
    const entry = cardEntry(prep, `#### ${slide?.index}\\. Batch expiry dashboard`);
    const must = entry.slice(entry.indexOf('**Must show**'), entry.indexOf('**If time allows**'));
    expect(must.match(/Step \d/g)).toEqual(['Step 2', 'Step 3']);
    const ifTime = entry.slice(entry.indexOf('**If time allows**'), entry.indexOf('**On the demo system'));
    expect(ifTime.match(/Step \d/g)).toEqual(['Step 4', 'Step 5']);
    // A step before a must-show one is on the way there: quick, on prepared data, never redone.
    const onTheWay = entry.slice(entry.indexOf('**On the way**'), entry.indexOf('**Must show**'));
    expect(onTheWay).toContain('never redo it');
    expect(onTheWay.match(/Step \d/g)).toEqual(['Step 1']);
    // 4.5 minutes hold the talk (1.5) and about four steps (0.8 each): two must-show, room for two more.
    expect(slide?.minutes).toBe(4.5);
    expect(stepsThatFit(4.5)).toBe(4);
    expect(ifTime).toContain('room for about 2 of these');
    expect(entry).toContain('**If the system fails**: show screenshots of steps 2, 3,');
  });

  it('without must-show steps, shows the first steps that fit in the slide\'s minutes', () => {
    expect([stepsThatFit(2), stepsThatFit(3), stepsThatFit(5), stepsThatFit(1)]).toEqual([1, 2, 4, 1]);
    const prep = prepOf('prep-en');
    const slide = plan('prep-en').slides.find((s) => s.title === 'Quick quotation');
    const entry = cardEntry(prep, `#### ${slide?.index}\\. Quick quotation`);
    const must = entry.slice(entry.indexOf('**Must show**'), entry.indexOf('**On the demo system'));
    expect(must.match(/Step \d/g)).toEqual(['Step 1', 'Step 2', 'Step 3'].slice(0, stepsThatFit(slide?.minutes ?? 0)));
  });

  it('lists the data to prepare with the meeting date filled in, the highlight\'s own material, and says when a card names no data', () => {
    const en = prepOf('prep-en');
    expect(en).toContain('- [ ] Five batches expiring between 2027-01-14 and 30 days after it, two of them within a week');
    expect(en).not.toContain('{date}');
    const quote = cardEntry(en, `\\. Quick quotation`);
    expect(quote).toContain('The card names no data');
    // The file does not say which steps the highlight needs: the must-show list says so beside it.
    expect(quote).toContain('**Must show**: the highlight “Ines\'s own quote from last Friday re-entered and sent in under a minute” happens on this card: also show every step it needs');
    expect(quote).toContain('For the highlight “Ines\'s own quote from last Friday re-entered and sent in under a minute”: rehearse it end to end on the demo system; anything of the customer\'s own it uses');
    const zh = prepOf('prep-zh');
    expect(zh).toContain('- [ ] 五个批次的有效期落在 2027-01-14 到其后 30 天之间，其中两个在一周内到期');
    expect(zh).toContain('亮点“把林总上周五的真实报价单现场录进系统并发出”：会前在演示系统中完整演练一遍；其中要用到的客户自己的东西');
    // The example deck's highlight with the customer's own items is prepared on the card that shows it.
    const huadong = prepOf('huadong');
    const slowMoving = plan('huadong').slides.find((s) => s.title === '呆滞积压分析');
    expect(cardEntry(huadong, `#### ${slowMoving?.index}\\. ${slowMoving?.title}`)).toContain('用华东汽配自己的 20 种常用物料');
  });

  it('puts the steps behind each contingency that shows a card, and says out loud when one shows something with no card', () => {
    const en = section(prepOf('prep-en'), '').split('### Steps behind the contingencies')[1] ?? '';
    expect(en).toContain('#### If Ravi asks how picking works on the handheld: show first-expiry-first-out picking on the handheld');
    expect(en).toMatch(/##### Batch expiry dashboard\n\n- Same card as slide \d+, “Batch expiry dashboard”: its data is prepared above; rehearse all its steps/);
    expect(en).toContain('#### If someone asks for approval thresholds per salesperson: show how thresholds are set per salesperson\n\n- It shows something live but names no card');
    const zh = prepOf('prep-zh').split('### 应急预案背后的演示步骤')[1] ?? '';
    expect(zh).toContain('#### 如果被问到能否按业务员设置审批额度：演示按业务员设置审批额度\n\n- 这一条要现场演示，但没有关联任何卡片');
    // A contingency that only talks (no show-word) needs no steps.
    const northwind = prepOf('northwind-cfo');
    expect(northwind).not.toContain('Margaret asks for an Atlas feature');
    expect(northwind).toContain('#### If the meeting is cut to 20 minutes: show credit control and ageing only, then the value summary and the next step (Shift+3)\n\n##### Credit control at order entry');
  });

  it('prepares the appendix cards a question may call for, each once', () => {
    const prep = prepOf('northwind-cfo');
    const appendix = prep.split('### Cards in the appendix, in case someone asks')[1] ?? '';
    // The appendix's card slides: those that are neither technical detail nor the expected questions.
    const cardSlides = plan('northwind-cfo').slides.filter((s) => s.appendix && !s.title.startsWith('Technical detail') && !s.title.startsWith('Questions we expect'));
    expect(cardSlides.length).toBeGreaterThan(0);
    for (const slide of cardSlides) {
      expect(appendix).toContain(`#### Slide ${slide.index}, “${slide.title}” (appendix)`);
    }
    const headings = [...prep.matchAll(/^#{4,5} (.+)$/gm)].map((m) => m[1]);
    const cards = headings.filter((h) => !h?.startsWith('If '));
    expect(new Set(cards).size).toBe(cards.length);
  });
});
