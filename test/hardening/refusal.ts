// Shared by the hostile-input tests: build one config through the command line into an output
// folder that already holds an earlier deck, and report what the user would see and whether the
// folder changed.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import { run } from '../../src/cli.js';

export interface Refusal {
  code: number;
  err: string;
  out: string;
  /** The output folder's files and bytes before and after the build. */
  before: Map<string, string>;
  after: Map<string, string>;
}

/** Every file under `dir` (names relative to it) with its bytes, hidden files included. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (sub: string): void => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(join(dir, rel)).isDirectory()) walk(rel);
      else files.set(rel, readFileSync(join(dir, rel)).toString('base64'));
    }
  };
  walk('');
  return files;
}

export async function buildInto(deckFile: string, cwd = process.cwd()): Promise<Refusal> {
  const out = mkdtempSync(join(tmpdir(), 'demodeck-refusal-'));
  const previous = join(out, basename(deckFile).replace(/\.ya?ml$/i, ''));
  mkdirSync(join(previous, 'assets'), { recursive: true });
  writeFileSync(join(previous, 'index.html'), '<!doctype html><title>the deck from yesterday</title>');
  writeFileSync(join(previous, 'plan.json'), '{"deck":"yesterday"}\n');
  writeFileSync(join(previous, 'assets', 'demodeck.js'), '/* yesterday */');
  const before = snapshot(out);
  let err = '';
  let stdout = '';
  const code = await run(['build', deckFile, '--out', out], { out: (l) => (stdout += `${l}\n`), err: (l) => (err += `${l}\n`), cwd });
  return { code, err, out: stdout, before, after: snapshot(out) };
}

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** What every refusal owes the user: exit 1, no stack, no raw control bytes, short, output kept. */
export function expectCleanRefusal(result: Refusal): void {
  expect(result.code, result.err).toBe(1);
  expect(result.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(result.err).not.toMatch(/Cannot read properties|undefined is not|TypeError|RangeError|ReferenceError/);
  expect(RAW_CONTROL.test(result.err), 'a raw control or direction character reached the terminal').toBe(false);
  for (const block of result.err.trim().split('\n\n').slice(1)) expect(Buffer.byteLength(block), block).toBeLessThan(1024);
  expect(result.after).toEqual(result.before);
}
