// Batch builds: several decks at once, one broken deck does not stop the others, a live display
// on a terminal and plain lines elsewhere, a summary, and the same files whichever way they ran.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHere, runInWorkers } from '../../src/batch/pool.js';
import type { BatchJob, BuildSettings } from '../../src/batch/runJob.js';
import { run, type Io } from '../../src/cli.js';

const GOOD = readFileSync('test/fixtures/minimal/deck.yaml', 'utf8');
const BROKEN = readFileSync('test/fixtures/invalid/bad-role.yaml', 'utf8');

/** A project folder with decks/a.yaml … and, if asked, a broken decks/broken.yaml. */
function project(names: string[], broken = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'demodeck-batch-'));
  mkdirSync(join(dir, 'decks'));
  for (const name of names) writeFileSync(join(dir, 'decks', `${name}.yaml`), GOOD.replace('Stock you can trust', `Stock you can trust (${name})`));
  if (broken) writeFileSync(join(dir, 'decks', 'broken.yaml'), BROKEN);
  return dir;
}

function capture(cwd: string, tty = false): { io: Io; out: string[]; err: string[]; raw: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const raw: string[] = [];
  return { io: { out: (l) => out.push(l), err: (l) => err.push(l), cwd, tty, write: (t) => raw.push(t) }, out, err, raw };
}

describe('batch builds', () => {
  it('with no argument builds every deck in decks/, then prints a summary', async () => {
    const dir = project(['a', 'b', 'c', 'd']);
    const { io, out, err } = capture(dir);
    expect(await run(['build', '--out', 'dist'], io)).toBe(0);
    expect(readdirSync(join(dir, 'dist')).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(out.filter((l) => l.startsWith('built '))).toHaveLength(4);
    expect(out.at(-1)).toMatch(/^4 of 4 decks built in \d+\.\d s$/);
    expect(err).toEqual([]);
  });

  it('keeps going past a broken deck, names it in the summary and exits 1', async () => {
    const dir = project(['a', 'b', 'c'], true);
    const { io, out, err } = capture(dir);
    expect(await run(['build', 'decks', '--out', 'dist', '--jobs', '2'], io)).toBe(1);
    expect(readdirSync(join(dir, 'dist')).sort()).toEqual(['a', 'b', 'c']);
    expect(out.at(-1)).toMatch(/^3 of 4 decks built in \d+\.\d s; 1 failed: decks\/broken\.yaml$/);
    expect(err.join('\n')).toContain('failed decks/broken.yaml');
    expect(err.join('\n')).toContain('decks/broken.yaml:7:11  audience[0].role');
  });

  it('on a terminal, redraws one line per deck with its state and time, then the details', async () => {
    const dir = project(['a', 'b'], true);
    const { io, out, err, raw } = capture(dir, true);
    expect(await run(['build', 'decks/a.yaml', 'decks/broken.yaml', 'decks/b.yaml', '--out', 'dist'], io)).toBe(1);
    const screen = raw.join('');
    // The last frame, as the user sees it when the batch is over.
    // eslint-disable-next-line no-control-regex
    const frames = screen.split('\r\x1b[2K').map((l) => l.replace(/\n$/, '').replace(/\x1b\[\d+A$/, ''));
    const last = frames.slice(-3);
    expect(last[0]).toMatch(/^✓ decks\/a\.yaml {6} done {6}\d+\.\d s$/);
    expect(last[1]).toMatch(/^✗ decks\/broken\.yaml {2}failed {4}\d+\.\d s$/);
    expect(last[2]).toMatch(/^✓ decks\/b\.yaml {6} done {6}\d+\.\d s$/);
    expect(screen).toContain('\x1b[3A');
    expect(out.filter((l) => l.startsWith('built '))).toHaveLength(2);
    expect(out.at(-1)).toMatch(/^2 of 3 decks built/);
    expect(err.join('\n')).toContain('audience[0].role');
  });

  it('refuses a --jobs that is not a whole number of at least 1 (usage error, exit 2)', async () => {
    const { io, err } = capture(process.cwd());
    expect(await run(['build', 'test/fixtures/minimal/deck.yaml', '--jobs', '0'], io)).toBe(2);
    expect(err.join('\n')).toContain('--jobs takes a whole number');
  });

  it('gives the same files and messages in worker threads as in one thread', async () => {
    const dir = project(['a', 'b', 'c'], true);
    const jobs: BatchJob[] = ['a', 'broken', 'b', 'c'].map((n) => ({ deckFile: `decks/${n}.yaml`, label: n }));
    const settings = (out: string): BuildSettings => ({ outDir: out, singleFile: true, cwd: dir, delivery: {} });
    const here = await runHere(jobs, settings('here'), 2, () => {});
    const workers = await runInWorkers(jobs, settings('workers'), 2, () => {});
    const strip = (o: (typeof here)[number]) => (o.ok ? { ok: true, lines: o.lines.map((l) => l.replace(/^built (here|workers)\//, 'built ')) } : { ok: false, error: o.error });
    expect(workers.map(strip)).toEqual(here.map(strip));
    for (const name of ['a', 'b', 'c']) {
      expect(readFileSync(join(dir, 'workers', name, 'index.html'), 'utf8')).toBe(readFileSync(join(dir, 'here', name, 'index.html'), 'utf8'));
    }
    expect(existsSync(join(dir, 'workers', 'broken'))).toBe(false);
  });
});
