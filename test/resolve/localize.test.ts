// Library entries show one language; right-to-left text in them is isolated like config text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { localizeFeature } from '../../src/resolve/localize.js';
import { contentSchemas } from '../../src/validate/contentSchema.js';

const card = contentSchemas().featureCardSchema.parse(parse(readFileSync('content/features/ar-ageing.yaml', 'utf8')));

describe('localized library text', () => {
  it('picks the deck language for every text of a card', () => {
    const zh = localizeFeature('ar-ageing', 'library', card, 'zh-CN');
    expect(zh.name).toBe(card.name['zh-CN']);
    expect(zh.benefitsByRole.executive).toBe(card.benefits?.executive?.['zh-CN']);
    expect(zh.demo).toEqual(card.demo.map((step) => step['zh-CN']));
  });

  it('wraps a right-to-left name in one isolate, so it cannot reverse the text around it', () => {
    const hebrew = { ...card, name: { en: 'גיול חובות', 'zh-CN': '账龄' } };
    expect(localizeFeature('ar-ageing', 'project', hebrew, 'en').name).toBe('\u2068גיול חובות\u2069');
    expect(localizeFeature('ar-ageing', 'project', hebrew, 'zh-CN').name).toBe('账龄');
  });
});
