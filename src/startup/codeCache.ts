// Keeps V8's bytecode for the installed command between runs. Node 20 has no compile cache of
// its own (`module.enableCompileCache` arrived in Node 22), so every run parsed and compiled the
// 600 KB bundle, the precompiled templates and the Handlebars runtime again, and compiled each
// function lazily on its first call — a fifth of a 40-slide build's own work.
//
// `npm run build` runs one build of the example decks in `record` mode: every CommonJS file the
// process compiles is compiled here instead, and at exit V8's bytecode for each (now including
// every function the build called) is written to one file, keyed by the file's path from the
// cache's folder and stored with the file's text. A later run in `use` mode hands V8 that bytecode
// instead of compiling, when the text on disk is still the recorded one. Comparing the texts is
// exact and needs no hashing, so a run does not load node:crypto (three dozen internal modules)
// just to find its cache. A file recorded as ASCII text (the bundle is written so) is read as bytes,
// straight into the CommonJS wrapper, and compared as bytes: Node's own reading decodes it as
// UTF-8 first and joins the wrapper to it, which V8 then copies again, each costing more than
// the comparison. The cache can make a run faster, never different: a file whose text
// changed is compiled as usual,
// bytecode V8 refuses (another Node, other V8 flags) is compiled as usual too, and with no or an
// unreadable cache file Node's own loader is left alone.
import { closeSync, fstatSync, openSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, relative, sep } from 'node:path';
import { constants, Script } from 'node:vm';
import { identityOf, sameIdentity, type FileIdentity } from '../source/fileIdentity.js';
import { readFully } from '../source/readFully.js';

export type CodeCacheMode = 'use' | 'record' | 'off';

/** What the cache did in this process, for tests and for the bench. */
export interface CodeCacheStats {
  /** Files run from cached bytecode. */
  served: number;
  /** Files with cached bytecode that V8 refused (and compiled afresh). */
  refused: number;
}

/** Node's internal compile step for a CommonJS file; the one hook v8-compile-cache also uses. */
interface CompilingModule {
  _compile(this: CompilingModule, content: string, filename: string): unknown;
  exports: unknown;
}

/** The file layout: a 4-byte length, a JSON header, then each file's text and bytecode back to back. */
interface CacheHeader {
  /** Bytecode is only valid for the V8 that wrote it. */
  node: string;
  arch: string;
  /**
   * By path from the cache's folder: where the recorded text (UTF-8) starts, its length, the
   * bytecode's length after it, whether the text is ASCII (so its bytes are the file's), and the
   * file's identity when it was recorded (source/fileIdentity.ts).
   */
  entries: Record<string, [offset: number, textLength: number, codeLength: number, ascii?: boolean, identity?: FileIdentity]>;
}

/**
 * A recorded file: the text it was compiled from (as UTF-8 bytes) and V8's bytecode for it, read
 * from the cache only when that file is loaded (a build that never loads the yaml package does
 * not read its 400 KB).
 */
interface CachedFile {
  ascii: boolean;
  textLength: number;
  identity?: FileIdentity;
  /** The recorded text's bytes; undefined when the cache cannot be read after all. */
  bytes(): Buffer | undefined;
  /** The bytecode; undefined when the cache cannot be read after all. */
  code(): Buffer | undefined;
}

/** Node's loader for `.js` files: reads the file as UTF-8 text and hands it to `_compile`. */
type LoadJs = (this: unknown, module: CompilingModule, filename: string) => void;

export function installCodeCache(cacheFile: string, mode: CodeCacheMode): CodeCacheStats {
  const stats: CodeCacheStats = { served: 0, refused: 0 };
  if (mode === 'off') return stats;
  const cached = mode === 'use' ? readCache(cacheFile) : new Map<string, CachedFile>();
  if (cached === undefined) return stats;
  const folder = dirname(cacheFile);
  const keyOf = (filename: string): string => relative(folder, filename).split(sep).join('/');
  const recorded: Array<[key: string, text: string, script: Script, identity: FileIdentity]> = [];

  /**
   * Compiles a file's wrapped source (with its bytecode when there is some) and runs it as
   * `module`; when recording, `text` is the file's text the bytecode is kept with.
   */
  const run = (module: CompilingModule, filename: string, source: string, cachedData: Buffer | undefined, text?: string): unknown => {
    const script = new Script(source, { filename, cachedData, importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
    if (cachedData !== undefined) {
      if (script.cachedDataRejected === true) stats.refused++;
      else stats.served++;
    }
    if (text !== undefined) recorded.push([keyOf(filename), text, script, identityOf(statSync(filename))]);
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename));
  };

  const extensions = (Module as unknown as { _extensions: Record<string, LoadJs> })._extensions;
  const loadJs = extensions['.js'];
  if (mode === 'use' && loadJs !== undefined) {
    extensions['.js'] = function loadWithCache(module, filename) {
      const entry = cached.get(keyOf(filename));
      const source = entry?.ascii === true ? wrappedIfRecorded(filename, entry) : undefined;
      const code = source === undefined ? undefined : entry?.code();
      if (source !== undefined && code !== undefined) run(module, filename, source, code);
      else loadJs.call(this, module, filename);
    };
  }
  const proto = Module.prototype as unknown as CompilingModule;
  const compile = proto._compile;
  proto._compile = function compileWithCache(content, filename) {
    const entry = cached.get(keyOf(filename));
    // V8 itself checks only the length of the source, so the text must be the recorded one.
    const cachedData = entry !== undefined && entry.bytes()?.toString('utf8') === content ? entry.code() : undefined;
    if (cachedData === undefined && mode === 'use') return compile.call(this, content, filename);
    return run(this, filename, Module.wrap(withoutHashbang(content)), cachedData, mode === 'record' ? content : undefined);
  };
  if (mode === 'record') process.once('exit', () => writeCache(cacheFile, recorded));
  return stats;
}

/** A hashbang is only valid on a script's first line; inside the wrapper it becomes a comment. */
function withoutHashbang(content: string): string {
  return content.startsWith('#!') ? `//${content.slice(2)}` : content;
}

const [HEAD_BYTES, TAIL_BYTES] = Module.wrap('\0').split('\0').map((part) => Buffer.from(part, 'latin1')) as [Buffer, Buffer];

/**
 * The file inside CommonJS's wrapper, as one string read in one piece, when its bytes are the
 * recorded ones. Joining the wrapper to the file's text would make V8 copy the 800 KB bundle
 * once more before it looks up its bytecode.
 */
function wrappedIfRecorded(filename: string, entry: CachedFile): string | undefined {
  const fd = openSync(filename, 'r');
  try {
    const stats = fstatSync(fd);
    const size = stats.size;
    if (size !== entry.textLength) return undefined;
    const unchanged = sameIdentity(stats, entry.identity);
    const buffer = Buffer.allocUnsafe(HEAD_BYTES.length + size + TAIL_BYTES.length);
    HEAD_BYTES.copy(buffer, 0);
    if (!readFully(fd, buffer, HEAD_BYTES.length, size, 0)) return undefined;
    const text = buffer.subarray(HEAD_BYTES.length, HEAD_BYTES.length + size);
    if (!unchanged) {
      const recorded = entry.bytes();
      if (recorded === undefined || !text.equals(recorded)) return undefined;
    }
    TAIL_BYTES.copy(buffer, HEAD_BYTES.length + size);
    if (text[0] === 0x23 && text[1] === 0x21) text.write('//', 'latin1');
    return buffer.toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function readCache(file: string): Map<string, CachedFile> | undefined {
  let fd: number | undefined;
  try {
    // Kept open for the process: an entry read later comes from the same file as the header,
    // even if a build renames a new cache into place meanwhile.
    fd = openSync(file, 'r');
    const headerLength = readExactly(fd, 4, 0).readUInt32LE(0);
    const header = JSON.parse(readExactly(fd, headerLength, 4).toString('utf8')) as CacheHeader;
    if (header.node !== process.version || header.arch !== process.arch) throw new Error('bytecode of another Node');
    const dataStart = 4 + headerLength;
    const opened = fd;
    const size = fstatSync(fd).size;
    const files = new Map<string, CachedFile>();
    /** A piece of the cache, read on first use; undefined if it cannot be read. */
    const piece = (length: number, position: number): (() => Buffer | undefined) => {
      let read: Buffer | undefined;
      return () => {
        try {
          read ??= readExactly(opened, length, position);
          return read;
        } catch {
          return undefined;
        }
      };
    };
    for (const [key, [offset, textLength, codeLength, ascii, identity]] of Object.entries(header.entries)) {
      if (dataStart + offset + textLength + codeLength > size) throw new Error('the bytecode cache ends early');
      const start = dataStart + offset;
      files.set(key, { ascii: ascii === true, textLength, identity, bytes: piece(textLength, start), code: piece(codeLength, start + textLength) });
    }
    return files;
  } catch {
    // No cache (a fresh clone before `npm run build`), a damaged one or another Node's: compile as usual.
    if (fd !== undefined) closeSync(fd);
    return undefined;
  }
}

/** `length` bytes of `fd` from `position`; a short file is a damaged cache. */
function readExactly(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.allocUnsafeSlow(length);
  if (!readFully(fd, buffer, 0, length, position)) throw new Error('the bytecode cache ends early');
  return buffer;
}

/** One file's entry as stored: its text's bytes, its bytecode, whether ASCII, its identity. */
interface StoredEntry {
  text: Buffer;
  code: Buffer;
  ascii: boolean;
  identity?: FileIdentity;
}

function writeCache(file: string, recorded: ReadonlyArray<[string, string, Script, FileIdentity]>): void {
  writeEntries(file, recorded.map(([key, text, script, identity]) => {
    const bytes = Buffer.from(text, 'utf8');
    return [key, { text: bytes, code: script.createCachedData(), ascii: bytes.length === text.length, identity }];
  }));
}

function writeEntries(file: string, stored: ReadonlyArray<[string, StoredEntry]>): void {
  const entries: CacheHeader['entries'] = {};
  const blobs: Buffer[] = [];
  let offset = 0;
  for (const [key, { text, code, ascii, identity }] of stored) {
    entries[key] = [offset, text.length, code.length, ascii, identity];
    blobs.push(text, code);
    offset += text.length + code.length;
  }
  const header = Buffer.from(JSON.stringify({ node: process.version, arch: process.arch, entries } satisfies CacheHeader));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  // Written aside and renamed, so a run never reads half a cache.
  writeFileSync(`${file}.tmp`, Buffer.concat([length, header, ...blobs]));
  renameSync(`${file}.tmp`, file);
}

/**
 * One cache from several recordings, each file's entry taken from the first recording that has
 * it. Every recording holds the bytecode of what its run compiled, and every file a run loads is
 * deserialized whole: so the bundle's own entry comes from plain builds, and a file only another
 * kind of run loads (the yaml or zod package) from that run, without that run's other code
 * weighing on every plain build.
 */
export function mergeCodeCaches(recordings: readonly string[], target: string): void {
  const merged = new Map<string, StoredEntry>();
  for (const recording of recordings) {
    const cached = readCache(recording);
    if (cached === undefined) throw new Error(`${recording} is not a bytecode cache of this Node`);
    for (const [key, entry] of cached) {
      if (merged.has(key)) continue;
      const text = entry.bytes();
      const code = entry.code();
      if (text === undefined || code === undefined) throw new Error(`${recording} ends early`);
      merged.set(key, { text, code, ascii: entry.ascii, identity: entry.identity });
    }
  }
  writeEntries(target, [...merged]);
}
