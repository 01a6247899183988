// The installed command (lib/bundle/, built at install time) builds exactly what the source does:
// from V8's cached bytecode, without it, and as on a fresh clone before any cache was written.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';

/** The files under a folder, by path, as bytes: decoded text would hide two different invalid byte sequences. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  }
  return out;
}

/**
 * Runs the installed command with a preload that watches V8's compile calls: how many files were
 * handed cached bytecode and accepted (served) or refused. The output alone cannot tell, since a
 * refused cache compiles afresh and builds the same deck.
 */
function cacheUse(args: string[], env: Record<string, string> = {}): { served: number; refused: number; loaded: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'demodeck-cache-probe-'));
  const probe = join(dir, 'probe.cjs');
  writeFileSync(probe, [
    "const vm = require('node:vm');",
    "const seen = { served: 0, refused: 0 };",
    'const Original = vm.Script;',
    'vm.Script = class extends Original {',
    '  constructor(code, options) {',
    '    super(code, options);',
    "    if (options && options.cachedData !== undefined) seen[this.cachedDataRejected === true ? 'refused' : 'served']++;",
    '  }',
    '};',
    "require('node:module').syncBuiltinESMExports();",
    "const loaded = () => Object.keys(require.cache).map((file) => require('node:path').basename(file));",
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(join(dir, 'seen.json'))}, JSON.stringify({ ...seen, loaded: loaded() })));`,
    '',
  ].join('\n'));
  const result = spawnSync(process.execPath, ['--require', probe, 'lib/bundle/demodeck.js', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(readFileSync(join(dir, 'seen.json'), 'utf8')) as { served: number; refused: number; loaded: string[] };
}

/** Builds the example decks with a demodeck.js command; the files it wrote, by path. */
function buildWith(command: string, env: Record<string, string> = {}): Map<string, Buffer> {
  const out = mkdtempSync(join(tmpdir(), 'demodeck-bundle-'));
  const result = spawnSync(process.execPath, [command, 'build', 'decks', '--client-copy', '--variants', '--out', out], { encoding: 'utf8', env: { ...process.env, ...env } });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return files(out);
}

/** The tool as a fresh clone has it before `npm run build` wrote lib/cache/: only the bundle. */
function withoutCaches(): string {
  const root = mkdtempSync(join(tmpdir(), 'demodeck-fresh-'));
  cpSync('package.json', join(root, 'package.json'));
  for (const folder of ['content', 'templates', 'runtime', 'node_modules']) symlinkSync(join(process.cwd(), folder), join(root, folder));
  mkdirSync(join(root, 'lib'));
  cpSync(join('lib', 'bundle'), join(root, 'lib', 'bundle'), { recursive: true });
  return join(root, 'lib', 'bundle', 'demodeck.js');
}

describe('the installed demodeck command', () => {
  it('builds the example decks byte for byte like the source, with and without its caches, and exits 0', async () => {
    const viaSource = mkdtempSync(join(tmpdir(), 'demodeck-source-'));
    expect(await run(['build', 'decks', '--client-copy', '--variants', '--out', viaSource], { out: () => {}, err: () => {}, cwd: process.cwd() })).toBe(0);
    const expected = files(viaSource);
    expect(expected.size).toBeGreaterThan(10);
    const builds = {
      cached: buildWith('lib/bundle/demodeck.js'),
      uncached: buildWith('lib/bundle/demodeck.js', { DEMODECK_CODE_CACHE: 'off' }),
      fresh: buildWith(withoutCaches()),
    };
    for (const [how, built] of Object.entries(builds)) {
      expect([...built.keys()].sort(), how).toEqual([...expected.keys()].sort());
      for (const [name, content] of built) expect(content.equals(expected.get(name) ?? Buffer.alloc(0)), `${how}: ${name}`).toBe(true);
    }
  });

  it('runs from the bytecode the build recorded, which V8 accepts, and without it when told to', () => {
    const args = ['build', 'test/fixtures/minimal/deck.yaml', '--out', mkdtempSync(join(tmpdir(), 'demodeck-cache-use-'))];
    // The command's own bundle (app.js) and the Handlebars runtime are served from the cache.
    const cached = cacheUse(args);
    expect(cached.refused).toBe(0);
    expect(cached.served).toBeGreaterThanOrEqual(2);
    expect(cacheUse(args, { DEMODECK_CODE_CACHE: 'off' })).toMatchObject({ served: 0, refused: 0 });
  });

  it('loads the yaml package only for a file the fast readers leave, from its own cached file, with the same deck', async () => {
    const out = mkdtempSync(join(tmpdir(), 'demodeck-yaml-library-'));
    // Plain block style, valid: read and checked without either package.
    const plain = cacheUse(['build', 'decks/huadong.yaml', '--out', join(out, 'plain')]);
    expect(plain.loaded).not.toContain('yaml-library.js');
    expect(plain.loaded).not.toContain('zod-library.js');
    // A file the fast readers leave to YAML (here for a one-line mapping holding a URL): the
    // package is loaded, from the bytecode recorded at install.
    const folded = cacheUse(['build', 'test/fixtures/everything/deck.yaml', '--out', join(out, 'bundle')]);
    expect(folded.loaded).toContain('yaml-library.js');
    expect(folded.refused).toBe(0);
    expect(folded.served).toBe(plain.served + 1);
    expect(await run(['build', 'test/fixtures/everything/deck.yaml', '--out', join(out, 'source')], { out: () => {}, err: () => {}, cwd: process.cwd() })).toBe(0);
    const expected = files(join(out, 'source'));
    const built = files(join(out, 'bundle'));
    expect([...built.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [name, content] of built) expect(content.equals(expected.get(name) ?? Buffer.alloc(0)), name).toBe(true);
  });

  it('compiles a user template with the Handlebars compiler next to its bundled runtime, like the source', async () => {
    // Edited, so no precompiled copy matches: the compiler runs, and the drawing helper's markup
    // (made by the bundled runtime) must still arrive unescaped.
    const templates = mkdtempSync(join(tmpdir(), 'demodeck-bundle-tpl-'));
    mkdirSync(join(templates, 'slides'));
    writeFileSync(join(templates, 'slides', 'ffab.hbs'), `<p class="house">{{body.benefit}}</p>\n${readFileSync('templates/slides/ffab.hbs', 'utf8')}`);
    const viaSource = mkdtempSync(join(tmpdir(), 'demodeck-source-'));
    const args = ['build', 'test/fixtures/minimal/deck.yaml', '--templates', templates];
    expect(await run([...args, '--out', viaSource], { out: () => {}, err: () => {}, cwd: process.cwd() })).toBe(0);
    const viaBundle = mkdtempSync(join(tmpdir(), 'demodeck-bundle-'));
    const result = spawnSync(process.execPath, ['lib/bundle/demodeck.js', ...args, '--out', viaBundle], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const built = files(viaBundle);
    const html = built.get(join('deck', 'index.html'))?.toString('utf8') ?? '';
    expect(html).toContain('<p class="house">');
    expect(html).toContain('<svg class="dd-svg dd-svg-ffab"');
    const expected = files(viaSource);
    expect([...built.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [name, content] of built) expect(content.equals(expected.get(name) ?? Buffer.alloc(0)), name).toBe(true);
  });

  it('loads zod only to report a config\'s problems, from its own cached file, with the same report', async () => {
    const deck = 'test/fixtures/invalid/bad-role.yaml';
    const probe = mkdtempSync(join(tmpdir(), 'demodeck-zod-library-'));
    writeFileSync(join(probe, 'loaded.cjs'), `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(join(probe, 'loaded.json'))}, JSON.stringify(Object.keys(require.cache).map((f) => require('node:path').basename(f)))));\n`);
    const result = spawnSync(process.execPath, ['--require', join(probe, 'loaded.cjs'), 'lib/bundle/demodeck.js', 'build', deck, '--out', probe], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.status).toBe(1);
    expect(JSON.parse(readFileSync(join(probe, 'loaded.json'), 'utf8'))).toContain('zod-library.js');
    const errors: string[] = [];
    expect(await run(['build', deck, '--out', probe], { out: () => {}, err: (text) => errors.push(text), cwd: process.cwd() })).toBe(1);
    expect(result.stderr.trimEnd()).toBe(errors.join('').trimEnd());
    expect(result.stderr).toContain('`executiv` is not allowed');
  });

  it('reports wrong usage with exit code 2', () => {
    const result = spawnSync(process.execPath, ['lib/bundle/demodeck.js', 'bild'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage:');
  });
});
