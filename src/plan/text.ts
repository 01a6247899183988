// Looks up a UI string and fills its {placeholders}. A missing key is a bug in the tool, not a
// user error: every key the planner and templates use exists in both shipped languages (tested).
import type { Strings } from '../types.js';

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

export function translator(strings: Strings): Translate {
  return (key, vars) => {
    const template = strings.get(key);
    if (template === undefined) throw new Error(`UI string \`${key}\` is missing`);
    return vars ? filled(template, vars) : template;
  };
}

const PLACEHOLDER_NAME = /^[a-z0-9-]+$/;

/**
 * Each `{name}` whose name is in `vars` replaced by its value; any other brace left as written.
 * A build fills thousands of strings before V8 has optimized anything: scanning for braces costs
 * far less there than a global replace with a callback.
 */
export function filled(template: string, vars: Readonly<Record<string, string | number>>): string {
  let open = template.indexOf('{');
  if (open === -1) return template;
  let out = '';
  let from = 0;
  while (open !== -1) {
    const close = template.indexOf('}', open + 1);
    if (close === -1) break;
    const name = template.slice(open + 1, close);
    if (PLACEHOLDER_NAME.test(name) && name in vars) {
      out += template.slice(from, open) + String(vars[name]);
      from = close + 1;
      open = template.indexOf('{', from);
    } else {
      open = template.indexOf('{', open + 1);
    }
  }
  return out + template.slice(from);
}

/**
 * Sentences joined the language's way. Chinese joins without a space, so a sentence that lacks its
 * full stop would run into the next one ("…补货建议关心…"); each but the last gets one.
 */
export function joinSentences(parts: readonly string[], t: Translate): string {
  const ended = (text: string): boolean => /[.!?。！？…”"]$/.test(text);
  return parts.map((p, i) => (i < parts.length - 1 && !ended(p) ? `${p}${t('sentence-end')}` : p)).join(t('sentence-separator'));
}
