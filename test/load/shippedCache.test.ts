// The install-time caches: the shipped library parsed once, the shipped templates precompiled.
// They are only a shortcut: an edited file is read afresh, never served stale.
import { copyFileSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedLibraryValue, cachedSpeakerViewHashes, precompiledTemplate, unchangedLibraryValue, unchangedTemplateSource } from '../../src/load/shippedCache.js';
import { speakerViewRecord } from '../../src/render/contentSecurityPolicy.js';
import { readYamlFile } from '../../src/load/yamlSource.js';
import { TOOL_ROOT } from '../../src/load/toolRoot.js';
import { contentSchemas } from '../../src/validate/contentSchema.js';
import { validateSource } from '../../src/validate/validateFile.js';
import { LANGUAGES } from '../../src/validate/enums.js';
import { inLanguage } from '../../src/validate/libraryLanguage.js';
import { localizeFeature } from '../../src/resolve/localize.js';

const card = join(TOOL_ROOT, 'content', 'features', 'ar-ageing.yaml');

describe('install-time caches (built by `npm run build`)', () => {
  it('serve a shipped card exactly as parsing and validating it would', () => {
    expect(cachedLibraryValue(card, readFileSync(card))).toEqual(validateSource(readYamlFile(card), contentSchemas().featureCardSchema, 'card'));
  });

  it('serve a shipped card in one language with only that language\'s texts, which is what a deck in it shows', () => {
    const whole = cachedLibraryValue(card, readFileSync(card)) as { name: Record<string, string>; demo: Record<string, string>[] };
    for (const language of LANGUAGES) {
      const value = cachedLibraryValue(card, readFileSync(card), language) as typeof whole;
      expect(value).toEqual(inLanguage(whole, language));
      expect(value.name).toEqual({ [language]: whole.name[language] });
      expect(value.demo.map((step) => Object.keys(step))).toEqual(whole.demo.map(() => [language]));
      expect(localizeFeature('ar-ageing', 'library', value as never, language, ['trading'])).toEqual(localizeFeature('ar-ageing', 'library', whole as never, language, ['trading']));
    }
  });

  it('serve an unchanged shipped card by its file identity, the same value, and not a copy of it', () => {
    for (const language of [undefined, ...LANGUAGES]) {
      expect(unchangedLibraryValue(card, statSync(card), language)).toEqual(cachedLibraryValue(card, readFileSync(card), language));
    }
    const copy = join(mkdtempSync(join(tmpdir(), 'demodeck-card-copy-')), 'ar-ageing.yaml');
    copyFileSync(card, copy);
    expect(unchangedLibraryValue(card, statSync(copy), 'en')).toBeUndefined();
  });

  it('ignore a shipped card whose text changed since the build', () => {
    const bytes = readFileSync(card);
    expect(cachedLibraryValue(card, Buffer.concat([bytes, Buffer.from('\n# edited')]))).toBeUndefined();
    // One byte changed, the length the same.
    const changed = Buffer.from(bytes);
    changed.writeUInt8(changed.readUInt8(changed.length - 2) ^ 1, changed.length - 2);
    expect(cachedLibraryValue(card, changed)).toBeUndefined();
  });

  it('give an unchanged shipped template\'s text without reading it, and nothing for another file', () => {
    const file = join(TOOL_ROOT, 'templates', 'slides', 'ffab.hbs');
    expect(unchangedTemplateSource('slides/ffab', file)).toBe(readFileSync(file, 'utf8'));
    // A copy holds the same text but is another file: it is read, never trusted by its name.
    const copy = join(mkdtempSync(join(tmpdir(), 'demodeck-template-copy-')), 'ffab.hbs');
    copyFileSync(file, copy);
    expect(unchangedTemplateSource('slides/ffab', copy)).toBeUndefined();
    expect(unchangedTemplateSource('slides/no-such-template', file)).toBeUndefined();
  });

  it('hold every shipped template precompiled, and not an edited one', () => {
    const source = readFileSync(join(TOOL_ROOT, 'templates', 'slides', 'ffab.hbs'), 'utf8');
    expect(precompiledTemplate('slides/ffab', source)).toBeDefined();
    expect(precompiledTemplate('slides/ffab', `${source}<!-- edited -->`)).toBeUndefined();
  });

  it("hold the speaker view's script hashes for the built runtime, and not for a changed one", () => {
    const runtime = readFileSync(join(TOOL_ROOT, 'runtime', 'demodeck.js'), 'utf8');
    const start = runtime.indexOf('document.write(`') + 'document.write(`'.length;
    expect(cachedSpeakerViewHashes(Buffer.from(runtime))).toEqual(speakerViewRecord(runtime)?.hashes);
    const changed = `${runtime.slice(0, start)}<script>x()</script>${runtime.slice(start)}`;
    expect(cachedSpeakerViewHashes(Buffer.from(changed))).toBeUndefined();
    // A second speaker view written before the first is the one the runtime shows.
    expect(cachedSpeakerViewHashes(Buffer.from(`document.write(\`<script>y()</script>\`);${runtime}`))).toBeUndefined();
    expect(speakerViewRecord(changed)?.hashes).toHaveLength((speakerViewRecord(runtime)?.hashes.length ?? 0) + 1);
  });
});
