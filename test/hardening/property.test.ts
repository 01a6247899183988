// Property: whatever a hurried edit does to a valid config, a build either succeeds or fails with
// the tool's own DeckError — never another exception. Mutations work on the text (YAML syntax,
// hostile characters) and on the data (any value in any place). The seed is fixed so a failure
// reproduces; set DEMODECK_FC_SEED and DEMODECK_FC_RUNS to explore further.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildDeck } from '../../src/buildDeck.js';
import { DeckError, formatDeckError } from '../../src/errors.js';

const SEED = Number(process.env.DEMODECK_FC_SEED ?? 20261127);
const RUNS = Number(process.env.DEMODECK_FC_RUNS ?? 120);
const dir = mkdtempSync(join(tmpdir(), 'demodeck-property-'));

const FIXTURES = ['test/fixtures/minimal/deck.yaml', 'test/fixtures/everything/deck.yaml'].map((f) => readFileSync(f, 'utf8'));

const FRAGMENTS = [
  ':', ': ', '- ', '-', '[', ']', '{', '}', ',', '"', "'", '#', '\t', '\n', '\r\n', '  ', '&a ', '*a', '*b', '&b [*a, *a]', '<<: *a',
  '!!binary ', '!include ', '!!js/function ', '? ', '|', '>', '---\n', '...\n', '%YAML 1.1\n', '__proto__: ', 'constructor: ', 'prototype',
  '\u001b[31m', '\u0000', '\u202e', '\u2069', 'مرحبا', '👩‍👩‍👧', '\uFEFF', '\uD800', '007', '.nan', '.inf', '-1e999', 'yes', 'no', '~', 'null',
  '<script>alert(1)</script>', '{{constructor}}', '../../../etc/passwd', '/dev/zero', 'javascript:alert(1)', 'x'.repeat(700),
];

/** Edits on the text: insert a fragment, delete a span, duplicate or drop a line, re-indent. */
const textEdit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('line' as const), at: fc.nat(), action: fc.constantFrom('duplicate', 'drop', 'indent', 'dedent') }),
);
type TextEdit = typeof textEdit extends fc.Arbitrary<infer T> ? T : never;

function applyText(text: string, edit: TextEdit): string {
  if (edit.kind === 'insert') {
    const at = edit.at % (text.length + 1);
    return text.slice(0, at) + edit.text + text.slice(at);
  }
  if (edit.kind === 'delete') {
    const at = edit.at % (text.length + 1);
    return text.slice(0, at) + text.slice(at + edit.length);
  }
  const lines = text.split('\n');
  const i = edit.at % lines.length;
  const line = lines[i] ?? '';
  if (edit.action === 'duplicate') lines.splice(i, 0, line);
  else if (edit.action === 'drop') lines.splice(i, 1);
  else if (edit.action === 'indent') lines[i] = `  ${line}`;
  else lines[i] = line.replace(/^ {1,2}/, '');
  return lines.join('\n');
}

/** Edits on the data: any JSON-like value (or removal) at any path of the parsed config. */
const dataEdit = fc.record({
  pick: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
  value: fc.option(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...FRAGMENTS), fc.double(), fc.date({ noInvalidDate: true })), { nil: undefined }),
});
type DataEdit = typeof dataEdit extends fc.Arbitrary<infer T> ? T : never;

function applyData(data: unknown, edit: DataEdit): unknown {
  const root = structuredClone(data) as Record<string, unknown>;
  let node: unknown = root;
  for (const [depth, choice] of edit.pick.entries()) {
    if (!node || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[choice % keys.length] as string;
    const last = depth === edit.pick.length - 1 || typeof (node as Record<string, unknown>)[key] !== 'object';
    if (last) {
      if (edit.value === undefined) delete (node as Record<string, unknown>)[key];
      else (node as Record<string, unknown>)[key] = edit.value;
      break;
    }
    node = (node as Record<string, unknown>)[key];
  }
  return root;
}

let count = 0;
const outcomes = { built: 0, refused: 0 };

/**
 * What the user meets either way: a built deck is whole (index.html with one section per slide of
 * its plan.json); a refusal is a clean message naming the deck file, without a stack trace,
 * and leaves no folder behind.
 */
function buildsOrRefuses(text: string): void {
  const name = `deck-${count++}`;
  const deckFile = join(dir, `${name}.yaml`);
  const outDir = join(dir, 'out');
  writeFileSync(deckFile, text);
  let built: ReturnType<typeof buildDeck>;
  try {
    built = buildDeck({ deckFile, outDir });
  } catch (error) {
    if (!(error instanceof DeckError)) throw error;
    outcomes.refused++;
    const message = formatDeckError(error);
    expect(message).toContain(`${name}.yaml`);
    expect(message).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(existsSync(join(outDir, name))).toBe(false);
    return;
  }
  outcomes.built++;
  const html = readFileSync(built.output.indexHtml, 'utf8');
  const plan = JSON.parse(readFileSync(built.output.planJson, 'utf8')) as { slides: unknown[] };
  expect(plan.slides.length).toBeGreaterThan(0);
  expect(html.match(/<section class="dd-slide/g)?.length).toBe(plan.slides.length);
}

describe('mutated configs build or fail with a DeckError, nothing else', () => {
  // Both outcomes must really occur, or the property would say nothing about one of them.
  afterAll(() => {
    expect(outcomes.built, 'some mutated configs still build').toBeGreaterThan(RUNS / 20);
    expect(outcomes.refused, 'some mutated configs are refused').toBeGreaterThan(RUNS / 20);
  });

  it('text mutations: syntax, hostile characters, lines dropped and repeated', () => {
    fc.assert(
      fc.property(fc.nat(FIXTURES.length - 1), fc.array(textEdit, { minLength: 1, maxLength: 4 }), (which, edits) =>
        buildsOrRefuses(edits.reduce(applyText, FIXTURES[which] ?? '')),
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('data mutations: any value, or none, in any place', () => {
    const parsed = FIXTURES.map((text) => parse(text) as unknown);
    fc.assert(
      fc.property(fc.nat(FIXTURES.length - 1), fc.array(dataEdit, { minLength: 1, maxLength: 3 }), (which, edits) =>
        buildsOrRefuses(stringify(edits.reduce(applyData, parsed[which]))),
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
