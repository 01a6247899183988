// The command line: 0 built, 1 the input is wrong (clean message), 2 wrong usage.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { run } from '../../src/cli.js';

async function capture(argv: string[], cwd = process.cwd()): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (l) => (out += `${l}\n`), err: (l) => (err += `${l}\n`), cwd });
  return { code, out, err };
}

describe('demodeck command line', () => {
  it('builds a deck and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demodeck-cli-'));
    const { code, out } = await capture(['build', 'test/fixtures/minimal/deck.yaml', '--out', dir]);
    expect(code).toBe(0);
    expect(out).toMatch(/built .*deck\/index\.html {2}\d+ slides/);
    expect(existsSync(join(dir, 'deck', 'plan.json'))).toBe(true);
  });

  it('exits 1 with a clean message and no stack trace when the config is wrong', async () => {
    const { code, err } = await capture(['build', 'test/fixtures/invalid/bad-role.yaml', '--out', mkdtempSync(join(tmpdir(), 'demodeck-cli-'))]);
    expect(code).toBe(1);
    expect(err).toContain('test/fixtures/invalid/bad-role.yaml:7:11  audience[0].role');
    expect(err).not.toMatch(/at .*\.(ts|js):\d+:\d+/);
  });

  it('refuses to build a config with several problems, printing every one of them, and writes nothing', async () => {
    const out = mkdtempSync(join(tmpdir(), 'demodeck-cli-'));
    const { code, err } = await capture(['build', 'test/fixtures/invalid/control-and-unsafe-url.yaml', '--out', out]);
    expect(code).toBe(1);
    expect(err).toContain('control-and-unsafe-url.yaml:10:12  presenter.website');
    expect(err).toContain('control-and-unsafe-url.yaml:32:49  needs[1].features[0].demo[2]');
    expect(existsSync(join(out, 'control-and-unsafe-url'))).toBe(false);
  });

  it('exits 2 on an unknown command or flag, with the usage', async () => {
    for (const argv of [['bild'], ['build', '--outt', 'x'], []]) {
      const { code, err } = await capture(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toContain('Usage:');
    }
  });

  it('exits 1 when the deck file does not exist', async () => {
    const { code, err } = await capture(['build', 'decks/nope.yaml']);
    expect(code).toBe(1);
    expect(err).toContain('decks/nope.yaml does not exist');
  });

  it('keeps building the other decks when one is broken, then exits 1', async () => {
    const out = mkdtempSync(join(tmpdir(), 'demodeck-cli-'));
    const { code, out: stdout } = await capture(['build', 'test/fixtures/invalid/bad-role.yaml', 'test/fixtures/minimal/deck.yaml', '--out', out]);
    expect(code).toBe(1);
    expect(stdout).toContain('deck/index.html');
    expect(existsSync(join(out, 'deck', 'index.html'))).toBe(true);
  });

  it('leaves the earlier output untouched when a rebuild fails', async () => {
    const project = mkdtempSync(join(tmpdir(), 'demodeck-keep-'));
    const deck = join(project, 'talk.yaml');
    writeFileSync(deck, readFileSync('test/fixtures/minimal/deck.yaml'));
    expect((await capture(['build', deck, '--out', 'out'], project)).code).toBe(0);
    const before = readFileSync(join(project, 'out', 'talk', 'index.html'), 'utf8');
    writeFileSync(deck, 'deck: {title: [unclosed\n');
    expect((await capture(['build', deck, '--out', 'out'], project)).code).toBe(1);
    expect(readFileSync(join(project, 'out', 'talk', 'index.html'), 'utf8')).toBe(before);
  });

  it('builds a deck that lives outside the project, with the shipped library', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'demodeck-elsewhere-'));
    const deck = join(elsewhere, 'meeting.yaml');
    writeFileSync(deck, readFileSync('test/fixtures/invalid/unknown-feature.yaml', 'utf8').replace(', ar-ageng', ', ar-ageing'));
    const { code, err } = await capture(['build', deck, '--out', join(elsewhere, 'out')]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(readFileSync(join(elsewhere, 'out', 'meeting', 'index.html'), 'utf8')).toContain('data-kind="ffab"');
  });

  it('lets a project card override a shipped card of the same id', async () => {
    const project = mkdtempSync(join(tmpdir(), 'demodeck-override-'));
    const card = parse(readFileSync('content/features/ar-ageing.yaml', 'utf8'));
    mkdirSync(join(project, 'content', 'features'), { recursive: true });
    mkdirSync(join(project, 'decks'));
    writeFileSync(join(project, 'content', 'features', 'ar-ageing.yaml'), stringify({ ...card, name: { en: 'Our own ageing card', 'zh-CN': '我们自己的账龄卡片' } }));
    writeFileSync(join(project, 'decks', 'm.yaml'), readFileSync('test/fixtures/invalid/unknown-feature.yaml', 'utf8').replace(', ar-ageng', ', ar-ageing'));
    const { code } = await capture(['build', 'decks/m.yaml', '--out', 'out'], project);
    expect(code).toBe(0);
    expect(readFileSync(join(project, 'out', 'm', 'index.html'), 'utf8')).toContain('Our own ageing card');
  });
});
