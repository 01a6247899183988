// Generated configs are often JSON, which is YAML too (flow style, every text quoted). The `yaml`
// package reads such a file slowly: its flow parser and the document it builds with source
// positions cost tens of milliseconds on a 10 KB meeting, a cold build's largest single step.
// JSON.parse reads the same file in well under one. Positions are only needed when something is
// wrong, so a file read here keeps its text and the positioned document is built on demand
// (yamlSource.ts). Anything the YAML path would treat differently or report is left to it: this
// returns undefined and the file is read the usual way, so a problem is always reported exactly
// as before, with its file:line:col.
import { RESERVED_KEYS } from './yamlGuards.js';
import { MAX_DEPTH, MAX_INDENT, MAX_VALUES } from './yamlPrescan.js';

// Tab: YAML does not allow it as indentation. C0 and C1 controls and DEL: reported by the YAML
// path. U+2028 and U+2029: JSON text, but not plain text in every YAML reader.
// eslint-disable-next-line no-control-regex
const NOT_PLAIN_JSON = /[\u0000-\u0008\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const OBJECT_START = /^\s*\{/;
/** Every string of a JSON text, and whether it is a key (the whitespace before its colon). */
const STRING = /"(?:[^"\\]|\\.)*"(\s*:)?/g;
/** YAML reads an implicit key of at most 1024 characters; a long key goes the usual way. */
export const MAX_KEY_LENGTH = 1000;
/**
 * An integer of 16 digits or more may convert differently (the YAML schema uses parseInt): such a
 * file, or one with a long digit run anywhere, goes the usual way.
 */
export const LONG_NUMBER = /\d{16}/;

/**
 * The data of `text` when it is a JSON object that the YAML path would read to exactly the same
 * value without any problem; otherwise undefined.
 */
export function plainJsonData(text: string): unknown {
  if (!OBJECT_START.test(text) || NOT_PLAIN_JSON.test(text) || LONG_NUMBER.test(text) || longIndent(text)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Not JSON (comments, unquoted texts, a YAML mistake): the YAML path reads or reports it.
    return undefined;
  }
  const written = writtenKeys(text);
  if (written === undefined) return undefined;
  const counts = { keys: 0, values: 0 };
  if (!plainValue(data, 0, counts)) return undefined;
  // JSON.parse keeps the last of two equal keys silently; YAML reports the repeat. Every written
  // key is an own key of the data unless it repeats one, so equal counts mean no repeats.
  if (counts.keys !== written || counts.keys + counts.values > MAX_VALUES) return undefined;
  return data;
}

/** A line indented beyond the YAML path's limit is reported there. */
function longIndent(text: string): boolean {
  return new RegExp(`^ {${MAX_INDENT + 1}}`, 'm').test(text);
}

/** How many keys the text writes, or undefined when one is too long or not on its colon's line. */
function writtenKeys(text: string): number | undefined {
  let keys = 0;
  STRING.lastIndex = 0;
  for (let match = STRING.exec(text); match !== null; match = STRING.exec(text)) {
    const colon = match[1];
    if (colon === undefined) continue;
    // An implicit YAML key and its colon share one line.
    if (colon.includes('\n') || colon.includes('\r') || match[0].length > MAX_KEY_LENGTH) return undefined;
    keys++;
  }
  return keys;
}

/** Whether a parsed value holds only what the YAML path accepts as it is: counts keys and values. */
function plainValue(value: unknown, depth: number, counts: { keys: number; values: number }): boolean {
  if (typeof value === 'string') {
    counts.values++;
    return !CONTROL.test(value);
  }
  if (value === null || typeof value !== 'object') {
    counts.values++;
    return true;
  }
  // The YAML path counts a collection's depth from the document's top (yamlGuards.ts).
  if (depth >= MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!plainValue(item, depth + 1, counts)) return false;
    return true;
  }
  for (const key of Object.keys(value)) {
    counts.keys++;
    if (RESERVED_KEYS.has(key) || CONTROL.test(key)) return false;
    if (!plainValue((value as Record<string, unknown>)[key], depth + 1, counts)) return false;
  }
  return true;
}
