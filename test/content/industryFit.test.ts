// A professional-services customer (issue 17, point 7): no shipped text talks of warehouses, stock or
// goods to a consultancy unless the readiness check content-industry-mismatch names it.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadAndPlan } from '../../src/buildDeck.js';
import { assessReadiness } from '../../src/check/readiness.js';
import { run } from '../../src/cli.js';
import { TOOL_ROOT } from '../../src/load/toolRoot.js';
import { translator } from '../../src/plan/text.js';
import { localizeCase, localizeFeature, localizeObjection } from '../../src/resolve/localize.js';
import type { Language, ResolvedCase, ResolvedFeature, ResolvedMeeting, ResolvedObjection } from '../../src/types.js';
import { ContentLibrary } from '../../src/validate/contentLibrary.js';
import { writeConfig } from '../plan/tailoringHelpers.js';

/** Words that assume the customer sells goods; 货 but not 货币 (currency). */
const GOODS = /warehouse|stock|goods|picking|inventor|\bship(s|ped|ping)?\b|仓库|库存|存货|发货|拣货|出库|入库|货(?!币)/i;
const CONSULTANCY = 'test/fixtures/consultancy/deck.yaml';
const LANGUAGES: Language[] = ['en', 'zh-CN'];
const library = new ContentLibrary(TOOL_ROOT, TOOL_ROOT);

type Config = Record<string, any>;

const featureTexts = (f: ResolvedFeature): string[] => [
  f.name, f.feature, f.function, f.advantage, f.benefit, ...Object.values(f.benefitsByRole), f.metric?.label ?? '', ...f.demo, ...f.questions.flatMap(({ q, a }) => [q, a]),
];
const caseTexts = (c: ResolvedCase): string[] => [
  c.client, c.industry ?? '', c.business ?? '', c.problem, c.solution, c.delivery ?? '', ...c.recognition,
  // A result's label, and the label without its unit as a figure beside the change shows it.
  ...c.results.flatMap((r) => [r.label, r.label.replace(/\s*[（(][^）)]*[）)]$/, '')]),
];
const objectionTexts = (o: ResolvedObjection): string[] => [o.says, o.meaning, o.answer];

/** The goods words among texts, with the text they stand in, so a failure says where. */
const goodsIn = (texts: readonly string[]): string[] => texts.filter((text) => GOODS.test(text));

describe('shipped texts for a services customer', () => {
  it('every card reads without goods words in its services wording, or is named as a mismatch', () => {
    for (const language of LANGUAGES) {
      for (const id of library.ids('features')) {
        const card = localizeFeature(id, 'library', library.get('features', id)!.value, language, ['services']);
        if (card.industryFit.status !== 'mismatch') expect(goodsIn(featureTexts(card)), `${language} ${id}`).toEqual([]);
      }
    }
  });

  it('rewords the generic cards instead of flagging them, and flags the cards about goods', () => {
    const fit = (id: string): string => localizeFeature(id, 'library', library.get('features', id)!.value, 'en', ['services']).industryFit.status;
    for (const id of ['ar-credit-control', 'sales-analysis', 'vouchers-from-documents', 'quick-quotation']) expect([id, fit(id)]).toEqual([id, 'reworded']);
    for (const id of ['ar-ageing', 'cash-bank-position', 'financial-statements', 'mobile-approval']) expect([id, fit(id)]).toEqual([id, 'fits']);
    for (const id of library.ids('features').filter((i) => i.startsWith('inventory-'))) expect([id, fit(id)]).toEqual([id, 'mismatch']);
  });

  it('every objection answer reads without goods words for a services customer, or is named as a mismatch', () => {
    for (const language of LANGUAGES) {
      for (const id of library.ids('objections')) {
        const objection = localizeObjection(id, library.get('objections', id)!.value, language, ['services']);
        if (objection.industryFit.status !== 'mismatch') expect(goodsIn(objectionTexts(objection)), `${language} ${id}`).toEqual([]);
      }
    }
  });

  it('every case reads without goods words for a services customer, or comes from other industries and is named', () => {
    for (const language of LANGUAGES) {
      for (const id of library.ids('cases')) {
        const found = localizeCase(id, library.get('cases', id)!.value, language, ['services']);
        if (!found.otherIndustries) expect(goodsIn(caseTexts(found)), `${language} ${id}`).toEqual([]);
      }
    }
  });

  it('no UI string shown in a deck assumes goods', () => {
    for (const language of LANGUAGES) {
      // value-words-* are the words a need is matched by, never shown.
      const shown = [...library.strings(language)].filter(([key]) => !key.startsWith('value-words-'));
      expect(shown.filter(([, text]) => GOODS.test(text)), language).toEqual([]);
    }
  });
});

/** The built deck's slides and speaker notes as a reader sees them: no markup, entities decoded. */
async function slidesAndNotes(deckFile: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'demodeck-services-'));
  const code = await run(['build', deckFile, '--out', out], { out: () => {}, err: () => {}, cwd: process.cwd() });
  expect(code).toBe(0);
  const name = deckFile.split('/').pop()?.replace(/\.yaml$/, '') ?? '';
  return readFileSync(join(out, name, 'index.html'), 'utf8')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    // A drawing wraps a label into lines (tspans): joined again, the label reads as one text.
    .replace(/<\/tspan>\s*<tspan\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&#x3D;/g, '=').replace(/&#x60;/g, '`').replace(/&amp;/g, '&')
    // Chinese wraps without spaces: a wrapped Chinese label joins without one.
    .replace(/(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]) (?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/g, '');
}

/** The text without every occurrence of each named text, in any case ("Stock value" may open a sentence or sit inside one). */
function without(text: string, named: readonly string[]): string {
  const escape = (n: string): string => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Longest first, so a text that contains another is taken out whole.
  return [...named].filter(Boolean).sort((a, b) => b.length - a.length).reduce((rest, n) => rest.replace(new RegExp(escape(n), 'gi'), ''), text);
}

/** The readiness check's message, and the texts of everything the check names (they may speak of goods). */
function mismatch(meeting: ResolvedMeeting, plan: ReturnType<typeof loadAndPlan>['plan']): { message: string; named: string[] } {
  const check = assessReadiness(meeting, plan, translator(meeting.strings)).checks.find((c) => c.code === 'content-industry-mismatch');
  const named = [
    ...meeting.needs.flatMap((n) => n.features).filter((f) => f.industryFit.status === 'mismatch').flatMap(featureTexts),
    ...meeting.cases.filter((c) => c.otherIndustries).flatMap(caseTexts),
    ...meeting.objections.filter((o) => o.industryFit.status === 'mismatch').flatMap(objectionTexts),
  ];
  return { message: check && !check.ok ? check.message : '', named };
}

/** The consultancy deck, in English or in Chinese with the Chinese industry. */
function consultancy(language: Language): string {
  const config = parse(readFileSync(CONSULTANCY, 'utf8')) as Config;
  config.deck.language = language;
  if (language === 'zh-CN') config.customer.industry = 'IT 咨询服务';
  return writeConfig(config as never);
}

describe('a services customer’s deck, built through the real pipeline', () => {
  for (const language of LANGUAGES) {
    it(`shows goods words only in content content-industry-mismatch names (${language})`, async () => {
      const file = consultancy(language);
      const { meeting, plan } = loadAndPlan(file);
      const { named } = mismatch(meeting, plan);
      const lines = without(await slidesAndNotes(file), named).split('\n').filter((line) => GOODS.test(line));
      expect(lines).toEqual([]);
    });
  }

  it('names the stock card and the distributor’s case, and no generic card or objection answer (en)', () => {
    const { meeting, plan } = loadAndPlan(consultancy('en'));
    const { message } = mismatch(meeting, plan);
    expect(message).toContain('IT consulting services');
    expect(message).toContain('“Real-time available stock” (manufacturing, trading and distribution, retail)');
    expect(message).toContain('case “Bluehill Industrial Supplies');
    for (const generic of ['Credit control', 'Quick quotation', 'Sales analysis', 'Vouchers', 'answer to']) expect(message).not.toContain(generic);
  });

  it('names the stock card in Chinese for “IT 咨询服务”', () => {
    const { meeting, plan } = loadAndPlan(consultancy('zh-CN'));
    const { message } = mismatch(meeting, plan);
    expect(message).toContain('IT 咨询服务');
    expect(message).toContain('“实时可用库存”（制造业、商贸流通、零售）');
  });

  it('speaks services in the reworded cards and the objection answers', async () => {
    const en = await slidesAndNotes(consultancy('en'));
    expect(en).toContain('so the work can start');
    expect(en).toContain('day rate');
    expect(en).toContain('money owed by customers hurts most');
    const zh = await slidesAndNotes(consultancy('zh-CN'));
    expect(zh).toContain('项目可以开工');
    expect(zh).toContain('压在客户手里的应收账款');
  });

  it('names a project objection answer written for other industries that has no services wording', () => {
    const { meeting, plan } = loadAndPlan(consultancy('en'));
    const entry = { ...library.get('objections', 'later')!.value, wording: undefined };
    meeting.objections.push(localizeObjection('later-copy', entry, 'en', meeting.industries));
    expect(mismatch(meeting, plan).message).toContain("the answer to “Let's talk about it later.” (manufacturing, trading and distribution, retail)");
  });
});
