// Reads the caches scripts/build-caches.mjs writes at install time: the shipped library already
// parsed and validated, and the shipped templates precompiled. Each entry holds the bytes or text
// it was made from and is used only when the file on disk still reads exactly so, so an edited
// file is always read afresh. Comparing is exact and cheaper than hashing, and spares a build
// loading node:crypto.
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { sameIdentity } from '../source/fileIdentity.js';
import { readFully } from '../source/readFully.js';
import { TOOL_ROOT } from './toolRoot.js';

/** library.cache as written by the build: an index line, then each file's bytes and values. */
interface LibraryCache {
  index: {
    /** The languages of the per-language values, in the order they follow the whole value. */
    languages: string[];
    /**
     * Entry by path under content/, in the body: where its bytes start and end, then where each
     * line of JSON after them ends (the whole value, then the value in each language).
     */
    entries: Record<string, [bytesStart: number, bytesEnd: number, wholeEnd: number, ...languageEnds: number[]]>;
    /** Each file's identity when the cache was made (source/fileIdentity.ts). */
    identities?: Record<string, number[]>;
  };
  /** `length` bytes from `start` in the body (after the index line); undefined past its end. */
  read(start: number, length: number): Buffer | undefined;
}

let library: LibraryCache | undefined;

const CONTENT_ROOT = join(TOOL_ROOT, 'content') + sep;

/**
 * The validated value of a shipped content file, if the cache was made from these exact bytes:
 * whole, or with only the texts of `language` (validate/libraryLanguage.ts). Comparing bytes needs no
 * decoding, and only the values a deck uses are parsed.
 */
export function cachedLibraryValue(file: string, bytes: Uint8Array, language?: string): unknown {
  const { at, cache } = libraryEntry(file);
  if (at === undefined || at[1] - at[0] !== bytes.length || !cache.read(at[0], bytes.length)?.equals(bytes)) return undefined;
  return valueAt(cache, at, language);
}

/**
 * The validated value of a shipped content file that is the very file the cache was made from
 * (the same identity), without reading it; undefined otherwise, and the file is read.
 */
export function unchangedLibraryValue(file: string, stats: Stats, language?: string): unknown {
  const { at, cache, key } = libraryEntry(file);
  const identities = cache.index.identities;
  if (at === undefined || key === undefined || identities === undefined || !Object.hasOwn(identities, key) || !sameIdentity(stats, identities[key])) return undefined;
  return valueAt(cache, at, language);
}

type LibraryAt = LibraryCache['index']['entries'][string];

function libraryEntry(file: string): { at?: LibraryAt; cache: LibraryCache; key?: string } {
  library ??= loadLibrary(join(TOOL_ROOT, 'lib', 'cache', 'library.cache'));
  // The library's files are named by joining onto TOOL_ROOT, so the key is the rest of the path.
  const key = file.startsWith(CONTENT_ROOT) ? file.slice(CONTENT_ROOT.length).replace(/\\/g, '/') : undefined;
  const entries = library.index.entries;
  return { at: key !== undefined && Object.hasOwn(entries, key) ? entries[key] : undefined, cache: library, key };
}

function valueAt(cache: LibraryCache, at: LibraryAt, language: string | undefined): unknown {
  const line = language === undefined ? 0 : cache.index.languages.indexOf(language) + 1;
  if (line === 0 && language !== undefined) return undefined;
  const start = line === 0 ? at[1] : (at[line + 1] as number) + 1;
  const end = at[line + 2];
  const json = end === undefined ? undefined : cache.read(start, end - start);
  // The values are ASCII JSON (\u escapes for everything else).
  return json === undefined ? undefined : JSON.parse(json.toString('latin1'));
}

export interface PrecompiledTemplate {
  /** The template's text the spec was compiled from. */
  source: string;
  /** Its file's identity when it was compiled (source/fileIdentity.ts). */
  identity?: number[];
  spec: object;
}

let templates: Record<string, PrecompiledTemplate> | undefined;

function templateEntry(name: string): PrecompiledTemplate | undefined {
  if (templates === undefined) {
    const file = join(TOOL_ROOT, 'lib', 'cache', 'templates.cjs');
    templates = existsSync(file) ? (createRequire(import.meta.url)(file) as Record<string, PrecompiledTemplate>) : {};
  }
  return Object.hasOwn(templates, name) ? templates[name] : undefined;
}

export function precompiledTemplate(name: string, source: string): object | undefined {
  const entry = templateEntry(name);
  return entry && entry.source === source ? entry.spec : undefined;
}

/**
 * The text of the template `name` without reading `file`, when the file is the very one it was
 * precompiled from (the same identity); undefined otherwise, and the file is read.
 */
export function unchangedTemplateSource(name: string, file: string): string | undefined {
  const entry = templateEntry(name);
  return entry !== undefined && sameIdentity(statSync(file), entry.identity) ? entry.source : undefined;
}

/**
 * The index line, and the rest read piece by piece: a deck needs a few dozen of the entries, and
 * the file holds every one three times over (whole and per language), about 1 MB. The file stays
 * open, so every piece comes from the file the index was read from.
 */
function loadLibrary(file: string): LibraryCache {
  const none: LibraryCache = { index: { languages: [], entries: {} }, read: () => undefined };
  if (!existsSync(file)) return none;
  const fd = openSync(file, 'r');
  let head = Buffer.alloc(0);
  let lineEnd = -1;
  while (lineEnd < 0) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const n = readSync(fd, chunk, 0, chunk.length, head.length);
    if (n === 0) break;
    const from = head.length;
    head = Buffer.concat([head, chunk.subarray(0, n)]);
    lineEnd = head.indexOf(0x0a, from);
  }
  if (lineEnd < 0) {
    closeSync(fd);
    return none;
  }
  const bodyStart = lineEnd + 1;
  const read = (start: number, length: number): Buffer | undefined => {
    const piece = Buffer.allocUnsafe(length);
    return readFully(fd, piece, 0, length, bodyStart + start) ? piece : undefined;
  };
  return { index: JSON.parse(head.toString('latin1', 0, lineEnd)) as LibraryCache['index'], read };
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
