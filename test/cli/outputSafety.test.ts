// A build only ever replaces what it built; clashing outputs and unwritable folders are the
// user's to fix, said plainly, before anything is overwritten.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { cli } from '../support/cliRun.js';

const minimal = readFileSync('test/fixtures/minimal/deck.yaml', 'utf8');

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'demodeck-safety-'));
  mkdirSync(join(dir, 'decks'));
  return dir;
}

describe('output safety', () => {
  it('never replaces a folder that is not an earlier build of the deck', async () => {
    const dir = project();
    writeFileSync(join(dir, 'decks', 'decks.yaml'), minimal);
    writeFileSync(join(dir, 'decks', 'notes.txt'), 'my notes');
    const { code, err } = await cli(['build', 'decks/decks.yaml', '--out', '.'], dir);
    expect(code).toBe(1);
    expect(err).toContain('holds files that demodeck did not write');
    expect(readFileSync(join(dir, 'decks', 'notes.txt'), 'utf8')).toBe('my notes');
  });

  it('builds after check-deck, in the README\'s order, into the folder the check wrote', async () => {
    const dir = project();
    cpSync('decks', join(dir, 'decks'), { recursive: true });
    const check = await cli(['check', 'decks/northwind-cfo.yaml'], dir);
    expect(check.code).toBe(0);
    expect(check.out).toContain('wrote dist/northwind-cfo/readiness.json');
    const build = await cli(['build', 'decks/northwind-cfo.yaml'], dir);
    expect(build.err).toBe('');
    expect(build.code).toBe(0);
    expect(existsSync(join(dir, 'dist', 'northwind-cfo', 'index.html'))).toBe(true);
    // And the other way round: a check beside a build, then the build again.
    expect((await cli(['check', 'decks/northwind-cfo.yaml'], dir)).code).toBe(0);
    expect((await cli(['build', 'decks/northwind-cfo.yaml'], dir)).code).toBe(0);
  });

  it('still refuses a folder whose readiness.json is not one demodeck wrote', async () => {
    const dir = project();
    writeFileSync(join(dir, 'decks', 'talk.yaml'), minimal);
    mkdirSync(join(dir, 'dist', 'talk'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'talk', 'readiness.json'), '{"ready": true}');
    const { code, err } = await cli(['build', 'decks/talk.yaml'], dir);
    expect(code).toBe(1);
    expect(err).toContain('holds files that demodeck did not write');
    expect(readFileSync(join(dir, 'dist', 'talk', 'readiness.json'), 'utf8')).toBe('{"ready": true}');
  });

  it('replaces an earlier build of the same deck', async () => {
    const dir = project();
    writeFileSync(join(dir, 'decks', 'talk.yaml'), minimal);
    expect((await cli(['build', 'decks/talk.yaml'], dir)).code).toBe(0);
    expect((await cli(['build', 'decks/talk.yaml'], dir)).code).toBe(0);
  });

  it('refuses a deck file without a name, whose folder would be the output folder itself', async () => {
    const dir = project();
    writeFileSync(join(dir, 'decks', '.yaml'), minimal);
    const { code, err } = await cli(['build', 'decks/.yaml'], dir);
    expect(code).toBe(1);
    expect(err).toContain('has no name before .yaml');
  });

  it('refuses two decks that would write the same folder, before building either', async () => {
    const dir = project();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'x.yaml'), minimal);
    writeFileSync(join(dir, 'b', 'x.yaml'), minimal);
    const { code, err } = await cli(['build', 'a/x.yaml', 'b/x.yaml'], dir);
    expect(code).toBe(1);
    expect(err).toContain('a/x.yaml and b/x.yaml would both be built into dist/x');
    expect(existsSync(join(dir, 'dist', 'x'))).toBe(false);
  });

  it('gives people whose names make the same folder name a folder each', async () => {
    const dir = project();
    const config = parse(minimal);
    config.audience = [
      { name: 'Boss', role: 'executive', decision: 'decision-maker' },
      { name: 'Zhang Min', role: 'manager', decision: 'influencer' },
      { name: 'Zhang-Min', role: 'user', decision: 'influencer' },
    ];
    writeFileSync(join(dir, 'decks', 'people.yaml'), stringify(config));
    expect((await cli(['build', 'decks/people.yaml', '--variants'], dir)).code).toBe(0);
    expect(existsSync(join(dir, 'dist', 'people-zhang-min-2', 'plan.json'))).toBe(true);
    expect(existsSync(join(dir, 'dist', 'people-zhang-min-3', 'plan.json'))).toBe(true);
  });

  it('--variants still builds the good decks of a folder when one is broken', async () => {
    const dir = project();
    writeFileSync(join(dir, 'decks', 'good.yaml'), minimal);
    writeFileSync(join(dir, 'decks', 'broken.yaml'), 'deck: {title: [unclosed\n');
    const { code, out } = await cli(['build', 'decks', '--variants'], dir);
    expect(code).toBe(1);
    expect(out).toContain('dist/good/index.html');
    expect(existsSync(join(dir, 'dist', 'good', 'index.html'))).toBe(true);
  });

  it('says plainly when a file is in the way of the output', async () => {
    const dir = project();
    writeFileSync(join(dir, 'decks', 'talk.yaml'), minimal);
    writeFileSync(join(dir, 'taken'), 'a file, not a folder');
    const { code, err } = await cli(['build', 'decks/talk.yaml', '--out', 'taken'], dir);
    expect(code).toBe(1);
    expect(err).toMatch(/The output (cannot be written|folder is taken)/);
    expect(err).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
