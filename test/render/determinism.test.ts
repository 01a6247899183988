// The same inputs give byte-identical output, wherever and whenever they are built.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';

function filesOf(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(relative(dir, full), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

const quiet = { out: () => {}, err: () => {}, cwd: process.cwd() };

describe('determinism', () => {
  for (const flags of [[], ['--single-file']]) {
    it(`building the same decks twice gives byte-identical files ${flags.join(' ')}`, async () => {
      const a = mkdtempSync(join(tmpdir(), 'demodeck-a-'));
      const b = mkdtempSync(join(tmpdir(), 'demodeck-b-'));
      const decks = ['test/fixtures/everything/deck.yaml', 'decks/huadong.yaml', 'decks/northwind-cfo.yaml'];
      expect(await run(['build', ...decks, '--out', a, ...flags], quiet)).toBe(0);
      expect(await run(['build', ...decks, '--out', b, ...flags], quiet)).toBe(0);
      const first = filesOf(a);
      const second = filesOf(b);
      expect([...first.keys()].sort()).toEqual([...second.keys()].sort());
      expect(first.size).toBeGreaterThan(0);
      for (const [name, content] of first) expect(second.get(name), name).toBe(content);
    });
  }
});
