// The install-time caches: the shipped library parsed once, the shipped templates precompiled.
// They are only a shortcut: an edited file is read afresh, never served stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedLibraryValue, precompiledTemplate } from '../../src/load/shippedCache.js';
import { readYamlFile } from '../../src/load/yamlSource.js';
import { TOOL_ROOT } from '../../src/load/toolRoot.js';
import { featureCardSchema } from '../../src/validate/contentSchema.js';
import { validateSource } from '../../src/validate/validateFile.js';

const card = join(TOOL_ROOT, 'content', 'features', 'ar-ageing.yaml');

describe('install-time caches (built by `npm run build`)', () => {
  it('serve a shipped card exactly as parsing and validating it would', () => {
    const text = readFileSync(card, 'utf8');
    expect(cachedLibraryValue(card, text)).toEqual(validateSource(readYamlFile(card), featureCardSchema, 'card'));
  });

  it('ignore a shipped card whose text changed since the build', () => {
    const text = readFileSync(card, 'utf8');
    expect(cachedLibraryValue(card, `${text}\n# edited`)).toBeUndefined();
  });

  it('hold every shipped template precompiled, and not an edited one', () => {
    const source = readFileSync(join(TOOL_ROOT, 'templates', 'slides', 'ffab.hbs'), 'utf8');
    expect(precompiledTemplate('slides/ffab', source)).toBeDefined();
    expect(precompiledTemplate('slides/ffab', `${source}<!-- edited -->`)).toBeUndefined();
  });
});
