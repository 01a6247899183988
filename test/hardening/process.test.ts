// The command line in a child process (lib/, compiled by test/support/buildLib.ts): hostile YAML
// refused by its own limit within a memory bound, byte-identical decks across time zones, locales and
// working directories, and a deck folder that survives being interrupted.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshot } from './refusal.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'lib', 'cli.js');

interface Child {
  status: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  stdout: string;
}

/** Runs the CLI with a heap bound (exceeding it fails the test) and no clock: speed is the bench's business, not a test's. */
function cli(args: string[], { cwd = ROOT, env = {}, heapMb = 256 }: { cwd?: string; env?: Record<string, string>; heapMb?: number } = {}): Child {
  const result = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, signal: result.signal, stderr: result.stderr, stdout: result.stdout };
}

function hostileFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'demodeck-bomb-'));
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, text);
  return file;
}

/** The CLI in a child process with a heap bound and no clock: a hang is left to the runner's test timeout, and the child is ended afterwards. */
const running = new Set<ChildProcess>();
function cliAsync(args: string[], heapMb: number): Promise<Child> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, CLI, ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('close', (status, signal) => {
      running.delete(child);
      done({ status, signal, stdout, stderr });
    });
  });
}

// No wall-clock bound (it flaked under load): each bomb must be refused by the limit meant for it,
// before anything is expanded, in 256 MB. The counts in the messages are computed, not reached:
// a parser that expanded the aliases first would run out of memory or give another message.
describe('hostile YAML is refused by its limit, before expansion, in 256 MB (node startup included)', () => {
  afterEach(() => {
    for (const child of running) child.kill('SIGKILL');
  });
  const bombs: Record<string, [() => string, RegExp]> = {
    'the billion-laughs fixture': [() => join(ROOT, 'test/fixtures/hostile/alias-bomb.yaml'), /alias-bomb\.yaml:11:11 {2}deck\.xi\[0\] {2}the aliases of this file expand into 490329036 values; the limit is 50000/],
    'a bomb of mappings': [() => hostileFile('maps', `a0: &a0 {k: v, l: v, m: v, n: v}\n${Array.from({ length: 12 }, (_, i) => `a${i + 1}: &a${i + 1} {x: *a${i}, y: *a${i}, z: *a${i}, w: *a${i}}`).join('\n')}\n`), /maps\.yaml:13:15 {2}a12\.x {2}the aliases of this file expand into 119304624 values; the limit is 50000/],
    'a circular alias': [() => join(ROOT, 'test/fixtures/hostile/circular-alias.yaml'), /circular-alias\.yaml:8:7 {2}customer\.industry\[0\] {2}the alias `\*loop` refers to a value that contains it \(a circle\)/],
    '2 MB of aliases': [() => hostileFile('aliases', `a: &a x\nb: [${'*a, '.repeat(500_000)}*a]\n`), /aliases\.yaml:2:405 {2}the file uses more than 100 aliases/],
    '2 MB of opening brackets': [() => hostileFile('brackets', `a: ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}\n`), /brackets\.yaml:1:36 {2}brackets are nested more than 32 levels deep/],
    '2 MB of compact nested lists': [() => hostileFile('dashes', `a:\n  ${'- '.repeat(1_000_000)}x\n`), /dashes\.yaml:2:67 {2}one line opens more than 32 nested lists/],
    'a mapping with 100 000 keys': [() => hostileFile('keys', Array.from({ length: 100_000 }, (_, i) => `k${i}: v`).join('\n')), /keys\.yaml:10001:1 {2}the file holds more than 20000 values/],
  };
  for (const [name, [make, refusal]] of Object.entries(bombs)) {
    it(`${name}`, async () => {
      const file = make();
      const result = await cliAsync(['build', file, '--out', mkdtempSync(join(tmpdir(), 'demodeck-bomb-out-'))], 256);
      expect(result.signal, result.stderr.slice(0, 300)).toBeNull();
      expect(result.stderr).not.toMatch(/heap out of memory|\n\s+at /);
      expect(result.status, result.stderr).toBe(1);
      expect(result.stderr).toMatch(refusal);
    });
  }
});

describe('the same inputs give byte-identical output anywhere', () => {
  it('in another time zone, locale and working directory, with the deck given by absolute path', () => {
    const here = mkdtempSync(join(tmpdir(), 'demodeck-env-a-'));
    const there = mkdtempSync(join(tmpdir(), 'demodeck-env-b-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'demodeck-env-c-'));
    // All three environments build the same single-file decks, and all three outputs are compared.
    const a = cli(['build', 'test/fixtures/everything/deck.yaml', 'decks/huadong.yaml', '--out', here, '--single-file'], { env: { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' } });
    const b = cli(['build', join(ROOT, 'test/fixtures/everything/deck.yaml'), join(ROOT, 'decks/huadong.yaml'), '--out', there, '--single-file'], {
      cwd: '/',
      env: { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
    });
    const c = cli(['build', join(ROOT, 'test/fixtures/everything/deck.yaml'), join(ROOT, 'decks/huadong.yaml'), '--out', 'out', '--single-file'], {
      cwd: elsewhere,
      env: { TZ: 'America/St_Johns', LANG: 'zh_CN.UTF-8', LC_ALL: 'de_DE.UTF-8' },
    });
    expect([a.status, b.status, c.status], a.stderr + b.stderr + c.stderr).toEqual([0, 0, 0]);
    const first = snapshot(here);
    expect([...first.keys()]).toContain('huadong/index.html');
    expect(snapshot(there)).toEqual(first);
    expect(snapshot(join(elsewhere, 'out'))).toEqual(first);
  });

  it('no output file holds an absolute path of the build machine', () => {
    const out = mkdtempSync(join(tmpdir(), 'demodeck-paths-'));
    expect(cli(['build', join(ROOT, 'test/fixtures/everything/deck.yaml'), '--out', out]).status).toBe(0);
    expect(cli(['build', join(ROOT, 'decks/huadong.yaml'), '--out', out, '--single-file']).status).toBe(0);
    for (const [file, base64] of snapshot(out)) {
      const text = Buffer.from(base64, 'base64').toString('utf8');
      for (const path of [ROOT.replace(/\/$/, ''), out, tmpdir(), process.env.HOME ?? '/root']) expect(text.includes(path), `${file} holds ${path}`).toBe(false);
    }
  });
});

describe('an interrupted build leaves the earlier deck whole and nothing else', () => {
  const before = readFileSync(join(ROOT, 'test/fixtures/everything/deck.yaml'), 'utf8');
  const after = before.replace(/title: ([^\n]+)/, 'title: $1 (revised)');

  function setUp(): { project: string; out: string; deck: string; old: Map<string, string>; revised: Map<string, string> } {
    const project = mkdtempSync(join(tmpdir(), 'demodeck-kill-'));
    writeFileSync(join(project, 'package.json'), '{}\n');
    const deck = join(project, 'talk.yaml');
    writeFileSync(deck, after);
    expect(cli(['build', deck, '--out', join(project, 'revised')]).status).toBe(0);
    writeFileSync(deck, before);
    expect(cli(['build', deck, '--out', join(project, 'out')]).status).toBe(0);
    writeFileSync(deck, after);
    return { project, deck, out: join(project, 'out'), old: snapshot(join(project, 'out', 'talk')), revised: snapshot(join(project, 'revised', 'talk')) };
  }

  async function interrupt(deck: string, out: string, signal: NodeJS.Signals, afterMs: number): Promise<void> {
    const child = spawn(process.execPath, [CLI, 'build', deck, '--out', out], { stdio: 'ignore' });
    const exited = new Promise((done) => child.once('exit', done));
    await new Promise((done) => setTimeout(done, afterMs));
    child.kill(signal);
    await exited;
  }

  it('SIGTERM at any moment: the folder holds the old deck or the complete new one, and no leftovers', async () => {
    const { out, deck, old, revised } = setUp();
    // Kill points spread over one build's duration, most of them late, where the files are written.
    const started = performance.now();
    expect(cli(['build', deck, '--out', mkdtempSync(join(tmpdir(), 'demodeck-kill-measure-'))]).status).toBe(0);
    const whole = performance.now() - started;
    for (const afterMs of [0, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1, 1.1].map((f) => Math.round(f * whole))) {
      await interrupt(deck, out, 'SIGTERM', afterMs);
      const now = snapshot(join(out, 'talk'));
      expect(isDeepStrictEqual(now, old) || isDeepStrictEqual(now, revised), `after ${afterMs} ms the deck is neither the old nor the new one`).toBe(true);
      expect(readdirSync(out), `after ${afterMs} ms`).toEqual(['talk']);
    }
  });

  it('SIGKILL leaves at most a hidden leftover, which the next build clears', async () => {
    const { out, deck, revised } = setUp();
    for (const afterMs of [30, 90, 150, 250]) await interrupt(deck, out, 'SIGKILL', afterMs);
    expect(cli(['build', deck, '--out', out]).status).toBe(0);
    expect(readdirSync(out)).toEqual(['talk']);
    expect(snapshot(join(out, 'talk'))).toEqual(revised);
    expect(existsSync(join(out, 'talk', 'index.html'))).toBe(true);
  });
});
