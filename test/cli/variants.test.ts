// Rule 11 of docs/tailoring.md: one config, a deck per person who decides or influences.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli.js';

interface PlanJson {
  primaryAudience: { name: string; role: string };
  slides: { kind: string; title: string; appendix: boolean; minutes: number }[];
  buffer: number;
}

async function capture(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (l) => (out += `${l}\n`), err: (l) => (err += `${l}\n`), cwd: process.cwd() });
  return { code, out, err };
}

const readPlan = (dir: string): PlanJson => JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8'));
const deck = 'test/fixtures/everything/deck.yaml';

describe('rule 11 — variants', () => {
  const out = mkdtempSync(join(tmpdir(), 'demodeck-variants-'));
  let result: { code: number; out: string; err: string };
  beforeAll(async () => {
    result = await capture(['build', deck, '--variants', '--out', out]);
  });

  it('--variants builds the deck and one variant per decision maker and influencer', async () => {
    expect(result.code).toBe(0);
    expect(existsSync(join(out, 'deck', 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'deck-chen-jie', 'index.html'))).toBe(true);
    // Exactly these two: Zhang Min, the deck's own primary, has the deck itself (a variant for her
    // would be a copy), and Wang Fang neither decides nor influences.
    expect(readdirSync(out).sort()).toEqual(['deck', 'deck-chen-jie']);
    expect(readPlan(join(out, 'deck')).primaryAudience).toEqual({ name: 'Zhang Min', role: 'executive' });
    expect(readPlan(join(out, 'deck-chen-jie')).primaryAudience).toEqual({ name: 'Chen Jie', role: 'manager' });
  });

  it('--for builds the deck as if that person were the primary audience', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demodeck-for-'));
    expect((await capture(['build', deck, '--for', 'Wang Fang', '--out', dir])).code).toBe(0);
    expect(readPlan(join(dir, 'deck-wang-fang')).primaryAudience).toEqual({ name: 'Wang Fang', role: 'user' });
  });

  it('an unknown name is refused with the closest person in the config', async () => {
    const { code, err } = await capture(['build', deck, '--for', 'Wang Fan', '--out', mkdtempSync(join(tmpdir(), 'demodeck-for-'))]);
    expect(code).toBe(1);
    expect(err).toContain('`Wang Fan` is not in the audience');
    expect(err).toContain('did you mean `Wang Fang`?');
  });

  it('the executive and the user variants differ in slide order and content as the rules say', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demodeck-for-'));
    await capture(['build', deck, '--for', 'Wang Fang', '--out', dir]);
    const executive = readPlan(join(out, 'deck'));
    const user = readPlan(join(dir, 'deck-wang-fang'));
    const main = (p: PlanJson): string[] => p.slides.filter((s) => !s.appendix).map((s) => s.kind);
    // Each order is between slides that are there: indexOf would be -1 for a missing one.
    for (const kind of ['case', 'need', 'ffab']) for (const plan of [executive, user]) expect(main(plan)).toContain(kind);
    expect(main(executive).indexOf('case')).toBeLessThan(main(executive).indexOf('need'));
    expect(main(user).indexOf('case')).toBeGreaterThan(main(user).lastIndexOf('ffab'));
    expect(main(executive)).toContain('value');
    // The user's variant is still played with the decision maker in the room: the value case stays.
    expect(main(user)).toContain('value');
    const userHtml = readFileSync(join(dir, 'deck-wang-fang', 'index.html'), 'utf8');
    const executiveHtml = readFileSync(join(out, 'deck', 'index.html'), 'utf8');
    // Click paths are for the presenter, in every variant: never on a slide.
    expect(userHtml).not.toContain('<li>enter an order over the limit</li>');
    expect(executiveHtml).not.toContain('<li>enter an order over the limit</li>');
  });

  // What the speaker view's pacing timer reads (test/e2e/speakerView.e2e.test.ts opens it in
  // Chromium): in every variant the main line's slides carry their seconds, which add up to the
  // meeting, and appendix slides carry none, so the pacing never counts a backup.
  it('times every variant\'s main line to the meeting\'s duration, and no appendix slide', () => {
    const duration = (parse(readFileSync(deck, 'utf8')) as { deck: { duration: number } }).deck.duration;
    for (const variant of ['deck', 'deck-chen-jie']) {
      const html = readFileSync(join(out, variant, 'index.html'), 'utf8');
      const sections = [...html.matchAll(/<section class="dd-slide[^"]*"[^>]*>/g)].map((m) => m[0]);
      const plan = readPlan(join(out, variant));
      expect(sections).toHaveLength(plan.slides.length);
      const timings = sections.map((s) => /data-timing="(\d+)"/.exec(s)?.[1]);
      plan.slides.forEach((slide, i) => {
        if (slide.appendix) expect(timings[i], `${variant} slide ${i + 1} (appendix)`).toBeUndefined();
        else expect(Number(timings[i]), `${variant} slide ${i + 1}`).toBeGreaterThan(0);
      });
      expect(timings.reduce((sum, t) => sum + Number(t ?? 0), 0), variant).toBe((duration - plan.buffer) * 60);
    }
  });
});
