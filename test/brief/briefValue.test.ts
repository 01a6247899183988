// The brief's "Value case" section: facts with their sources, every gain's arithmetic, the totals
// and the payback — the same figures as the slides — and whom to confirm them with.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';

const out = mkdtempSync(join(tmpdir(), 'demodeck-brief-value-'));
const code = await run(['build', 'decks/huadong.yaml', 'decks/northwind-cfo.yaml', '--out', out], { out: () => {}, err: () => {}, cwd: process.cwd() });
const html = (deck: string): string => readFileSync(join(out, deck, 'brief.html'), 'utf8').replace(/&#x3D;/g, '=').replace(/&#x27;/g, "'");

describe('the brief\'s value case', () => {
  it('writes out the arithmetic from each fact to the payback, in English', () => {
    expect(code).toBe(0);
    const brief = html('northwind-cfo');
    // Each figure is confirmed with whoever gave it (value.facts[].from), never with someone else.
    expect(brief).toContain('Confirm each figure before the meeting with whoever gave it: Tom Brennan, Margaret Lin, Priya Shah.');
    expect(brief).toContain('annual revenue: $6,500,000 (audited accounts FY2025)');
    expect(brief).toContain('Ten days less DSO: annual revenue $6,500,000 ÷ 365 × 10 days = $178,082 freed once; × 8% cost of money = $14,247 a year');
    expect(brief).toContain('Stock value down by an eighth: stock value $2,100,000 × 12.5% = $262,500 freed once; × 8% cost of money = $21,000 a year (evidence: Bluehill Industrial Supplies Co.)');
    expect(brief).toContain('Yearly value: $18,000 + $14,247 + $21,000 + $45,000 = $98,247');
    expect(brief).toContain('One-time cost: licences $33,000 + delivery $12,000 = $45,000');
    expect(brief).toContain('Payback: $45,000 ÷ (($98,247 − $5,940) ÷ 12) = 5.9 months');
    expect(brief).toContain('Three-year net: 3 × ($98,247 − $5,940) − $45,000 = $231,920');
  });

  it('writes it the Chinese way in the Chinese brief, Markdown included', () => {
    const brief = html('huadong');
    expect(brief).toContain('会前请与提供数字的人逐一确认：陈洁。');
    expect(brief).toContain('逾期应收：¥5,000,000（11 月 20 日电话沟通；由陈洁提供）');
    expect(brief).toContain('投资回收期：¥53,000 ÷（（¥328,000 − ¥7,050）÷ 12）= 2 个月');
    const md = readFileSync(join(out, 'huadong', 'brief.md'), 'utf8');
    expect(md).toContain('## 价值测算');
    expect(md).toContain('- 三年净收益：3 ×（¥328,000 − ¥7,050）− ¥53,000 = ¥909,850');
  });
});
