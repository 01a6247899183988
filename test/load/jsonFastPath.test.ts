// A deck written as JSON (flow-style YAML, as generated configs are) is read by JSON.parse, and
// its positions are found only when a problem needs them. It must read exactly as the YAML path
// reads it, and every problem must keep its file:line:col.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadAndPlan } from '../../src/buildDeck.js';
import { DeckError, type Problem } from '../../src/errors.js';
import { plainJsonData } from '../../src/load/jsonFastPath.js';
import { parseYamlText } from '../../src/load/yamlSource.js';
import { readingProblems } from '../support/readingProblems.js';

/** A YAML comment first: the same data, but the text no longer starts as JSON, so YAML reads it. */
const throughYaml = (text: string) => parseYamlText(`# read as YAML\n${text}`, 'deck.yaml');

function problemsOf(text: string): Problem[] {
  const dir = mkdtempSync(join(tmpdir(), 'demodeck-json-'));
  const file = join(dir, 'deck.yaml');
  writeFileSync(file, text);
  try {
    loadAndPlan(file, { cwd: dir });
  } catch (error) {
    if (error instanceof DeckError) return error.problems;
    throw error;
  }
  throw new Error('the deck was accepted');
}

const example = parse(readFileSync('decks/northwind-cfo.yaml', 'utf8')) as Record<string, unknown>;

describe('a deck written as JSON', () => {
  it.each([
    ['two-space indents', JSON.stringify(example, null, 2)],
    ['one line', JSON.stringify(example)],
    ['tabs in strings, Windows line ends', JSON.stringify({ ...example, deck: { ...(example.deck as object), title: 'Q3\tplan' } }, null, 4).replace(/\n/g, '\r\n')],
  ])('reads like the YAML path (%s), with no document built', (_name, text) => {
    const fast = parseYamlText(text, 'deck.yaml');
    expect(fast.noListSplits).toBe(true);
    const slow = throughYaml(text);
    expect(slow.problems).toEqual([]);
    expect(fast.data).toStrictEqual(slow.data);
  });

  it('any JSON object it takes reads exactly as YAML reads it', () => {
    const texts = fc
      .tuple(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 })), fc.constantFrom(undefined, 0, 1, 2, '\t', ' \n'))
      .map(([value, space]) => JSON.stringify(value, null, space));
    fc.assert(
      fc.property(texts, (text) => {
        const fast = plainJsonData(text);
        if (fast === undefined) return;
        const slow = throughYaml(text);
        expect(slow.problems).toEqual([]);
        expect(fast).toStrictEqual(slow.data);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['a repeated key', '{"a": 1, "a": 2}', 'yaml-duplicate-key'],
    ['a reserved key', '{"__proto__": {"x": 1}}', 'reserved-key'],
    ['an escaped control character', '{"a": "bell\\u0007"}', 'control-character'],
  ])('leaves %s to the YAML path, which reports it', (_name, text, code) => {
    expect(plainJsonData(text)).toBeUndefined();
    expect(readingProblems(text).map((p) => [p.code, p.loc?.line])).toContainEqual([code, 1]);
  });

  it('a misspelt field reports its line and column, in JSON as in block style', () => {
    const deck = { ...example, customer: undefined, custmer: example.customer };
    const json = JSON.stringify(deck, null, 2);
    const [problem] = problemsOf(json);
    const line = json.split('\n').findIndex((l) => l.includes('"custmer"')) + 1;
    expect(problem).toMatchObject({ code: 'unknown-key', path: 'custmer', loc: { line, col: 3 } });
  });

  it('a wrong value deep in a JSON deck points at the value', () => {
    const audience = (example.audience as Record<string, unknown>[]).map((p, i) => (i === 1 ? { ...p, role: 'executiv' } : p));
    const json = JSON.stringify({ ...example, audience }, null, 2);
    const problem = problemsOf(json).find((p) => p.path === 'audience[1].role');
    const lines = json.split('\n');
    const line = lines.findIndex((l) => l.includes('"executiv"')) + 1;
    expect(problem?.loc).toMatchObject({ line, col: (lines[line - 1] ?? '').indexOf('"executiv"') + 1 });
  });

  it('a wrong field in flow-style YAML (not JSON) reports its line and column too', () => {
    const text = ['{', '  deck: { title: Plan, language: en, duration: 45, colour: red },', '  presenter: { name: Sam, company: Brightledger }', '}'].join('\n');
    const problem = problemsOf(text).find((p) => p.path === 'deck.colour');
    expect(problem?.loc).toMatchObject({ line: 2, col: 52 });
  });

  it('a syntax error in JSON is reported by the YAML reader where it is', () => {
    const text = '{\n  "deck": {"title": "Plan"},\n  "presenter": 1,,\n}';
    expect(problemsOf(text)[0]).toMatchObject({ code: 'yaml-unexpected-token', loc: { line: 3, col: 18 } });
  });
});
