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
    // Month by month from signing (go-live after month 2, ramp over 3 months), each line checked by hand:
    // $98,246.58 ÷ 12 = $8,187.215 a month in full, $5,940 ÷ 12 = $495 of service from month 3.
    expect(brief).toContain('Timing: the one-time cost is paid at signing (month 0); go-live is at the end of month 2, so the gains and the service fee start in month 3; each gain grows evenly over 3 months and is complete from month 5.');
    expect(brief).toContain('The cash freed once ($440,582) comes in the same way, all of it by month 5; it is shown apart and not counted in the payback.');
    expect(brief).toContain('A full month: gain $98,246.58 ÷ 12 = $8,187.22, service $5,940 ÷ 12 = $495, net $7,692.22');
    expect(brief).toContain('Months 1–2, before go-live: nothing comes in or goes out; cumulative −$45,000');
    // 8,187.215 ÷ 3 − 495 = 2,234.07; −45,000 + 2,234.07
    expect(brief).toContain('Month 3: 1/3 × $8,187.22 − $495 = $2,234.07; cumulative −$42,765.93');
    // −45,000 + 8,187.215 × (1/3 + 2/3) − 2 × 495 = −37,802.785, and 4 × 7,692.215 = 30,768.86
    expect(brief).toContain('Months 5–8: 4 × ($8,187.22 − $495) = $30,768.86; cumulative −$7,033.92');
    expect(brief).toContain('Month 9: $8,187.22 − $495 = $7,692.22; cumulative $658.29');
    expect(brief).toContain('Payback: the cumulative net first reaches 0 or more in month 9');
    // 36 months: 1/3 + 2/3 + 32 = 33 months of gain, 34 months of service.
    expect(brief).toContain('Three-year net, the cumulative at month 36: gains $98,246.58 × 33 ÷ 12 = $270,178.10, less service $5,940 × 34 ÷ 12 = $16,830, less the one-time $45,000 = $208,348.10');
    expect(brief).not.toMatch(/\d\.\d months/);
  });

  it('writes it the Chinese way in the Chinese brief, Markdown included', () => {
    const brief = html('huadong');
    expect(brief).toContain('会前请与提供数字的人逐一确认：陈洁。');
    expect(brief).toContain('逾期应收：¥5,000,000（11 月 20 日电话沟通；由陈洁提供）');
    // ¥328,000 ÷ 12 = ¥27,333.33 a month in full, ¥7,050 ÷ 12 = ¥587.50 of service from month 3.
    expect(brief).toContain('第 3 个月：1/3 × ¥27,333.33 − ¥587.50 = ¥8,523.61；累计 −¥44,476.39');
    expect(brief).toContain('第 4 个月：2/3 × ¥27,333.33 − ¥587.50 = ¥17,634.72；累计 −¥26,841.67');
    // −53,000 + 27,333.33 × 2 − 3 × 587.50 = −95.83: month 5 is still short; month 6 adds 26,745.83.
    expect(brief).toContain('第 5 个月：¥27,333.33 − ¥587.50 = ¥26,745.83；累计 −¥95.83');
    expect(brief).toContain('第 6 个月：¥27,333.33 − ¥587.50 = ¥26,745.83；累计 ¥26,650');
    expect(brief).toContain('投资回收期：累计净收益在第 6 个月首次达到 0 或以上');
    const md = readFileSync(join(out, 'huadong', 'brief.md'), 'utf8');
    expect(md).toContain('## 价值测算');
    expect(md).toContain('- 时间安排：一次性投入在签约时（第 0 个月）支付；第 2 个月末上线，收益和服务费从第 3 个月开始计算；每项收益在 3 个月内均匀爬升，第 5 个月起全额计入。');
    // 33 × 27,333.33 = 902,000; 34 × 587.50 = 19,975; 902,000 − 19,975 − 53,000 = 829,025
    expect(md).toContain('- 三年净收益（第 36 个月的累计值）：收益 ¥328,000 × 33 ÷ 12 = ¥902,000，减服务费 ¥7,050 × 34 ÷ 12 = ¥19,975，再减一次性投入 ¥53,000，得 ¥829,025');
  });
});
