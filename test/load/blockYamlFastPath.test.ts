// A deck written in plain block-style YAML is read without the positioned document, which is
// built only when a problem needs a line. It must read exactly as the YAML path reads it, leave
// everything else to that path, and every problem must keep its file:line:col.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Document, isScalar, parse, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { plainBlockYamlData } from '../../src/load/blockYamlFastPath.js';
import { parseYamlText } from '../../src/load/yamlSource.js';
import { readingProblems } from '../support/readingProblems.js';
import { listSplits } from '../../src/source/listSplits.js';
import { locate } from '../../src/source/location.js';

/** The data the YAML package itself reads, as the usual path would. */
const yamlData = (text: string): unknown => parse(text, { version: '1.2', schema: 'core', merge: false });

type StyleOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

const examples = readdirSync('decks').filter((f) => f.endsWith('.yaml')).map((f) => `decks/${f}`);

describe('a deck written in block style', () => {
  it.each(examples)('%s is read without the YAML document, to the same data', (file) => {
    const text = readFileSync(file, 'utf8');
    const fast = plainBlockYamlData(text);
    expect(fast).toBeDefined();
    expect(fast?.data).toStrictEqual(yamlData(text));
    expect(parseYamlText(text, file).noListSplits).toBe(true);
  });

  it.each([
    ['comments after values and on their own lines', 'a: x # note\n# whole line\nb: "q" # note\nc: [p, q] # note\n', { a: 'x', b: 'q', c: ['p', 'q'] }],
    ['a # inside a text without a space before it', 'a: C# and https://x.example/p?q=1#top\n', { a: 'C# and https://x.example/p?q=1#top' }],
    ['quotes and escapes', 'a: \'it\'\'s\'\nb: "say \\"hi\\"\\n\\u00e9\\t"\nc: ""\n', { a: "it's", b: 'say "hi"\né\t', c: '' }],
    ['the core schema\'s numbers, booleans and nulls', 'a: 007\nb: +5\nc: 0x1F\nd: 0o17\ne: 1e3\nf: .5\ng: -.inf\nh: True\ni: ~\nj:\nk: NULL\nl: 1.50\n', { a: 7, b: 5, c: 31, d: 15, e: 1000, f: 0.5, g: -Infinity, h: true, i: null, j: null, k: null, l: 1.5 }],
    ['texts that only start like numbers', 'a: 60 多家客户\nb: 1.5x faster\nc: 2026-12-03\n', { a: '60 多家客户', b: '1.5x faster', c: '2026-12-03' }],
    ['lists under a key at its own column and indented', 'a:\n- x\n- y\nb:\n  - name: p\n    n: 1\n  -\n    name: q\n  - - 1\n    - - 2\n      -\n', { a: ['x', 'y'], b: [{ name: 'p', n: 1 }, { name: 'q' }, [1, [2, null]]] }],
    ['a list at the key\'s column inside a list item', 'a:\n  - name: p\n    tags:\n    - x\n    title: t\n', { a: [{ name: 'p', tags: ['x'], title: 't' }] }],
    ['an ideographic space at the end of a text', 'a: 结束\u3000\n', { a: '结束\u3000' }],
    ['one document marker', '---\na: 1\n', { a: 1 }],
    ['flow mappings and lists on one line', 'a:\n  - {id: x, n: 2, tags: [p, "q r"], none: ~}\n  - {}\nb: [{k: v}, []]\n', { a: [{ id: 'x', n: 2, tags: ['p', 'q r'], none: null }, {}], b: [{ k: 'v' }, []] }],
  ])('reads %s as the YAML path does', (_name, text, expected) => {
    const fast = plainBlockYamlData(text);
    expect(fast?.data).toStrictEqual(expected);
    expect(fast?.data).toStrictEqual(yamlData(text));
  });

  it.each([
    ['a text over two lines', 'a: first\n  second\n'],
    ['a block text', 'a: |\n  line\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a flow mapping without a space after its colon', 'a: {b:1}\n'],
    ['a flow list over two lines', 'a: [x,\n  y]\n'],
    ['a colon and a space inside a text', 'a: b: c\n'],
    ['a key that is not a plain name', '"a": 1\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a line between two columns', 'a:\n    b: 1\n  c: 2\n'],
    ['Windows line ends', 'a: 1\r\nb: 2\r\n'],
    ['a tab', 'a:\tb\n'],
    ['a list item without its closing bracket', 'a: [x, y\n'],
    ['an empty item in a flow list', 'a: [x, , y]\n'],
  ])('leaves %s to the YAML path', (_name, text) => {
    expect(plainBlockYamlData(text)).toBeUndefined();
  });

  it.each([
    ['a repeated key', 'a: 1\na: 2\n', 'yaml-duplicate-key', 2],
    ['a reserved key', 'a: 1\n__proto__:\n  x: 1\n', 'reserved-key', 2],
    ['a control character', 'a: 1\nb: "bell\\u0007"\n', 'control-character', 2],
    ['a merge key', 'base: &b {x: 1}\nc:\n  <<: *b\n', 'yaml-merge-key', 3],
  ])('leaves %s to the YAML path, which reports it', (_name, text, code, line) => {
    expect(plainBlockYamlData(text)).toBeUndefined();
    expect(readingProblems(text).map((p) => [p.code, p.loc?.line])).toContainEqual([code, line]);
  });

  it('finds a place by its path in a file read without the document', () => {
    const text = 'deck:\n  title: Q3\naudience:\n  - name: Ann\n    role: manger\n';
    const source = parseYamlText(text, 'deck.yaml');
    expect(source.noListSplits).toBe(true);
    expect(locate(source, ['audience', 0, 'role'])).toEqual({ file: 'deck.yaml', line: 5, col: 11 });
  });

  it('still finds a list item a comma split off, and only builds the document then', () => {
    const split = parseYamlText('strategy:\n  excitement: [invoices drafted live, with Elena confirming it]\n', 'deck.yaml');
    expect(split.noListSplits).toBe(false);
    expect(listSplits(split).map((s) => [s.path, s.line, s.item])).toEqual([['strategy.excitement[1]', 2, 'with Elena confirming it']]);
    const whole = parseYamlText('strategy:\n  excitement: ["invoices drafted live, with Elena confirming it", stock check]\n', 'deck.yaml');
    expect(whole.noListSplits).toBe(true);
    expect(listSplits(whole)).toEqual([]);
  });

  const key = fc.stringMatching(/^[a-z_][a-z0-9_-]{0,8}$/).filter((k) => !['true', 'false', 'null', '__proto__', 'constructor', 'prototype'].includes(k));
  const deckOf = (word: fc.Arbitrary<string>) => {
    const scalar = fc.oneof(word, fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 100), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('node'), { minKeys: 1, maxKeys: 4 }),
    })).node;
    return fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 });
  };
  const style = fc.record({
    indent: fc.constantFrom(2, 4),
    indentSeq: fc.boolean(),
    flow: fc.boolean(),
    quote: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE') as fc.Arbitrary<'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE'>,
  });
  /** The deck as the YAML writer writes it; with `flow`, collections of single values on one line. */
  const written = (data: Record<string, unknown>, { indent, indentSeq, flow, quote }: StyleOf<typeof style>): string => {
    const doc = new Document(data);
    if (flow) {
      visit(doc, {
        Seq: (_key, seq) => void (seq.flow = seq.items.every((item) => isScalar(item))),
        Map: (_key, map) => void (map.flow = map.items.every((pair) => isScalar(pair.value))),
      });
    }
    return doc.toString({ indent, indentSeq, lineWidth: 0, defaultStringType: quote, defaultKeyType: 'PLAIN' });
  };
  /** How many of the texts the block reader took; each one it took read exactly as YAML reads it. */
  const takenOf = (texts: fc.Arbitrary<string>, runs: number): number => {
    let taken = 0;
    fc.assert(
      fc.property(texts, (text) => {
        const fast = plainBlockYamlData(text);
        if (fast === undefined) return;
        taken++;
        // A directive makes the block reader give the text to the YAML path.
        const slow = parseYamlText(`%YAML 1.2\n---\n${text}`, 'deck.yaml');
        expect(slow.problems).toEqual([]);
        expect(fast.data).toStrictEqual(slow.data);
      }),
      { numRuns: runs },
    );
    return taken;
  };

  it('any text it takes reads exactly as YAML reads it, however odd its characters', () => {
    const odd = fc.stringMatching(/^[A-Za-z0-9 .,:#'"\-?&*!|>%@[\]{}~\u4e00\u6587\u3000\u00a0\\]{0,12}$/);
    takenOf(fc.tuple(deckOf(odd), style).map(([data, how]) => written(data, how)), 500);
  });

  it('takes nearly every deck written in the usual characters', () => {
    const usual = fc.stringMatching(/^[A-Za-z0-9 .,'()/%\-\u4e00-\u4e20\uff0c\u3002]{1,20}$/);
    const runs = 300;
    // A reader that gave every file back would pass the check above without reading anything.
    expect(takenOf(fc.tuple(deckOf(usual), style).map(([data, how]) => written(data, how)), runs)).toBeGreaterThan(runs * 0.9);
  });
});
