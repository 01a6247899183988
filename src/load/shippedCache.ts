// Reads the caches scripts/build-caches.mjs writes at install time: the shipped library already
// parsed and validated, and the shipped templates precompiled. Each entry holds the bytes or text
// it was made from and is used only when the file on disk still reads exactly so, so an edited
// file is always read afresh. Comparing is exact and cheaper than hashing, and spares a build
// loading node:crypto.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { TOOL_ROOT } from './toolRoot.js';

/** library.cache as written by the build: an index line, then each file's bytes and value. */
interface LibraryCache {
  /** Entry by path under content/: where its bytes start, where its value's JSON starts and ends, in `body`. */
  index: Record<string, [bytesStart: number, valueStart: number, valueEnd: number]>;
  body: Buffer;
}

let library: LibraryCache | undefined;

/**
 * The validated value of a shipped content file, if the cache was made from these exact bytes.
 * Comparing bytes needs no decoding, and only the values a deck uses are parsed.
 */
export function cachedLibraryValue(file: string, bytes: Uint8Array): unknown {
  library ??= loadLibrary(join(TOOL_ROOT, 'lib', 'cache', 'library.cache'));
  const key = relative(join(TOOL_ROOT, 'content'), file).replace(/\\/g, '/');
  const at = Object.hasOwn(library.index, key) ? library.index[key] : undefined;
  if (at === undefined || !library.body.subarray(at[0], at[1]).equals(bytes)) return undefined;
  // The values are ASCII JSON (\u escapes for everything else).
  return JSON.parse(library.body.toString('latin1', at[1], at[2]));
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
  if (!existsSync(file)) return { index: {}, body: Buffer.alloc(0) };
  const bytes = readFileSync(file);
  const lineEnd = bytes.indexOf(0x0a);
  return { index: JSON.parse(bytes.toString('latin1', 0, lineEnd)) as LibraryCache['index'], body: bytes.subarray(lineEnd + 1) };
}

interface SpeakerViewCache {
  /** The speaker view's template literal as the runtime writes it, from after its opening backtick. */
  template: string;
  /** SHA-256 (base64) of each inline script in it. */
  hashes: string[];
}

let speakerView: { template: Buffer; hashes: string[] } | null | undefined;

/** Where the notes plugin writes its popup: `document.write(` and a template literal. */
export const SPEAKER_VIEW_MARKER = 'document.write(`';
const MARKER_BYTES = Buffer.from(SPEAKER_VIEW_MARKER);
const BACKTICK = 0x60;

/**
 * The hashes of the speaker view's inline scripts, recorded at install, when the runtime's first
 * marker is still followed by the recorded template and its closing backtick: the same template
 * makes the same scripts. Compared as bytes, so a build never decodes the 190 KB runtime.
 */
export function cachedSpeakerViewHashes(runtimeJs: Uint8Array): string[] | undefined {
  if (speakerView === undefined) {
    const file = join(TOOL_ROOT, 'lib', 'cache', 'speaker-view.json');
    const cache = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SpeakerViewCache) : undefined;
    speakerView = cache ? { template: Buffer.from(cache.template), hashes: cache.hashes } : null;
  }
  if (speakerView === null) return undefined;
  const bytes = Buffer.from(runtimeJs.buffer, runtimeJs.byteOffset, runtimeJs.byteLength);
  const at = bytes.indexOf(MARKER_BYTES);
  if (at < 0) return undefined;
  const start = at + MARKER_BYTES.length;
  const { template, hashes } = speakerView;
  return bytes.subarray(start, start + template.length).equals(template) && bytes[start + template.length] === BACKTICK ? hashes : undefined;
}
