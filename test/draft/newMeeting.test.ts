// `demodeck new` without a terminal (scripts, CI): it asks nothing, fills what the flags name, and
// writes a commented meeting whose every unanswered field is a TODO / 待填写 placeholder — a file
// that validates against the editors' JSON Schema, builds, and that check-deck refuses to call
// ready until each placeholder is gone.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, userProject } from '../support/cliRun.js';

const project = (): string => userProject('demodeck-new-');

const deckSchema = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(JSON.parse(readFileSync('schema/deck.schema.json', 'utf8')));

/** Every text of the data that is a placeholder, with its field path, in the order of the data. */
function placeholdersIn(data: unknown, path = ''): string[] {
  if (typeof data === 'string') return /^(TODO\b|待填写)/.test(data) ? [path] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => placeholdersIn(item, `${path}[${i}]`));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => placeholdersIn(value, path ? `${path}.${key}` : key));
  return [];
}

interface Readiness {
  checks: { code: string; ok: boolean; severity: string; message: string }[];
}

describe('demodeck new, without a terminal', () => {
  it('fills what --customer, --language and --duration name and writes a commented meeting with the schema line first', async () => {
    const dir = project();
    const { code, out } = await cli(['new', 'meetings/acme.yaml', '--customer', 'Acme Tools Ltd', '--language', 'en', '--duration', '30'], dir);
    expect(code).toBe(0);
    const text = readFileSync(join(dir, 'meetings/acme.yaml'), 'utf8');
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^# yaml-language-server: \$schema=\S+\/schema\/deck\.schema\.json$/);
    const data = parse(text) as Record<string, Record<string, unknown>>;
    expect(data.customer?.name).toBe('Acme Tools Ltd');
    expect(data.deck).toMatchObject({ language: 'en', duration: 30 });
    // Every section sits under one comment line that says what the method wants there.
    const sections = lines.flatMap((line, i) => (/^[a-z_]+:/.test(line) ? [i] : []));
    expect(sections.length).toBeGreaterThanOrEqual(12);
    for (const i of sections) expect(lines[i - 1], `the line above ${lines[i]}`).toMatch(/^# \S/);
    // What nobody answered is a placeholder, and the message says how many.
    const left = placeholdersIn(data);
    expect(left).toEqual(expect.arrayContaining(['deck.title', 'customer.industry', 'goal.message', 'audience[0].name', 'needs[0].problem', 'closing.call_to_action']));
    expect(left).not.toContain('customer.name');
    expect(out).toContain(`${left.length} text(s) still hold a placeholder`);
    // Figures nobody gave are never invented: the quote and the value case are there only as comments.
    expect(data).not.toHaveProperty('pricing');
    expect(data).not.toHaveProperty('value');
    expect(text).toMatch(/^# pricing:$/m);
    expect(text).toMatch(/^# value:$/m);
  });

  it('writes a file valid against the JSON Schema editors use, in both languages', async () => {
    const dir = project();
    for (const language of ['en', 'zh-CN']) {
      expect((await cli(['new', `${language}.yaml`, '--language', language], dir)).code).toBe(0);
      const data = parse(readFileSync(join(dir, `${language}.yaml`), 'utf8'));
      expect(deckSchema(data), JSON.stringify(deckSchema.errors)).toBe(true);
    }
  });

  it('writes a Chinese meeting in Chinese: comments, placeholders (待填写) and the closing message', async () => {
    const dir = project();
    const { code, out } = await cli(['new', 'huadong.yaml', '--customer', '华东汽配', '--language', 'zh-CN'], dir);
    expect(code).toBe(0);
    const text = readFileSync(join(dir, 'huadong.yaml'), 'utf8');
    expect(text).not.toContain('TODO');
    const comments = text.split('\n').slice(1).filter((l) => l.startsWith('# ') && !l.startsWith('#   ') && !/^# [a-z_]+:/.test(l));
    for (const line of comments) expect(line, 'a comment in Chinese').toMatch(/[\u4e00-\u9fff]/);
    const left = placeholdersIn(parse(text));
    expect(left.length).toBeGreaterThan(10);
    expect(out).toContain(`还有 ${left.length} 处待填写的占位文字`);
  });

  it('builds, shows the placeholders as they are (no invented facts), and check-deck names every one with its line, in file order', async () => {
    const dir = project();
    await cli(['new', 'acme.yaml', '--customer', 'Acme Tools Ltd'], dir);
    const text = readFileSync(join(dir, 'acme.yaml'), 'utf8');
    const built = await cli(['build', 'acme.yaml', '--out', 'out'], dir);
    expect(built.code, built.err).toBe(0);
    expect(readFileSync(join(dir, 'out/acme/index.html'), 'utf8')).toContain('TODO: the deck&#x27;s title');

    const checked = await cli(['check', 'acme.yaml', '--out', 'out', '--strict'], dir);
    expect(checked.code, 'a placeholder blocks with --strict').toBe(3);
    const readiness = JSON.parse(readFileSync(join(dir, 'out/acme/readiness.json'), 'utf8')) as Readiness;
    const check = readiness.checks.find((c) => c.code === 'placeholders-left');
    expect(check).toMatchObject({ ok: false, severity: 'block' });
    const named = [...(check?.message ?? '').matchAll(/([\w.[\]]+) \(line (\d+)\)/g)].map((m) => ({ path: m[1] ?? '', line: Number(m[2]) }));
    expect(named.map((n) => n.path)).toEqual(placeholdersIn(parse(text)));
    const lines = text.split('\n');
    for (const { path, line } of named) expect(lines[line - 1], path).toMatch(/TODO/);
    const order = named.map((n) => n.line);
    expect(order).toEqual(order.toSorted((a, b) => a - b));
    expect(checked.out).toMatch(/BLOCK\s+3\s+placeholders-left/);
  });

  it('--from starts from an existing meeting: its answers kept, the flags over them, what it lacks as placeholders', async () => {
    const dir = project();
    mkdirSync(join(dir, 'next'));
    const { code } = await cli(['new', 'next/contoso.yaml', '--from', join(process.cwd(), 'decks/northwind-cfo.yaml'), '--customer', 'Contoso Ltd', '--duration', '60'], dir);
    expect(code).toBe(0);
    const written = parse(readFileSync(join(dir, 'next/contoso.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;
    const source = parse(readFileSync('decks/northwind-cfo.yaml', 'utf8')) as Record<string, Record<string, unknown>>;
    expect(written.customer?.name).toBe('Contoso Ltd');
    expect(written.deck?.duration).toBe(60);
    expect(written.audience).toEqual(source.audience);
    expect(written.needs).toEqual(source.needs);
    expect(written.value).toEqual(source.value);
    // Northwind never said how the decision is made: that one is left to fill in.
    expect(placeholdersIn(written)).toEqual(['qualification.decision_process']);
    expect((await cli(['build', 'next/contoso.yaml', '--out', 'out'], dir)).code).toBe(0);
  });

  it('never writes over a file: exit 1 naming the path and --force; with --force it replaces it', async () => {
    const dir = project();
    writeFileSync(join(dir, 'meeting.yaml'), 'my own notes\n');
    const refused = await cli(['new', 'meeting.yaml', '--customer', 'Acme'], dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('meeting.yaml already exists');
    expect(refused.err).toContain('--force');
    expect(refused.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(readFileSync(join(dir, 'meeting.yaml'), 'utf8')).toBe('my own notes\n');
    expect((await cli(['new', 'meeting.yaml', '--customer', 'Acme', '--force'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'meeting.yaml'), 'utf8')).toContain('name: Acme');
  });

  it('answers wrong usage with exit 2 and writes nothing', async () => {
    const dir = project();
    for (const args of [['new'], ['new', 'a.yaml', '--language', 'fr'], ['new', 'a.yaml', '--duration', '3'], ['new', 'a.yaml', 'b.yaml'], ['new', 'card']]) {
      const result = await cli(args, dir);
      expect(result.code, args.join(' ')).toBe(2);
    }
    expect(existsSync(join(dir, 'a.yaml'))).toBe(false);
    const notYaml = await cli(['new', 'meeting.txt'], dir);
    expect(notYaml.code).toBe(1);
    expect(notYaml.err).toContain('meeting.txt is not a .yaml or .yml file name');
  });

  it('writes the same bytes for the same answers', async () => {
    const dir = project();
    await cli(['new', 'a.yaml', '--customer', 'Acme', '--language', 'zh-CN'], dir);
    await cli(['new', 'b.yaml', '--customer', 'Acme', '--language', 'zh-CN'], dir);
    const a = readFileSync(join(dir, 'a.yaml'), 'utf8');
    expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toBe(a.replaceAll('a.yaml', 'b.yaml'));
  });
});
