// A meeting far larger than its time (500 needs in 30 minutes) moves hundreds of slides to the
// appendix. The terminal gets one line about it, not one per slide; plan.json and readiness.json
// keep the full account.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { run } from '../../src/cli.js';

const CARDS = readdirSync('content/features').filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)).sort();

function largeMeeting(language: 'en' | 'zh-CN'): string {
  const config = parse(readFileSync('test/fixtures/minimal/deck.yaml', 'utf8'));
  config.deck = { ...config.deck, language, duration: 30 };
  config.needs = Array.from({ length: 500 }, (_, i) => ({
    id: `need-${i + 1}`, title: `Need ${i + 1}`, priority: 1 + (i % 5), problem: 'differences show at month end', payoff: 'a reconciled balance every day',
    features: [CARDS[i % CARDS.length]],
  }));
  return stringify(config);
}

async function build(language: 'en' | 'zh-CN'): Promise<{ code: number; lines: string[]; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'demodeck-large-'));
  mkdirSync(join(dir, 'decks'));
  writeFileSync(join(dir, 'decks', 'large.yaml'), largeMeeting(language));
  const lines: string[] = [];
  const collect = (l: string): void => void lines.push(...l.split('\n'));
  const code = await run(['build', 'decks/large.yaml'], { out: collect, err: collect, cwd: dir });
  return { code, lines, dir };
}

describe('a meeting much larger than its time', () => {
  it('prints one summary line for the slides moved to the appendix, and plan.json lists each', async () => {
    const { code, lines, dir } = await build('en');
    expect(code).toBe(0);
    const plan = JSON.parse(readFileSync(join(dir, 'dist', 'large', 'plan.json'), 'utf8')) as { warnings: { code: string }[] };
    const moved = plan.warnings.filter((w) => w.code === 'time-overflow').length;
    expect(moved).toBeGreaterThan(400);
    const overflowLines = lines.filter((l) => l.includes('time-overflow'));
    expect(overflowLines).toEqual([`  warning time-overflow: ${moved} slides moved to the appendix to fit 30 minutes; plan.json lists each one under warnings.`]);
    expect(lines.length).toBeLessThan(10);
    const readiness = JSON.parse(readFileSync(join(dir, 'dist', 'large', 'readiness.json'), 'utf8')) as { checks: { code: string; ok: boolean; message: string }[] };
    const check = readiness.checks.find((c) => c.code === 'time-overflow');
    expect(check?.ok).toBe(false);
    expect(check?.message).toContain(String(moved));
  });

  it('says it in the deck\'s language', async () => {
    const { code, lines } = await build('zh-CN');
    expect(code).toBe(0);
    expect(lines.filter((l) => l.includes('time-overflow'))).toEqual([expect.stringMatching(/^ {2}warning time-overflow: 为控制在 30 分钟内，有 \d{3} 页移到了附录；plan\.json 的 warnings 逐页列出。$/)]);
  });

  it('still names each moved slide when only a few move (northwind-cfo without its quote and value case moves three; its linked and focus cards stay)', async () => {
    const lines: string[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'demodeck-large-'));
    const config = parse(readFileSync('decks/northwind-cfo.yaml', 'utf8'));
    delete config.pricing;
    delete config.value;
    const file = join(dir, 'northwind.yaml');
    writeFileSync(file, stringify(config));
    const code = await run(['build', file, '--out', dir], { out: (l) => lines.push(l), err: (l) => lines.push(l), cwd: process.cwd() });
    expect(code).toBe(0);
    const overflow = lines.filter((l) => l.includes('time-overflow'));
    expect(overflow).toHaveLength(3);
    // The focus need (receivables) keeps every card; what moves is from the other needs.
    for (const line of overflow) expect(line).not.toMatch(/Credit control|Receivables ageing|Mobile approval/);
    for (const line of overflow) expect(line).toMatch(/^ {2}warning time-overflow: “.+” moved to the appendix: it does not fit into 45 minutes\.$/);
  });
});
