// Reads the caches scripts/build-caches.mjs writes at install time: the shipped library already
// parsed and validated, and the shipped templates precompiled. Each entry holds the text it was
// made from and is used only when the file on disk still reads exactly so, so an edited file is
// always read afresh. Comparing texts is exact and cheaper than hashing them, and spares a build
// loading node:crypto.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { TOOL_ROOT } from './toolRoot.js';

interface Cached<T> {
  /** The file's text the value was made from (BOM removed). */
  text: string;
  value: T;
}

/** library.json as written by the build: an index line, then one JSON entry per line. */
interface LibraryCache {
  /** Entry by path under content/: where its JSON starts and ends in `entries`. */
  index: Record<string, [start: number, end: number]>;
  entries: string;
}

let library: LibraryCache | undefined;

/** The validated value of a shipped content file, if the cache holds this exact text. */
export function cachedLibraryValue(file: string, text: string): unknown {
  library ??= loadLibrary(join(TOOL_ROOT, 'lib', 'cache', 'library.json'));
  const key = relative(join(TOOL_ROOT, 'content'), file).replace(/\\/g, '/');
  const at = Object.hasOwn(library.index, key) ? library.index[key] : undefined;
  if (at === undefined) return undefined;
  // Only the entries a deck uses are parsed, not the whole library.
  const entry = JSON.parse(library.entries.slice(at[0], at[1])) as Cached<unknown>;
  return entry.text === text ? entry.value : undefined;
}

export interface PrecompiledTemplate {
  /** The template's text the spec was compiled from. */
  source: string;
  spec: object;
}

let templates: Record<string, PrecompiledTemplate> | undefined;

export function precompiledTemplate(name: string, source: string): object | undefined {
  if (templates === undefined) {
    const file = join(TOOL_ROOT, 'lib', 'cache', 'templates.cjs');
    templates = existsSync(file) ? (createRequire(import.meta.url)(file) as Record<string, PrecompiledTemplate>) : {};
  }
  const entry = Object.hasOwn(templates, name) ? templates[name] : undefined;
  return entry && entry.source === source ? entry.spec : undefined;
}

function loadLibrary(file: string): LibraryCache {
  if (!existsSync(file)) return { index: {}, entries: '' };
  const text = readFileSync(file, 'utf8');
  const lineEnd = text.indexOf('\n');
  return { index: JSON.parse(text.slice(0, lineEnd)) as LibraryCache['index'], entries: text.slice(lineEnd + 1) };
}

interface SpeakerViewCache {
  /** The speaker view's template literal as the runtime writes it, from after its opening backtick. */
  template: string;
  /** SHA-256 (base64) of each inline script in it. */
  hashes: string[];
}

let speakerView: SpeakerViewCache | null | undefined;

/**
 * The hashes of the speaker view's inline scripts, recorded at install, when the runtime still
 * holds the recorded template at `start` and closes it right after: the same template text makes
 * the same scripts.
 */
export function cachedSpeakerViewHashes(runtimeJs: string, start: number): string[] | undefined {
  if (speakerView === undefined) {
    const file = join(TOOL_ROOT, 'lib', 'cache', 'speaker-view.json');
    speakerView = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SpeakerViewCache) : null;
  }
  if (speakerView === null) return undefined;
  const { template, hashes } = speakerView;
  return runtimeJs.startsWith(template, start) && runtimeJs[start + template.length] === '`' ? hashes : undefined;
}
