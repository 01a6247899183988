// `demodeck check` (the README's `npm run check-deck`): the table the presenter reads, the
// readiness.json beside it, and `--strict`, which exits 3 when a blocking check fails.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { run } from '../../src/cli.js';

interface Readiness {
  score: number;
  breakdown: { facts: number; logic: number; form: number };
  checks: { code: string; step: number; ok: boolean; severity: 'block' | 'warn' | 'info'; message: string; fix: string }[];
}

async function check(args: string[], cwd = process.cwd()): Promise<{ code: number; lines: string[]; err: string; readiness: () => Readiness }> {
  const out = mkdtempSync(join(tmpdir(), 'demodeck-check-'));
  const lines: string[] = [];
  let err = '';
  const code = await run(['check', ...args, '--out', out], { out: (l) => lines.push(...l.split('\n')), err: (l) => (err += `${l}\n`), cwd });
  const deck = (args[0] ?? '').replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  return { code, lines, err, readiness: () => JSON.parse(readFileSync(join(out, deck, 'readiness.json'), 'utf8')) as Readiness };
}

/** The minimal fixture without a decision maker in the room: the blocking `no-decision-maker` check fails. */
function noDecisionMaker(): { cwd: string; file: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'demodeck-check-project-'));
  mkdirSync(join(cwd, 'decks'));
  const config = parse(readFileSync('test/fixtures/minimal/deck.yaml', 'utf8'));
  config.audience = [{ name: 'Dana Reyes', role: 'manager', decision: 'influencer' }];
  writeFileSync(join(cwd, 'decks', 'nobody-decides.yaml'), stringify(config));
  return { cwd, file: 'decks/nobody-decides.yaml' };
}

describe('check-deck on the en example deck', () => {
  it('prints the score, one table row per check in readiness.json\'s order, and a fix under each failed one', async () => {
    const { code, lines, readiness } = await check(['decks/northwind-cfo.yaml']);
    expect(code).toBe(0);
    const report = readiness();
    expect(lines[0]).toBe(`Readiness of northwind-cfo: ${report.score}/100`);
    expect(lines[1]).toBe(`facts ${report.breakdown.facts}/60 · logic ${report.breakdown.logic}/20 · form ${report.breakdown.form}/20`);
    expect(lines[3]).toMatch(/^Status\s+Step\s+Check$/);
    const rows = lines.slice(4).filter((l) => /^(ok|warn|BLOCK|info)\s/.test(l));
    expect(rows).toHaveLength(report.checks.length);
    report.checks.forEach((c, i) => {
      const status = c.ok ? 'ok' : c.severity === 'block' ? 'BLOCK' : c.severity;
      expect(rows[i]).toMatch(new RegExp(`^${status}\\s+${c.step}\\s+${c.code}\\s+`));
      expect(rows[i]).toContain(c.message);
    });
    const failed = report.checks.filter((c) => !c.ok);
    expect(failed.length).toBeGreaterThan(0);
    for (const c of failed) {
      const row = lines.findIndex((l) => new RegExp(`\\s${c.code}\\s`).test(l));
      expect(lines[row + 1]?.trim(), `the fix under ${c.code}`).toBe(`→ ${c.fix}`);
    }
    expect(lines.at(-1)).toMatch(/^wrote .*northwind-cfo\/readiness\.json$/);
  });

  it('--strict exits 0 when no blocking check fails', async () => {
    const { code, readiness } = await check(['decks/northwind-cfo.yaml', '--strict']);
    expect(readiness().checks.filter((c) => c.severity === 'block' && !c.ok)).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('check-deck on a meeting without a decision maker', () => {
  it('marks the blocking check BLOCK with its fix, and still exits 0 without --strict', async () => {
    const { cwd, file } = noDecisionMaker();
    const { code, lines, readiness } = await check([file], cwd);
    expect(code).toBe(0);
    const blocked = readiness().checks.find((c) => c.code === 'no-decision-maker');
    expect(blocked).toMatchObject({ ok: false, severity: 'block' });
    const row = lines.findIndex((l) => /^BLOCK\s+2\s+no-decision-maker\s/.test(l));
    expect(row).toBeGreaterThan(0);
    expect(lines[row + 1]?.trim()).toBe(`→ ${blocked?.fix}`);
  });

  it('--strict exits 3, after printing the table and writing readiness.json', async () => {
    const { cwd, file } = noDecisionMaker();
    const { code, lines, readiness } = await check([file, '--strict'], cwd);
    expect(code).toBe(3);
    expect(lines.some((l) => /^BLOCK\s+2\s+no-decision-maker\s/.test(l))).toBe(true);
    expect(readiness().checks.some((c) => c.code === 'no-decision-maker' && !c.ok)).toBe(true);
  });
});

describe('check-deck usage', () => {
  it('exits 2 with the usage without a deck, 1 with a clean message for a missing one', async () => {
    const none = await check([]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('check takes exactly one deck file');
    const missing = await check(['decks/nowhere.yaml']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('decks/nowhere.yaml');
    expect(missing.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
