// The shipped library is complete, valid, and written in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TOOL_ROOT } from '../../src/load/toolRoot.js';
import { ContentLibrary } from '../../src/validate/contentLibrary.js';
import { CONTENT_KINDS } from '../../src/validate/contentSchema.js';

const library = new ContentLibrary(TOOL_ROOT, TOOL_ROOT);

function allTexts(node: unknown, out: { en: string[]; zh: string[] } = { en: [], zh: [] }): { en: string[]; zh: string[] } {
  if (Array.isArray(node)) node.forEach((n) => allTexts(n, out));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.en === 'string' && typeof record['zh-CN'] === 'string') {
      out.en.push(record.en);
      out.zh.push(record['zh-CN']);
    } else Object.values(record).forEach((n) => allTexts(n, out));
  }
  return out;
}

describe('content library', () => {
  it('every entry of every kind passes its schema', () => {
    for (const kind of CONTENT_KINDS) {
      for (const id of library.ids(kind)) expect(() => library.get(kind, id), `${kind}/${id}`).not.toThrow();
    }
  });

  it('ships the feature cards the value talk needs, with all four FFAB parts and demo steps', () => {
    const required = ['ar-credit-control', 'ar-ageing', 'inventory-slow-moving', 'inventory-shelf-life', 'inventory-safety-stock', 'purchase-price-history', 'purchase-price-comparison', 'mrp-planning', 'outsourcing-tracking', 'sales-analysis', 'order-costing', 'mobile-approval', 'vouchers-from-documents', 'financial-statements'];
    const ids = library.ids('features');
    expect(ids.length).toBeGreaterThanOrEqual(14);
    for (const id of required) expect(ids, id).toContain(id);
    for (const id of ids) {
      const card = library.get('features', id)?.value;
      expect(card?.demo.length, id).toBeGreaterThanOrEqual(2);
    }
  });

  it('ships three cases with numeric results, three products and the eight common objections', () => {
    expect(library.ids('cases')).toHaveLength(3);
    for (const id of library.ids('cases')) {
      const results = library.get('cases', id)?.value.results ?? [];
      expect(results.some((r) => /\d/.test(`${r.before ?? ''}${r.after ?? ''}${r.change ?? ''}`)), id).toBe(true);
    }
    expect(library.ids('products')).toEqual(['ledger-finance', 'ledger-suite', 'ledger-trade']);
    expect(library.ids('objections')).toEqual(['cheaper-elsewhere', 'cheaper-please', 'later', 'market-is-bad', 'no-budget', 'not-interested', 'think-it-over', 'too-expensive']);
  });

  it('keeps figures language-neutral (units live in the translated label)', () => {
    for (const id of library.ids('features')) {
      const figure = library.get('features', id)?.value.metric?.figure ?? '';
      expect(figure, id).not.toMatch(/[A-Za-z\u4e00-\u9fff]/);
    }
    for (const id of library.ids('cases')) {
      for (const r of library.get('cases', id)?.value.results ?? []) {
        expect(`${r.before ?? ''}${r.after ?? ''}${r.change ?? ''}`, id).not.toMatch(/[A-Za-z\u4e00-\u9fff]/);
      }
    }
  });

  it('writes every Chinese text in clean simplified Chinese, without pinyin artefacts', () => {
    const pinyin = /\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/;
    for (const kind of CONTENT_KINDS) {
      for (const id of library.ids(kind)) {
        const { en, zh } = allTexts(parse(readFileSync(join(TOOL_ROOT, 'content', kind, `${id}.yaml`), 'utf8')));
        expect(en.length, `${kind}/${id}`).toBe(zh.length);
        for (const text of zh) {
          expect(text, `${kind}/${id}`).not.toMatch(pinyin);
          // Numbers and ids may stand alone; anything with words must be Chinese.
          if (/[a-z]{4,}/i.test(text.replace(/[A-Z]{2,}|[a-z]+\d|\d+[a-z]+/g, ''))) expect(text, `${kind}/${id}`).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    }
  });

  it('names no real vendor or product', () => {
    const real = /kingdee|金蝶|\bKIS\b|用友|yonyou|ufida|\bSAP\b|oracle|浪潮|netsuite/i;
    for (const dir of ['content/features', 'content/cases', 'content/products', 'content/objections', 'decks']) {
      for (const file of readdirSync(join(TOOL_ROOT, dir))) {
        expect(readFileSync(join(TOOL_ROOT, dir, file), 'utf8'), `${dir}/${file}`).not.toMatch(real);
      }
    }
  });

  it('starts every example deck with the yaml-language-server line, so editors validate it', () => {
    const decks = readdirSync(join(TOOL_ROOT, 'decks')).filter((f) => f.endsWith('.yaml'));
    expect(decks.length).toBeGreaterThanOrEqual(2);
    for (const deck of decks) {
      expect(readFileSync(join(TOOL_ROOT, 'decks', deck), 'utf8').split('\n')[0], deck).toBe('# yaml-language-server: $schema=../schema/deck.schema.json');
    }
  });

  it('has the same UI string keys in English and Chinese', () => {
    const en = [...library.strings('en').keys()].sort();
    const zh = [...library.strings('zh-CN').keys()].sort();
    expect(zh).toEqual(en);
    expect(en.length).toBeGreaterThan(100);
  });
});
