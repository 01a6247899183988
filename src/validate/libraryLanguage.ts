// A deck shows one language, while every text of a library entry is written in both. The values
// the install-time cache keeps for one language hold only that language's texts, so a build
// parses half the JSON (src/load/shippedCache.ts); picking the text (resolve/localize.ts) is the same.
import { LANGUAGES, type Language } from './enums.js';

/** A localized text of the content schemas: exactly one text per language. */
function isLocalizedText(value: object): value is Record<Language, string> {
  const keys = Object.keys(value);
  return keys.length === LANGUAGES.length && LANGUAGES.every((key) => typeof (value as Record<string, unknown>)[key] === 'string');
}

/** `value` with each localized text reduced to its text in `language`; nothing else changes. */
export function inLanguage(value: unknown, language: Language): unknown {
  if (Array.isArray(value)) return value.map((item) => inLanguage(item, language));
  if (typeof value !== 'object' || value === null) return value;
  if (isLocalizedText(value)) return { [language]: value[language] };
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inLanguage(item, language)]));
}
