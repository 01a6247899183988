// Every shipped Chinese text, and a built Chinese deck, follow the house rules for Chinese
// (docs/content-format.md, "Writing Chinese"): full-width punctuation around Chinese, one space
// between a number and a Chinese word, no space beside full-width punctuation, no calques, and at
// most one "而不是" contrast per card.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli.js';
import { TOOL_ROOT } from '../../src/load/toolRoot.js';
import { chineseStyleProblems, ratherThanCount, type StyleProblem } from './chineseStyle.js';
import { slidesOf, textNodes } from './deckText.js';

/** The Chinese side of every localized text in a library file. */
function chineseTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => chineseTexts(n, out));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record['zh-CN'] === 'string') out.push(record['zh-CN']);
    else Object.values(record).forEach((n) => chineseTexts(n, out));
  }
  return out;
}

/** Every string in a parsed YAML or JSON document. */
function allStrings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => allStrings(n, out));
  else if (node && typeof node === 'object') Object.values(node).forEach((n) => allStrings(n, out));
  return out;
}

// Placeholders are filled at build time: numbers where the name says so, Chinese words otherwise.
const NUMERIC = /^(minutes?|starts|days|count|index|priority|score|failed|facts|logic|form|duration|months?|month-[a-z]+|key|number)$/;
const fill = (text: string): string =>
  text.replace(/\{([a-z-]+)\}/gi, (_m, name: string) => (name === 'rate' ? '15%' : NUMERIC.test(name) ? '7' : '甲乙'));

const problemsIn = (label: string, texts: readonly string[]): (StyleProblem & { where: string })[] =>
  texts.flatMap((text) => chineseStyleProblems(text).map((p) => ({ ...p, where: label })));

const libraryFiles = (): { label: string; texts: string[] }[] =>
  ['features', 'cases', 'products', 'objections'].flatMap((kind) =>
    readdirSync(join(TOOL_ROOT, 'content', kind))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ label: `content/${kind}/${f}`, texts: chineseTexts(parse(readFileSync(join(TOOL_ROOT, 'content', kind, f), 'utf8'))) })),
  );

describe('shipped Chinese text', () => {
  it('follows the house rules in every library entry', () => {
    const problems = libraryFiles().flatMap(({ label, texts }) => problemsIn(label, texts));
    expect(problems).toEqual([]);
  });

  it('uses the "而不是" contrast at most once per card, case or objection', () => {
    const overused = libraryFiles().filter(({ texts }) => ratherThanCount(texts) > 1).map(({ label, texts }) => `${label}: ${ratherThanCount(texts)}`);
    expect(overused).toEqual([]);
  });

  it('follows the house rules in every UI string, with its placeholders filled', () => {
    const strings = parse(readFileSync(join(TOOL_ROOT, 'content/strings/zh-CN.yaml'), 'utf8')) as Record<string, string>;
    const problems = Object.entries(strings).flatMap(([key, text]) => problemsIn(key, [fill(text)]));
    expect(problems).toEqual([]);
    expect(Object.values(strings).filter((text) => text.includes('而不是')).length).toBeLessThanOrEqual(3);
  });

  it('follows the house rules in the Chinese example decks', () => {
    const decks = readdirSync(join(TOOL_ROOT, 'decks')).filter((f) => f.endsWith('.yaml'));
    const chinese = decks.map((f) => ({ f, config: parse(readFileSync(join(TOOL_ROOT, 'decks', f), 'utf8')) as { deck: { language?: string } } })).filter(({ config }) => config.deck.language === 'zh-CN');
    expect(chinese.length).toBeGreaterThan(0);
    expect(chinese.flatMap(({ f, config }) => problemsIn(`decks/${f}`, allStrings(config)))).toEqual([]);
  });

  // The example deck; a wholesaler's deck that shows the trading wordings and a case's figures; and
  // a wholesaler's meeting that reaches every kind of note line (concerns answered by a case, the
  // comparison and the quote, contingencies, excitement points, an early leaver).
  const builtDecks = [
    ['decks/huadong.yaml', 'huadong', '应收看得清'],
    ['test/fixtures/wholesaler/deck.yaml', 'deck', '补货计划'],
    ['test/fixtures/wholesaler-zh/deck.yaml', 'deck', '常州 ABC 五金有限公司'],
  ] as const;
  for (const [deckFile, name, shown] of builtDecks) {
    it(`follows the house rules in every text node and note line of a built Chinese deck (${deckFile}), and in its brief, plan and readiness`, async () => {
      const out = mkdtempSync(join(tmpdir(), 'demodeck-chinese-'));
      const code = await run(['build', deckFile, '--out', out], { out: () => {}, err: () => {}, cwd: process.cwd() });
      expect(code).toBe(0);
      const read = (file: string): string => readFileSync(join(out, name, file), 'utf8');
      const slides = slidesOf(read('index.html'));
      expect(slides.length).toBeGreaterThan(10);
      expect(slides.flatMap((s) => s.texts).join('\n')).toContain(shown);
      const onSlides = slides.flatMap((s) => [...problemsIn(`slide ${s.number} (${s.kind})`, s.texts), ...problemsIn(`slide ${s.number} (${s.kind}) notes`, s.notes)]);
      expect(onSlides).toEqual([]);
      // Two cues for one listener are two sentences: the first ends before the second begins.
      expect(slides.flatMap((s) => s.notes).filter((line) => /[^：。！？]关心“/.test(line))).toEqual([]);
      // The scorecard's rating boxes (☐1 … ☐5) are a form beside the question, not prose.
      const markdown = read('brief.md').split('\n').map((line) => line.replace(/\s+☐1.*$/, ''));
      expect(problemsIn('brief.md', markdown)).toEqual([]);
      expect(problemsIn('brief.html', textNodes(read('brief.html')))).toEqual([]);
      // plan.json holds every text the drawings wrap over several lines, still in one piece.
      expect(problemsIn('plan.json', allStrings(JSON.parse(read('plan.json'))))).toEqual([]);
      expect(problemsIn('readiness.json', allStrings(JSON.parse(read('readiness.json'))))).toEqual([]);
    });
  }
});
