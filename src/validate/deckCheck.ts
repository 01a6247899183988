// The deck config's schema check: a valid config passes the plain description of the schema
// (fastParse.ts) without building zod; any other goes to zod, which reports every problem.
import type { YamlSource } from '../load/yamlSource.js';
import { deckSchema, type DeckConfig } from './deckSchema.js';
import { deckSpec } from './deckSpec.generated.js';
import { FAILED, fastParse } from './fastParse.js';
import { checkSource, throwIfAny, type CheckedSource } from './validateFile.js';

export function checkDeckSource(source: YamlSource): CheckedSource<DeckConfig> {
  const data = source.data;
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const value = fastParse(deckSpec, data);
    if (value !== FAILED) return { value: value as DeckConfig, problems: [...source.problems] };
  }
  return checkSource(source, deckSchema(), 'deck config');
}

/** The valid deck config of `source`; throws every problem of the file otherwise. */
export function validateDeckSource(source: YamlSource): DeckConfig {
  const checked = checkDeckSource(source);
  throwIfAny(source.file, checked.problems);
  return checked.value as DeckConfig;
}
