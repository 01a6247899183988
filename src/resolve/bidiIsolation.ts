// Right-to-left text (Arabic, Hebrew) and direction controls pasted from e-mails must not reverse
// the text around them: a slide line, a speaker note or the <title> often joins several fields.
// Each text field that holds such characters is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL
// ISOLATE, the plain-text form of <bdi>: it takes its own direction and its controls end with it.
// The characters the user wrote stay exactly as written between the two marks; text without
// right-to-left characters or controls is left alone, so ordinary decks are unchanged.
import type { DeckConfig } from '../validate/deckSchema.js';

const FSI = '\u2068';
const PDI = '\u2069';
const BIDI_SENSITIVE = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
/** Fields that name files or addresses: wrapping them would change what they point at. */
const NOT_SHOWN_AS_TEXT = new Set(['logo', 'website', 'email']);

export function isolateBidi(text: string): string {
  if (!BIDI_SENSITIVE.test(text)) return text;
  // A stray PDI in the text would close our isolate early, an unclosed isolate would swallow our
  // closing one: add as many marks as it takes to keep the field inside exactly one isolate.
  let open = 0;
  let stray = 0;
  for (const char of text) {
    if (char === '\u2066' || char === '\u2067' || char === FSI) open++;
    else if (char === PDI) {
      if (open > 0) open--;
      else stray++;
    }
  }
  return `${FSI.repeat(stray + 1)}${text}${PDI.repeat(open + 1)}`;
}

/** The config with every shown text isolated; ids, enums, paths and links are left as they are. */
export function isolateConfigTexts(config: DeckConfig): DeckConfig {
  const visit = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return NOT_SHOWN_AS_TEXT.has(key) ? value : isolateBidi(value);
    if (Array.isArray(value)) return value.map((item) => visit(item, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]));
    }
    return value;
  };
  return visit(config, '') as DeckConfig;
}
