// Looks up a UI string and fills its {placeholders}. A missing key is a bug in the tool, not a
// user error: every key the planner and templates use exists in both shipped languages (tested).
import type { Strings } from '../types.js';

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

export function translator(strings: Strings): Translate {
  return (key, vars) => {
    const template = strings.get(key);
    if (template === undefined) throw new Error(`UI string \`${key}\` is missing`);
    if (!vars) return template;
    return template.replace(/\{([a-z0-9-]+)\}/g, (whole: string, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}

/**
 * Sentences joined the language's way. Chinese joins without a space, so a sentence that lacks its
 * full stop would run into the next one ("…补货建议关心…"); each but the last gets one.
 */
export function joinSentences(parts: readonly string[], t: Translate): string {
  const ended = (text: string): boolean => /[.!?。！？…”"]$/.test(text);
  return parts.map((p, i) => (i < parts.length - 1 && !ended(p) ? `${p}${t('sentence-end')}` : p)).join(t('sentence-separator'));
}
