// A comma inside an unquoted flow-list item splits one text in two; the readiness check names the
// fragment's field and line and gives the line with the text quoted, in the deck's language.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAndPlan } from '../../src/buildDeck.js';
import { assessReadiness } from '../../src/check/readiness.js';
import { parseYamlText } from '../../src/load/yamlSource.js';
import { translator } from '../../src/plan/text.js';
import { listSplits } from '../../src/source/listSplits.js';

const splitsOf = (yaml: string) => listSplits(parseYamlText(yaml, 'deck.yaml'));

describe('a flow-list item split at a comma', () => {
  it('is found with its field path, its line and the line quoted back together', () => {
    const yaml = 'deck:\n  title: T\nstrategy:\n  excitement: [invoices drafted live, with Elena confirming it]\n';
    expect(splitsOf(yaml)).toEqual([{
      path: 'strategy.excitement[1]',
      line: 4,
      item: 'with Elena confirming it',
      corrected: 'excitement: ["invoices drafted live, with Elena confirming it"]',
    }]);
  });

  it('joins a whole run of fragments into one quoted text and leaves the other items as they are', () => {
    const yaml = 'goal:\n  why_us: [local team, twelve clients in the region, and a reference visit, which Chen Jie arranges, certified]\n';
    const splits = splitsOf(yaml);
    expect(splits.map((s) => s.item)).toEqual(['and a reference visit', 'which Chen Jie arranges']);
    expect(splits[0]?.corrected).toBe('why_us: [local team, "twelve clients in the region, and a reference visit, which Chen Jie arranges", certified]');
  });

  it('knows every connective the issue lists, in English and Chinese, with a Chinese comma in the Chinese fix', () => {
    for (const word of ['with', 'and', 'or', 'but', 'so', 'then', 'which', 'while', 'including', 'plus', 'because']) {
      expect(splitsOf(`x: [first part, ${word} the rest]\n`).map((s) => s.item), word).toEqual([`${word} the rest`]);
    }
    const zh = splitsOf('excitement: [现场录一张订单, 并且当场审批, 以及打印, 和盘点]\n');
    expect(zh.map((s) => s.item)).toEqual(['并且当场审批', '以及打印', '和盘点']);
    expect(zh[0]?.corrected).toBe('excitement: ["现场录一张订单，并且当场审批，以及打印，和盘点"]');
  });

  it('leaves block lists, quoted items, normal items and ids alone', () => {
    expect(splitsOf('excitement:\n  - invoices drafted live\n  - with Elena confirming it\n')).toEqual([]);
    expect(splitsOf('excitement: ["invoices drafted live", "with Elena confirming it"]\n')).toEqual([]);
    expect(splitsOf("excitement: [invoices drafted live, 'and then approved']\n")).toEqual([]);
    expect(splitsOf('excitement: [invoices drafted live, mobile approval, Andrew signs]\n')).toEqual([]);
    expect(splitsOf('excitement: [with a lead-in first, invoices drafted live]\n')).toEqual([]);
    expect(splitsOf('features: [ar-ageing, and-more]\nwhy_us: [和记黄埔是客户]\n')).toEqual([]);
  });
});

describe('the list-split-at-comma readiness warning', () => {
  const dir = mkdtempSync(join(tmpdir(), 'demodeck-split-'));
  const check = (from: string, change: (yaml: string) => string) => {
    const file = join(dir, from.replace(/.*\//, ''));
    writeFileSync(file, change(readFileSync(from, 'utf8')));
    const { meeting, plan } = loadAndPlan(file);
    return assessReadiness(meeting, plan, translator(meeting.strings)).checks.find((c) => c.code === 'list-split-at-comma');
  };

  it('warns in English with the field, the line and the quoted line', () => {
    const found = check('test/fixtures/everything/deck.yaml', (y) => y.replace('excitement: [{point: live mobile approval of an over-credit order, at: credit-check}]', 'excitement: [invoices drafted live, with Chen Jie confirming it]'));
    expect(found).toMatchObject({ ok: false, severity: 'warn', step: 1 });
    expect(found?.message).toBe('A comma split a text of a [flow list] in two: strategy.excitement[1] on line 93 (“with Chen Jie confirming it” became an item of its own).');
    expect(found?.fix).toBe('Quote the text so the comma stays in it: line 93 becomes excitement: ["invoices drafted live, with Chen Jie confirming it"]');
  });

  it('warns in Chinese in the Chinese deck', () => {
    const found = check('decks/huadong.yaml', (y) => y.replace(/ {2}excitement:\n( {4}- .*\n)+/, '  excitement: [现场录一张超信用订单, 并且王总在手机上当场审批]\n'));
    expect(found?.ok).toBe(false);
    expect(found?.message).toMatch(/^方括号列表里的一段文字被逗号拆成了两项：第 \d+ 行的 strategy\.excitement\[1\]（“并且王总在手机上当场审批”成了单独的一项）。$/);
    expect(found?.fix).toMatch(/^给这段文字加上引号，逗号就会留在文字里：第 \d+ 行改为 excitement: \["现场录一张超信用订单，并且王总在手机上当场审批"\]$/);
  });

  it('passes the shipped example decks', () => {
    expect(check('decks/huadong.yaml', (y) => y)?.ok).toBe(true);
    expect(check('test/fixtures/everything/deck.yaml', (y) => y)?.ok).toBe(true);
  });
});
