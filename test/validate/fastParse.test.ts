// A valid config is checked against a plain description of the zod deck schema, without building
// zod. Whatever that check passes must come out exactly as zod's parse (values, defaults, key
// order); whatever zod refuses it must refuse, so zod is left to report the problems.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readYamlFile } from '../../src/load/yamlSource.js';
import { checkDeckSource } from '../../src/validate/deckCheck.js';
import { deckSchema } from '../../src/validate/deckSchema.js';
import { deckSpec } from '../../src/validate/deckSpec.generated.js';
import { FAILED, fastParse } from '../../src/validate/fastParse.js';
import { withRule, withRuleReport, zodFields } from '../../src/validate/fields.js';
import { describeSchema, specModuleText } from '../../src/validate/schemaSpec.js';
// @ts-expect-error: the bench's own module is plain JavaScript without types.
import { writeFixtures, writeFlowFixture } from '../../bench/fixtures.mjs';

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml') && !f.includes('content/')).map((f) => `${dir}/${f}`);

/** The data of a file, when it reads as data at all (some fixtures are meant not to). */
function dataOf(file: string): unknown {
  try {
    return readYamlFile(file).data;
  } catch {
    return undefined;
  }
}

/** The benchmark's meetings (10 to 500 needs, both languages, one as JSON), written afresh. */
const benchDir = mkdtempSync(join(tmpdir(), 'demodeck-fast-parse-'));
writeFixtures(benchDir);
writeFlowFixture(benchDir);

/** Every meeting config of the repository that reads as data: examples, benchmarks, test fixtures. */
const configs = [...yamlFiles('decks'), ...yamlFiles(benchDir), ...yamlFiles('test/fixtures')]
  .map((file) => ({ file, data: dataOf(file) }))
  .filter(({ data }) => typeof data === 'object' && data !== null && !Array.isArray(data));

/** Values, key order and keys holding undefined, as one text. */
const exactly = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (v === undefined ? '(undefined)' : v));

/** The fast check agrees with zod on `data`: the same value when zod passes it, a refusal otherwise. */
function expectSameAsZod(data: unknown): 'passed' | 'refused' {
  const zod = deckSchema().safeParse(data);
  const fast = fastParse(deckSpec, data);
  if (zod.success) {
    expect(fast, `zod passes this config:\n${exactly(data)}`).not.toBe(FAILED);
    expect(exactly(fast)).toBe(exactly(zod.data));
    expect(fast).toStrictEqual(zod.data);
    return 'passed';
  }
  expect(fast, `zod refuses this config (${zod.error.issues[0]?.message}):\n${exactly(data)}`).toBe(FAILED);
  return 'refused';
}

describe('the description of the deck schema', () => {
  it('is the one the zod schema gives (after a schema change: npm run deck-spec)', () => {
    const written = readFileSync('src/validate/deckSpec.generated.ts', 'utf8');
    expect(written).toBe(specModuleText(describeSchema(deckSchema()), 'deckSpec', 'the zod deck schema (deckSchema.ts)'));
  });

  it('refuses to describe what it cannot check exactly', () => {
    const { text } = zodFields();
    expect(() => describeSchema(z.object({ a: text }))).toThrow(/only strict objects/);
    expect(() => describeSchema(z.strictObject({ a: text.refine((v) => v !== 'x') }))).toThrow(/without a rule name/);
    expect(() => describeSchema(z.string().transform((v) => v.length))).toThrow(/no plain description/);
    expect(() => describeSchema(z.string().toLowerCase())).toThrow(/only the trim/);
    expect(() => describeSchema(z.url())).toThrow(/text format url/);
    expect(() => describeSchema(z.int32())).toThrow(/no plain description/);
    expect(() => describeSchema(z.strictObject({ 1: text }))).toThrow(/key of this object/);
    expect(() => describeSchema(z.string().default(() => 'x'))).not.toThrow();
  });

  it('names the rules it checks, whether they report one problem or several', () => {
    const spec = describeSchema(z.strictObject({
      a: withRule(z.string(), 'freeId', 'reserved'),
      b: withRuleReport(z.string(), 'projectPath', () => undefined),
    }));
    expect(JSON.stringify(spec.nodes)).toContain('{"rule":"freeId"}');
    expect(JSON.stringify(spec.nodes)).toContain('{"rule":"projectPath"}');
  });
});

describe('a config checked without zod', () => {
  it.each(configs.map((c) => [c.file, c.data]))('%s reads as zod reads it', (_file, data) => {
    expectSameAsZod(data);
  });

  it('passes every example deck (none of them builds the zod schema)', () => {
    for (const file of yamlFiles('decks')) expect(fastParse(deckSpec, readYamlFile(file).data), file).not.toBe(FAILED);
  });

  const base = {
    deck: { title: '  Demo  ', date: '2026-12-03' },
    presenter: { name: 'Li', email: 'li@example.com', website: 'https://example.com', logo: 'logo.png' },
    customer: { name: 'Acme', size: { employees: 40 } },
    audience: [{ name: 'Wang', role: 'executive', concerns: ['cost', { concern: 'speed', at: 'stock' }] }],
    needs: [{ id: 'stock', title: 'Stock', features: ['inventory-available-stock', { name: 'N', feature: 'F', function: 'Fn', advantage: 'A', benefit: 'B', demo: ['one', 'two'], must_show: [2] }] }],
    value: { facts: [{ id: 'f', label: 'L', amount: 10 }], gains: [{ need: 'stock', point: 'reduce-cost', label: 'G', of: 'f', change: -0.2 }] },
  };

  it('trims texts, fills defaults and keeps the schema\'s key order', () => {
    const parsed = fastParse(deckSpec, { needs: base.needs, audience: base.audience, customer: base.customer, deck: base.deck }) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['deck', 'customer', 'audience', 'needs', 'competitors', 'cases']);
    expect(parsed.deck).toEqual({ title: 'Demo', language: 'en', duration: 45, theme: 'default', date: '2026-12-03' });
    expect(Object.keys(parsed.deck as object)).toEqual(['title', 'language', 'duration', 'date', 'theme']);
    expectSameAsZod(base);
  });

  it('gives each config its own copy of a default list', () => {
    const first = fastParse(deckSpec, base) as { competitors: unknown[] };
    first.competitors.push('changed');
    expect((fastParse(deckSpec, base) as { competitors: unknown[] }).competitors).toEqual([]);
  });

  it.each([
    ['600 characters of two UTF-16 units each', '😀'.repeat(600), 'passed'],
    ['601 such characters', '😀'.repeat(601), 'refused'],
    ['600 characters between spaces', ` ${'a'.repeat(600)} `, 'passed'],
    ['only spaces', ' \u3000 ', 'refused'],
  ])('counts a title of %s as zod does', (_what, title, outcome) => {
    expect(expectSameAsZod({ ...base, deck: { title } })).toBe(outcome);
  });

  it.each([
    ['an unknown key', { ...base, extra: 1 }],
    ['a __proto__ key read from JSON', JSON.parse(`{"__proto__": 1, ${JSON.stringify(base).slice(1)}`)],
    ['a reserved id', { ...base, needs: [{ ...base.needs[0], id: 'constructor' }] }],
    ['a date that is not a day', { ...base, deck: { title: 'x', date: '2026-02-30' } }],
    ['a script link', { ...base, presenter: { name: 'Li', website: 'javascript:alert(1)' } }],
    ['an absolute logo path', { ...base, customer: { name: 'Acme', logo: '/etc/passwd' } }],
    ['a must-show step beyond the click path', { ...base, needs: [{ id: 'stock', title: 'S', features: [{ name: 'N', feature: 'F', function: 'Fn', advantage: 'A', benefit: 'B', demo: ['one'], must_show: [2] }] }] }],
    ['an infinite amount', { ...base, value: { gains: [{ need: 'stock', point: 'reduce-cost', label: 'G', amount: Infinity }] } }],
    ['a fraction of a minute', { ...base, deck: { title: 'x', duration: 30.5 } }],
    ['a null where a section may be left out', { ...base, presenter: null }],
  ])('refuses %s, as zod does', (_what, data) => {
    expect(expectSameAsZod(data)).toBe('refused');
  });

  // Any edit of a valid config — a value replaced by another of any type, a key removed or added,
  // an item repeated — is judged the same by both.
  const odd = fc.oneof(
    fc.constantFrom<unknown>(
      '', ' ', '  x  ', '\u3000y', 'a'.repeat(601), '😀'.repeat(601), 'ar-credit-control', 'Ar', 'x--y', 'a'.repeat(65), '__proto__',
      '2026-02-30', '2026-12-03', 'https://x.example', 'javascript:alert(1)', '/abs', '../up', 'C:\\x', '~/x', 'a\\b', 'mailto:a@b.co',
      'a@b.co', 'not an email', '#0b5cad', '#08c', 'red', 'EUR', 'eur', 'en', 'zh-CN', 'executive', 'decision-maker', 'supporter',
      'reduce-cost', 'quick', 'stacked', 'core-needs', 'question', 'competitor',
      0, -1, 1, 2, 2.5, 5, 45, 240, 241, 1e12, 1e13, -0.5, 0.15, 11, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2,
      true, false, null, [], {}, ['x'], [1, 2], { en: 'a', 'zh-CN': 'b' }, { concern: 'c', at: 'stock' }, { point: 'p' },
      // A contingency's keys are `if` and `then`; the object is data, never awaited.
      // oxlint-disable-next-line unicorn/no-thenable
      { if: 'i', then: 't' },
    ),
    fc.string({ maxLength: 8 }),
    fc.integer({ min: -5, max: 300 }),
  );

  type Edit = { pick: number; kind: 'set' | 'delete' | 'add' | 'repeat'; value: unknown; key: string };
  const edit = fc.record({
    pick: fc.nat(),
    kind: fc.constantFrom<Edit['kind']>('set', 'set', 'set', 'delete', 'add', 'repeat'),
    value: odd,
    key: fc.constantFrom('title', 'name', 'id', 'role', 'extra', 'email', 'at', 'value', 'demo', 'must_show', 'currency', 'amount', 'duration', 'concerns'),
  });

  /** Every container of `data` with the key or index of each of its entries. */
  function places(data: unknown): [Record<string, unknown> | unknown[], string | number][] {
    const found: [Record<string, unknown> | unknown[], string | number][] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach((item, i) => { found.push([value, i]); walk(item); });
      else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) { found.push([value as Record<string, unknown>, key]); walk(item); }
    };
    walk(data);
    return found;
  }

  function edited(data: unknown, edits: Edit[]): unknown {
    const copy = structuredClone(data);
    for (const { pick, kind, value, key } of edits) {
      const all = places(copy);
      if (all.length === 0) break;
      const [container, at] = all[pick % all.length] as [Record<string, unknown> | unknown[], string | number];
      const slot = container as Record<string | number, unknown>;
      if (kind === 'set') slot[at] = structuredClone(value);
      else if (kind === 'delete') {
        if (Array.isArray(container)) container.splice(at as number, 1);
        else delete slot[at];
      } else if (kind === 'add' && !Array.isArray(container)) slot[key] = structuredClone(value);
      else if (kind === 'repeat' && Array.isArray(container)) container.push(structuredClone(container[at as number]));
    }
    return copy;
  }

  const starts = [base, ...configs.filter(({ data }) => deckSchema().safeParse(data).success).map(({ data }) => data)];

  it('judges any edit of a valid config as zod does', () => {
    const outcomes = { passed: 0, refused: 0 };
    fc.assert(
      fc.property(fc.nat({ max: starts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 3 }), (start, edits) => {
        outcomes[expectSameAsZod(edited(starts[start], edits))]++;
      }),
      { numRuns: 1500 },
    );
    // Both outcomes were really tried, not only refusals.
    expect(outcomes.passed).toBeGreaterThan(150);
    expect(outcomes.refused).toBeGreaterThan(150);
  });

  it('reports the problems of a config it refuses through zod, with their lines', () => {
    const source = readYamlFile('decks/northwind-cfo.yaml');
    const broken = { ...source, data: { ...(source.data as object), extra: 1 } };
    const checked = checkDeckSource(broken);
    expect(checked.value).toBeUndefined();
    expect(checked.problems.map((p) => p.path)).toContain('extra');
  });
});
