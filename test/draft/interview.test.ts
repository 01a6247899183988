// The interview of `demodeck new`, driven on a real pseudo-terminal through the installed command
// (lib/bundle/demodeck.js): Enter at every question, typed answers in English, a Chinese meeting,
// and Ctrl+C. Each answer is typed only once its question shows, so nothing here depends on speed.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli.js';
import { hasScript, KEYS, Terminal } from '../support/terminal.js';

const COMMAND = resolve('lib/bundle/demodeck.js');
const TIMEOUT = 240_000;
const { enter, down, space, ctrlC } = KEYS;
const deckSchema = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(JSON.parse(readFileSync('schema/deck.schema.json', 'utf8')));

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'demodeck-interview-'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "my-meetings", "private": true }\n');
  return dir;
}

/** The active question, as the prompt library marks it. */
const q = (text: string): string => `◆  ${text}`;

async function builds(dir: string, file: string): Promise<number> {
  return run(['build', file, '--out', 'out'], { out: () => undefined, err: () => undefined, cwd: dir });
}

type Meeting = Record<string, Record<string, unknown> & unknown[]>;

describe('demodeck new on a terminal', () => {
  beforeAll(() => {
    // util-linux's `script` gives the command a real terminal; Debian ships it in bsdutils, which every system has.
    expect(hasScript(), 'the `script` command (util-linux) is needed to drive the interview on a pseudo-terminal').toBe(true);
  });

  it('takes every default when Enter is pressed at every question, and writes a meeting that validates and builds', async () => {
    const dir = project();
    const terminal = new Terminal(['node', COMMAND, 'new', 'meeting.yaml'], dir);
    for (const question of ['Customer\'s name · 客户名称', 'Language of the deck', 'Length of the meeting, in minutes', 'Person 1: name', 'Currency of the money answers', 'Need 1: in a few words', 'Competitor 1: name', 'The quote: the licence price', 'The ask: the next step']) {
      await terminal.answer(q(question), enter);
    }
    await terminal.waitFor('Wrote meeting.yaml');
    expect(await terminal.exitCode()).toBe(0);
    const data = parse(readFileSync(join(dir, 'meeting.yaml'), 'utf8')) as Meeting;
    expect(deckSchema(data), JSON.stringify(deckSchema.errors)).toBe(true);
    expect(data.deck).toMatchObject({ language: 'en', duration: 45 });
    expect(data.customer?.name).toMatch(/^TODO: /);
    expect(await builds(dir, 'meeting.yaml')).toBe(0);
  }, TIMEOUT);

  it('writes the typed answers where the method wants them: people, concerns and their slide, needs with money and cards, the quote, the ask', async () => {
    const dir = project();
    const firstCard = readdirSync('content/features').filter((f) => f.endsWith('.yaml')).sort()[0]?.replace(/\.yaml$/, '');
    const terminal = new Terminal(['node', COMMAND, 'new', 'acme.yaml'], dir);
    await terminal.answer(q('Customer\'s name'), 'Acme Tools Ltd', enter);
    await terminal.answer(q('Language of the deck'), enter);
    await terminal.answer(q('Length of the meeting'), '30', enter);
    await terminal.answer(q('Person 1: name'), 'Dana Reyes', enter);
    await terminal.answer(q('Dana Reyes: job title'), 'Chief financial officer', enter);
    await terminal.answer(q('Dana Reyes: role'), enter);
    await terminal.answer(q('Dana Reyes: part in the decision'), enter);
    await terminal.answer(q('Dana Reyes: stance'), down, enter);
    await terminal.answer(q('Dana Reyes: a concern'), 'A payback within the budget year', enter);
    await terminal.answer(q('Your answer to'), 'It pays back in month 7', enter);
    await terminal.answer(q('Dana Reyes: a concern'), enter);
    await terminal.answer(q('Dana Reyes: may leave after how many minutes?'), '20', enter);
    await terminal.answer(q('Person 2: name'), enter);
    await terminal.answer(q('Currency'), enter);
    await terminal.answer(q('Need 1: in a few words'), 'Stock accuracy', enter);
    await terminal.answer(q('Stock accuracy: what goes wrong?'), 'The counts never match the shelf', enter);
    await terminal.answer(q('Stock accuracy: what does it cost them a year, in USD?'), '120,000', enter);
    await terminal.answer(q('Stock accuracy: where does that figure come from?'), '2025 stock write-offs', enter);
    await terminal.answer(q('Stock accuracy: what share'), '0.25', enter);
    await terminal.answer(q('Stock accuracy: which cards answer it?'), space, enter);
    await terminal.answer(q('Stock accuracy: whose problem is it?'), down, enter);
    await terminal.answer(q('Need 2: in a few words'), enter);
    await terminal.answer(q('Which slide answers Dana Reyes\'s concern'), down, enter);
    await terminal.answer(q('Competitor 1: name'), 'Atlas Suite', enter);
    await terminal.answer(q('Atlas Suite: what are they strong in?'), enter);
    await terminal.answer(q('Atlas Suite: where are they weak?'), 'Six months to implement', enter);
    await terminal.answer(q('Competitor 2: name'), enter);
    await terminal.answer(q('The quote'), '30000', enter);
    await terminal.answer(q('Delivery and training'), '5000', enter);
    await terminal.answer(q('Consultant days'), '10', enter);
    await terminal.answer(q('Yearly service fee'), enter);
    await terminal.answer(q('The ask'), 'Agree a four-week pilot with the warehouse team', enter);
    await terminal.waitFor('Wrote acme.yaml');
    expect(await terminal.exitCode()).toBe(0);

    const data = parse(readFileSync(join(dir, 'acme.yaml'), 'utf8')) as Meeting;
    expect(deckSchema(data), JSON.stringify(deckSchema.errors)).toBe(true);
    expect(data.customer?.name).toBe('Acme Tools Ltd');
    expect(data.deck).toMatchObject({ language: 'en', duration: 30 });
    expect(data.audience).toEqual([{
      name: 'Dana Reyes', title: 'Chief financial officer', role: 'executive', decision: 'decision-maker', stance: 'resistant',
      concerns: [{ concern: 'A payback within the budget year', answer: 'It pays back in month 7', at: 'stock-accuracy' }],
      leaves_after: 20,
    }]);
    expect(data.needs?.[0]).toMatchObject({ id: 'stock-accuracy', title: 'Stock accuracy', problem: 'The counts never match the shelf', implication: 'About $120,000 a year', owner: 'Dana Reyes', features: [firstCard] });
    expect(data.value).toEqual({
      currency: 'USD',
      facts: [{ id: 'stock-accuracy-cost', label: 'Stock accuracy: cost a year', amount: 120000, source: '2025 stock write-offs' }],
      gains: [{ need: 'stock-accuracy', point: 'reduce-cost', label: 'Stock accuracy: cost cut by 25%', of: 'stock-accuracy-cost', change: -0.25 }],
    });
    expect(data.competitors).toEqual([{ name: 'Atlas Suite', weaknesses: ['Six months to implement'] }]);
    expect(data.pricing).toMatchObject({ currency: 'USD', licence: [{ amount: 30000 }], delivery: { amount: 5000, days: 10 }, annual_service_rate: 0.15 });
    expect(data.closing).toEqual({ call_to_action: 'Agree a four-week pilot with the warehouse team' });
    // Leaving early is planned for: a jump to the value case, with what to say left to the presenter.
    // eslint-disable-next-line unicorn/no-thenable -- the config names the field `then`
    expect(data.strategy).toMatchObject({ contingencies: [{ if: 'Dana Reyes leaves after 20 minutes', then: expect.stringMatching(/^TODO/), jump_to: 'value' }] });
    expect(await builds(dir, 'acme.yaml')).toBe(0);
  }, TIMEOUT);

  it('asks in Chinese once zh-CN is chosen and writes the comments and placeholders in Chinese', async () => {
    const dir = project();
    const terminal = new Terminal(['node', COMMAND, 'new', 'huadong.yaml'], dir);
    await terminal.answer(q('Customer\'s name · 客户名称'), '华东汽配', enter);
    await terminal.answer(q('Language of the deck'), down, enter);
    await terminal.answer(q('会议时长（分钟）'), '60', enter);
    await terminal.answer(q('第 1 位参会人：姓名'), '王建国', enter);
    await terminal.answer(q('王建国：职务'), '总经理', enter);
    await terminal.answer(q('王建国：角色'), enter);
    await terminal.answer(q('王建国：在决策中的作用'), enter);
    await terminal.answer(q('王建国：态度'), enter);
    await terminal.answer(q('王建国：一个顾虑'), '总共要投入多少钱', enter);
    await terminal.answer(q('您对“总共要投入多少钱”的回答'), enter);
    await terminal.answer(q('王建国：一个顾虑'), enter);
    await terminal.answer(q('王建国：可能在多少分钟后离场？'), enter);
    await terminal.answer(q('第 2 位参会人：姓名'), enter);
    await terminal.answer(q('金额和报价使用的币种'), enter);
    await terminal.answer(q('第 1 项需求'), '应收对账', enter);
    await terminal.answer(q('应收对账：问题出在哪里？'), enter);
    await terminal.answer(q('应收对账：每年给客户造成多少损失（CNY）？'), enter);
    await terminal.answer(q('应收对账：由哪些功能卡片来回答？'), enter);
    await terminal.answer(q('应收对账：这是谁的问题？'), enter);
    await terminal.answer(q('第 2 项需求'), enter);
    await terminal.answer(q('王建国的顾虑“总共要投入多少钱”在哪一页回答？'), enter);
    await terminal.answer(q('第 1 个竞争对手'), enter);
    await terminal.answer(q('报价：软件许可总价（CNY）'), enter);
    await terminal.answer(q('收尾：希望客户同意的下一步'), enter);
    await terminal.waitFor('已写入 huadong.yaml');
    expect(await terminal.exitCode()).toBe(0);

    const text = readFileSync(join(dir, 'huadong.yaml'), 'utf8');
    expect(text).not.toContain('TODO');
    expect(text).toContain('# 第二步，参会人员');
    const data = parse(text) as Meeting;
    expect(deckSchema(data), JSON.stringify(deckSchema.errors)).toBe(true);
    expect(data.deck).toMatchObject({ language: 'zh-CN', duration: 60 });
    expect(data.audience?.[0]).toMatchObject({ name: '王建国', title: '总经理', concerns: [{ concern: '总共要投入多少钱', answer: expect.stringMatching(/^待填写：/) }] });
    expect(data.needs?.[0]).toMatchObject({ id: 'need-1', title: '应收对账', problem: expect.stringMatching(/^待填写：/) });
    expect(await builds(dir, 'huadong.yaml')).toBe(0);
  }, TIMEOUT);

  it('leaves no file behind on Ctrl+C', async () => {
    const dir = project();
    const terminal = new Terminal(['node', COMMAND, 'new', 'meeting.yaml'], dir);
    await terminal.answer(q('Customer\'s name'), 'Acme Tools Ltd', enter);
    await terminal.answer(q('Language of the deck'), enter);
    await terminal.answer(q('Length of the meeting'), enter);
    await terminal.answer(q('Person 1: name'), 'Dana', ctrlC);
    expect(await terminal.exitCode()).toBe(130);
    expect(terminal.screen).toContain('Cancelled: no file was written.');
    expect(readdirSync(dir)).toEqual(['package.json']);
    expect(existsSync(join(dir, 'meeting.yaml'))).toBe(false);
  }, TIMEOUT);
});
