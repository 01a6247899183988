// The order in which the file system lists a folder differs between machines (ext4 hash order,
// tmpfs creation order, …); decks must not depend on it. Every listing is reversed here.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const listing = vi.hoisted(() => ({ reversed: false }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readdirSync = ((...args: Parameters<typeof fs.readdirSync>) => {
    const entries = fs.readdirSync(...args) as unknown[];
    return listing.reversed ? entries.toReversed() : entries;
  }) as typeof fs.readdirSync;
  return { ...fs, default: { ...fs, readdirSync }, readdirSync };
});

const { run } = await import('../../src/cli.js');
const { snapshot } = await import('./refusal.js');

async function buildAll(reversed: boolean): Promise<Map<string, string>> {
  listing.reversed = reversed;
  const out = mkdtempSync(join(tmpdir(), 'demodeck-listing-'));
  const code = await run(['build', 'decks', 'test/fixtures/everything/deck.yaml', '--out', out], { out: () => undefined, err: (l) => console.error(l), cwd: process.cwd() });
  expect(code).toBe(0);
  return snapshot(out);
}

describe('file-system listing order', () => {
  it('gives byte-identical decks when every folder is listed in reverse', async () => {
    const forward = await buildAll(false);
    const backward = await buildAll(true);
    expect(backward).toEqual(forward);
  });

  it('is really reversed by this test (the modules under test see the reversed listing)', async () => {
    const fs = await import('node:fs');
    listing.reversed = false;
    const forward = fs.readdirSync('test/fixtures');
    listing.reversed = true;
    expect(fs.readdirSync('test/fixtures')).toEqual(forward.toReversed());
    listing.reversed = false;
  });
});
