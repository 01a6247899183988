// The installed command (lib/bundle/demodeck.js, one file built at install time) builds exactly
// what the source does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  }
  return out;
}

describe('the installed demodeck command', () => {
  it('builds the example decks byte for byte like the source, and exits 0', async () => {
    const viaBundle = mkdtempSync(join(tmpdir(), 'demodeck-bundle-'));
    const viaSource = mkdtempSync(join(tmpdir(), 'demodeck-source-'));
    const result = spawnSync(process.execPath, ['lib/bundle/demodeck.js', 'build', '--client-copy', '--out', viaBundle], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(await run(['build', '--client-copy', '--out', viaSource], { out: () => {}, err: () => {}, cwd: process.cwd() })).toBe(0);
    const a = files(viaBundle);
    const b = files(viaSource);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [name, content] of a) expect(content === b.get(name), name).toBe(true);
  });

  it('reports wrong usage with exit code 2', () => {
    const result = spawnSync(process.execPath, ['lib/bundle/demodeck.js', 'bild'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage:');
  });
});
