// `demodeck new card` and `new case`: a library entry in the content format, every text a
// placeholder in both languages, that a deck of the same project uses by id straight away — and
// whose placeholders check-deck names with the entry's file and line.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, userProject } from '../support/cliRun.js';

const project = (): string => userProject('demodeck-new-content-');

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const schemaOf = (name: string) => ajv.compile(JSON.parse(readFileSync(`schema/${name}.schema.json`, 'utf8')));

const DECK = `deck: {title: Stock you can trust, language: en}
customer: {name: Acme Tools Ltd}
audience:
  - {name: Dana Reyes, role: executive, decision: decision-maker}
needs:
  - id: stock
    title: Stock accuracy
    problem: the counts never match the shelf
    payoff: one stock figure everybody trusts
    features: [cycle-counts, inventory-safety-stock]
cases: [acme-tools]
`;

describe('demodeck new card / new case', () => {
  it('writes a card and a case a deck uses by id at once; check-deck names their placeholders by file and line', async () => {
    const dir = project();
    const card = await cli(['new', 'card', 'content/features/cycle-counts.yaml', '--language', 'both'], dir);
    expect(card.code, card.err).toBe(0);
    expect(card.out).toContain('features: [cycle-counts]');
    expect((await cli(['new', 'case', 'content/cases/acme-tools.yaml'], dir)).code).toBe(0);

    const cardText = readFileSync(join(dir, 'content/features/cycle-counts.yaml'), 'utf8');
    expect(cardText.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+\/schema\/feature\.schema\.json$/);
    // --language both: each field's comment in English and in Chinese.
    expect(cardText).toContain('# F: what it does\n# 功能作用：能做什么\nfunction:');
    const cardData = parse(cardText) as { name: Record<string, string> };
    expect(cardData.name).toEqual({ en: expect.stringMatching(/^TODO: /), 'zh-CN': expect.stringMatching(/^待填写：/) });
    expect(schemaOf('feature')(cardData), JSON.stringify(schemaOf('feature').errors)).toBe(true);
    const caseText = readFileSync(join(dir, 'content/cases/acme-tools.yaml'), 'utf8');
    expect(schemaOf('case')(parse(caseText))).toBe(true);
    // --language en (the default): comments in English only.
    expect(caseText.split('\n').filter((l) => l.startsWith('#')).join('\n')).not.toMatch(/[\u4e00-\u9fff]/u);

    writeFileSync(join(dir, 'stock.yaml'), DECK);
    const built = await cli(['build', 'stock.yaml', '--out', 'out'], dir);
    expect(built.code, built.err).toBe(0);
    const html = readFileSync(join(dir, 'out/stock/index.html'), 'utf8');
    expect(html).toContain('TODO: the card&#x27;s name');
    expect(html).toContain('TODO: the client&#x27;s name');

    const checked = await cli(['check', 'stock.yaml', '--out', 'out', '--strict'], dir);
    expect(checked.code).toBe(3);
    const readiness = JSON.parse(readFileSync(join(dir, 'out/stock/readiness.json'), 'utf8')) as { checks: { code: string; message: string }[] };
    const message = readiness.checks.find((c) => c.code === 'placeholders-left')?.message ?? '';
    const nameLine = cardText.split('\n').findIndex((l) => l.startsWith('  en: "TODO: the card')) + 1;
    expect(message).toContain(`content/features/cycle-counts.yaml: name.en (line ${nameLine})`);
    expect(message).toContain('content/cases/acme-tools.yaml: results[0].change');
    // The deck itself holds none; the card's texts come before the case's, as the deck names them.
    expect(message.indexOf('content/features/')).toBeLessThan(message.indexOf('content/cases/'));
  });

  it('writes Chinese comments with --language zh-CN and the texts in both languages, as the format requires', async () => {
    const dir = project();
    expect((await cli(['new', 'card', 'content/features/mobile-stock.yaml', '--language', 'zh-CN'], dir)).code).toBe(0);
    const text = readFileSync(join(dir, 'content/features/mobile-stock.yaml'), 'utf8');
    expect(text).toContain('# 功能作用：能做什么\nfunction:');
    expect(text).not.toContain('# F: what it does');
    expect((parse(text) as { feature: { en: string } }).feature.en).toMatch(/^TODO/);
  });

  it('refuses a file outside the project\'s content folder, a name that is no id, and an existing file', async () => {
    const dir = project();
    const outside = await cli(['new', 'card', 'cycle-counts.yaml'], dir);
    expect(outside.code).toBe(1);
    expect(outside.err).toContain('write it as content/features/cycle-counts.yaml');
    const badId = await cli(['new', 'case', 'content/cases/Acme_Tools.yaml'], dir);
    expect(badId.code).toBe(1);
    expect(badId.err).toContain('cannot be an id');
    expect((await cli(['new', 'card', 'content/features/cycle-counts.yaml'], dir)).code).toBe(0);
    const again = await cli(['new', 'card', 'content/features/cycle-counts.yaml'], dir);
    expect(again.code).toBe(1);
    expect(again.err).toContain('--force');
  });
});
