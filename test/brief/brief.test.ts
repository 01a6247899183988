// The rehearsal brief and the client copy written next to every deck.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { escapeMarkdown } from '../../src/brief/briefMarkdown.js';
import { clock, parseClock } from '../../src/brief/briefModel.js';
import { run } from '../../src/cli.js';

const out = mkdtempSync(join(tmpdir(), 'demodeck-brief-'));
const quiet = { out: () => {}, err: () => {}, cwd: process.cwd() };
const code = await run(['build', 'decks/huadong.yaml', 'decks/northwind-cfo.yaml', '--client-copy', '--start', '14:00', '--out', out], quiet);
const read = (deck: string, file: string): string => readFileSync(join(out, deck, file), 'utf8');
const config = (deck: string): Record<string, any> => parse(readFileSync(`decks/${deck}.yaml`, 'utf8'));

describe('rehearsal brief', () => {
  it('is written as brief.md and brief.html by every build', () => {
    expect(code).toBe(0);
    expect(read('huadong', 'brief.md')).toMatch(/^# 演练简报：应收看得清，库存管得住/);
    expect(read('northwind-cfo', 'brief.html')).toContain('<html lang="en">');
  });

  // The timeline table became the run-sheet (issue 22): its block headings carry the same minutes.
  it('has a run-sheet from the start time whose blocks add up to the duration, on the clock', () => {
    for (const deck of ['huadong', 'northwind-cfo']) {
      const md = read(deck, 'brief.md');
      // The run-sheet only: the demo preparation repeats the headings of its live blocks.
      const sheet = md.slice(md.indexOf('\n## '), md.indexOf('\n## ', md.indexOf('\n## ') + 1));
      const rows = [...sheet.matchAll(/^### (?:Minutes|第) (\d+)–(\d+)(?: 分钟)? · (\d+:\d\d)–(\d+:\d\d) · /gm)];
      const minutes = rows.reduce((sum, r) => sum + Number(r[2]) - Number(r[1]), 0);
      expect(minutes, deck).toBe(config(deck).deck.duration);
      expect(rows[0]?.[3]).toBe('14:00');
      expect(rows.at(-1)?.[4]).toBe(clock((14 * 60 + config(deck).deck.duration) * 10));
    }
  });

  it('marks in the run-sheet the minute a listener may leave, in the block running then', () => {
    const md = read('huadong', 'brief.md');
    const blocks = md.split('\n### ');
    const block = blocks.find((b) => b.includes('\n> 王建国可能在第 20 分钟离场。')) ?? '';
    const [from, to] = /^第 (\d+)–(\d+) 分钟/.exec(block)?.slice(1).map(Number) ?? [];
    expect(from !== undefined && to !== undefined && from <= 20 && 20 < to).toBe(true);
  });

  it('has one card per person with stance, concerns, what to stress and questions with answers', () => {
    const md = read('northwind-cfo', 'brief.md');
    const deck = config('northwind-cfo');
    for (const person of deck.audience) {
      expect(md).toContain(`### ${escapeMarkdown(person.name)}`);
      for (const concern of person.concerns ?? []) expect(md).toContain(escapeMarkdown(typeof concern === 'string' ? concern : concern.concern));
    }
    const resistant = deck.audience.find((p: { stance?: string }) => p.stance === 'resistant');
    const card = md.slice(md.indexOf(`### ${resistant.name}`)).split('\n### ')[0] ?? '';
    expect(card).toContain('If they resist');
    // The author's answer to a linked concern is what the brief says, with the slide that gives it.
    const linked = resistant.concerns.find((c: unknown) => typeof c !== 'string');
    expect(card).toContain(escapeMarkdown(linked.answer));
    expect(card).toMatch(/\\?\(slide \d+\\?\)/);
    // No italics around the question: a marker against its question mark does not render.
    expect(card).toMatch(/Questions to expect:\n {2}- [^*\n]+\? — .+/);
  });

  it('carries each competitor\'s positioning and every rebuttal, the contingencies and the supporters', () => {
    const md = read('huadong', 'brief.md');
    const deck = config('huadong');
    for (const competitor of deck.competitors) for (const r of competitor.rebuttals) expect(md).toContain(escapeMarkdown(r));
    for (const c of deck.strategy.contingencies) expect(md).toContain(escapeMarkdown(c.then));
    expect(md).toMatch(/- 陈洁：在第 \d+ 页“.+”请.+/);
  });

  it('turns the step-1 goals into a post-meeting scorecard', () => {
    const md = read('huadong', 'brief.md');
    const deck = config('huadong');
    const scorecard = md.slice(md.indexOf('## 会后评分'));
    expect(scorecard).toContain(deck.goal.message);
    for (const reason of deck.goal.why_us) expect(scorecard).toContain(reason);
    expect(scorecard).toContain(deck.closing.call_to_action);
    expect(scorecard).toContain('☐1 ☐2 ☐3 ☐4 ☐5');
  });

  it('reads clock times and escapes Markdown in user text', () => {
    expect(parseClock('14:00')).toBe(840);
    expect(parseClock('9:05')).toBe(545);
    expect(parseClock('25:00')).toBeUndefined();
    // Only what would start markup: parentheses after an escaped bracket, or a plus between amounts, stay as they are.
    expect(escapeMarkdown('*bold* [link](x) <b>')).toBe('\\*bold\\* \\[link\\](x) \\<b\\>');
    expect(escapeMarkdown('¥90,000 + ¥130,000')).toBe('¥90,000 + ¥130,000');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
  });
});

describe('client copy', () => {
  it('holds the main-line slides only, without notes', () => {
    for (const deck of ['huadong', 'northwind-cfo']) {
      const html = read(deck, 'client.html');
      const plan = JSON.parse(read(deck, 'plan.json'));
      expect(html.match(/<section\b/g)).toHaveLength(plan.slides.filter((s: { appendix: boolean }) => !s.appendix).length);
      expect(html.includes('class="notes"')).toBe(false);
      expect(/<section[^>]*dd-appendix/.test(html)).toBe(false);
      expect(/<script src=/.test(html)).toBe(false);
    }
  });

  it('leaks none of the audience analysis or competitor details of the example configs', () => {
    for (const deck of ['huadong', 'northwind-cfo']) {
      const c = config(deck);
      const html = read(deck, 'client.html');
      const secrets: string[] = [];
      for (const p of c.audience) secrets.push(...(p.concerns ?? []), ...(p.background ? [p.background] : []));
      for (const x of c.competitors ?? []) secrets.push(x.name, ...(x.strengths ?? []), ...(x.weaknesses ?? []));
      for (const x of c.strategy?.contingencies ?? []) secrets.push(x.if, x.then);
      secrets.push(...(c.strategy?.excitement ?? []), ...Object.values(c.qualification ?? {}).map(String));
      const stanceWords = deck === 'huadong' ? ['抵触', '中立', '支持者'] : ['resistant', 'Resistant', 'supporter'];
      expect(secrets.length).toBeGreaterThan(10);
      for (const secret of [...secrets, ...stanceWords]) expect(html.includes(secret), `${deck}: ${secret}`).toBe(false);
      // A rebuttal may be shown only as a "how to check" cell of the comparison table (rule 8).
      const outsideComparison = html.replace(/<table class="dd-table dd-criteria">[\s\S]*?<\/table>/g, '').toLowerCase();
      for (const rebuttal of (c.competitors ?? []).flatMap((x: { rebuttals?: string[] }) => x.rebuttals ?? [])) {
        expect(outsideComparison.includes(rebuttal.toLowerCase().replaceAll("'", '&#x27;')), `${deck}: ${rebuttal}`).toBe(false);
      }
    }
  });
});

describe('contingencies in the brief', () => {
  it('names the slide each contingency sits on and lists the jump keys with their target slides', () => {
    const md = read('northwind-cfo', 'brief.md');
    const plan = JSON.parse(read('northwind-cfo', 'plan.json')) as { slides: { index: number; title: string }[]; contingencies: { if: string; slide: number; jumpTo: number | null }[] };
    const first = plan.contingencies[0];
    expect(md).toContain(`- If ${escapeMarkdown(first?.if ?? '')}: `);
    expect(md).toContain(`(Notes of slide ${first?.slide}; Shift+1)`);
    const target = plan.slides.find((s) => s.index === first?.jumpTo);
    expect(md).toContain(`- ${escapeMarkdown(`Shift+1: slide ${target?.index}, “${target?.title ?? ''}” — if ${first?.if ?? ''}`)}`);
    const html = read('huadong', 'brief.html');
    expect(html).toContain('<h3>跳转键</h3>');
    expect(html).toMatch(/<li>Shift\+1：第 \d+ 页“能为贵公司带来什么”——如果王总临时只能参加 20 分钟<\/li>/);
  });
});
