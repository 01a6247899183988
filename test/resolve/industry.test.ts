// Content that fits the customer: the customer's free-text industry maps onto the library's
// industries, cards written for factories speak trading to a wholesaler, and a card or case used
// outside its industries without such wording is named by the readiness check.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadAndPlan } from '../../src/buildDeck.js';
import { assessReadiness } from '../../src/check/readiness.js';
import { run } from '../../src/cli.js';
import { translator } from '../../src/plan/text.js';
import fc from 'fast-check';
import { INDUSTRY_KEYWORDS, industriesOf } from '../../src/resolve/industry.js';
import { INDUSTRIES } from '../../src/validate/enums.js';
import { writeConfig } from '../plan/tailoringHelpers.js';

const WHOLESALER = 'test/fixtures/wholesaler/deck.yaml';
const PRODUCTION_ZH = /车间|委外|外协|生产|MRP|机台|工序/;
const PRODUCTION_EN = /workshop|shop[- ]floor|production|outsourc|subcontract|MRP|machine/i;

type Config = Record<string, any>;
const wholesaler = (): Config => parse(readFileSync(WHOLESALER, 'utf8')) as Config;

/** Every text of a built deck: slides and notes without markup, plus every string of plan.json. */
async function builtText(deckFile: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'demodeck-industry-'));
  const code = await run(['build', deckFile, '--out', out], { out: () => {}, err: () => {}, cwd: process.cwd() });
  expect(code).toBe(0);
  const name = deckFile.split('/').pop()?.replace(/\.yaml$/, '') ?? '';
  const html = readFileSync(join(out, name, 'index.html'), 'utf8').replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '\n');
  return [html, readFileSync(join(out, name, 'plan.json'), 'utf8'), readFileSync(join(out, name, 'brief.md'), 'utf8')].join('\n');
}

function mismatch(config: Config): { message: string; fix: string } | undefined {
  const { meeting, plan } = loadAndPlan(writeConfig(config as never));
  const check = assessReadiness(meeting, plan, translator(meeting.strings)).checks.find((c) => c.code === 'content-industry-mismatch');
  return check && !check.ok ? { message: check.message, fix: check.fix } : undefined;
}

describe('industry of the customer', () => {
  it('maps free text in English and Chinese onto the library industries', () => {
    expect(industriesOf('industrial supplies distribution')).toEqual(['trading']);
    expect(industriesOf('Wholesale of hand tools')).toEqual(['trading']);
    expect(industriesOf('五金工具批发')).toEqual(['trading']);
    expect(industriesOf('工业品分销')).toEqual(['trading']);
    expect(industriesOf('汽车零部件制造')).toEqual(['manufacturing']);
    expect(industriesOf('auto parts manufacturing')).toEqual(['manufacturing']);
    expect(industriesOf('工贸一体的紧固件企业')).toEqual(['manufacturing', 'trading']);
    expect(industriesOf('连锁超市')).toEqual(['retail']);
    expect(industriesOf('engineering consultancy')).toEqual(['services']);
    expect(industriesOf('a distributor of tradesmen tools')).toEqual(['trading']);
    expect(industriesOf('agriculture')).toEqual([]);
  });

  it('finds a keyword only at the start of a word, as the rule `(^|[^a-z])keyword` says, for any text', () => {
    const byRule = (text: string): string[] => INDUSTRIES.filter((industry) => {
      const { en, zh } = INDUSTRY_KEYWORDS[industry];
      return zh.some((word) => text.toLowerCase().includes(word)) || en.some((word) => new RegExp(`(^|[^a-z])${word.replace(/[-]/g, '\\-')}`).test(text.toLowerCase()));
    });
    const pieces = fc.constantFrom(...Object.values(INDUSTRY_KEYWORDS).flatMap((k) => [...k.en, ...k.zh]), 'un', 'x', ' ', '-', '`', '{', 'é', 'Ä', '1', '工', 'S', 'Trade');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 6 }).map((parts) => parts.join('')), (text) => {
      expect(industriesOf(text)).toEqual(byRule(text));
    }), { numRuns: 2000 });
  });

  it('maps professional services in both languages onto services, and onto nothing else', () => {
    const english = ['IT consulting services', 'management consultancy', 'tax advisory', 'advertising agency', 'law firm', 'legal practice',
      'accounting firm', 'chartered accountants', 'audit firm', 'engineering firm', 'architects', 'professional services', 'IT services'];
    const chinese = ['IT 咨询服务', '管理咨询', '会计师事务所', '律所', '律师事务所', '建筑设计院', '财务顾问', '专业服务', '税务师事务所'];
    for (const industry of [...english, ...chinese]) expect([industry, industriesOf(industry)]).toEqual([industry, ['services']]);
    expect(industriesOf(undefined)).toEqual([]);
  });
});

describe('content that fits the customer', () => {
  it("shows a wholesaler no workshop, production or outsourcing text from the factory cards (zh-CN)", async () => {
    const text = await builtText(WHOLESALER);
    expect(text).toContain('补货计划');
    expect(text).toContain('外发加工跟踪');
    expect(text).toContain('运费');
    expect(text.match(PRODUCTION_ZH)?.[0]).toBeUndefined();
  });

  it('shows an English-speaking distributor the trading wording too', async () => {
    const config = wholesaler();
    config.deck.language = 'en';
    config.customer = { name: 'Hengtong Hardware', industry: 'hand tool wholesale' };
    const text = await builtText(writeConfig(config as never));
    expect(text).toContain('Replenishment planning');
    expect(text).toContain('Outside processing tracking');
    expect(text.match(PRODUCTION_EN)?.[0]).toBeUndefined();
  });

  it('keeps the factory wording for a manufacturer, with no readiness warning', () => {
    const config = wholesaler();
    config.customer.industry = '汽车零部件制造';
    config.cases = ['ningbo-brake-parts'];
    const { meeting } = loadAndPlan(writeConfig(config as never));
    const names = meeting.needs.flatMap((n) => n.features.map((f) => f.name));
    expect(names).toContain('MRP 物料需求计划');
    expect(names).toContain('委外加工跟踪');
    expect(mismatch(config)).toBeUndefined();
  });

  it('raises no warning for the wholesaler, whose cards all have a trading wording', () => {
    expect(mismatch(wholesaler())).toBeUndefined();
  });

  it('names each card and case used outside its industries without such wording, with a fix', () => {
    const config = wholesaler();
    config.customer.industry = '连锁零售';
    config.cases = ['ningbo-brake-parts'];
    const found = mismatch(config);
    expect(found?.message).toContain('连锁零售');
    expect(found?.message).toContain('“MRP 物料需求计划”（制造业）');
    expect(found?.message).toContain('“委外加工跟踪”（制造业）');
    expect(found?.message).toContain('案例“宁波稳停制动件有限公司”（制造业）');
    expect(found?.fix).toContain('wording.retail');
  });

  it('raises the warning in English for a services firm shown stock cards', () => {
    const config = wholesaler();
    config.deck.language = 'en';
    config.customer = { name: 'Brightway Consulting', industry: 'management consulting services' };
    config.needs = [{ id: 'stock', title: 'Stock', problem: 'counts disagree', features: ['inventory-available-stock', 'ar-ageing'] }];
    config.cases = [];
    const found = mismatch(config);
    expect(found?.message).toContain('“Real-time available stock” (manufacturing, trading and distribution, retail)');
    expect(found?.message).not.toContain('Receivables ageing');
  });

  it('says nothing when the industry is unknown or missing', () => {
    const config = wholesaler();
    config.customer.industry = 'agriculture';
    expect(mismatch(config)).toBeUndefined();
    delete config.customer.industry;
    expect(mismatch(config)).toBeUndefined();
  });
});

