// Keeps V8's bytecode for the installed command between runs. Node 20 has no compile cache of
// its own (`module.enableCompileCache` arrived in Node 22), so every run parsed and compiled the
// 600 KB bundle, the precompiled templates and the Handlebars runtime again, and compiled each
// function lazily on its first call — a fifth of a 40-slide build's own work.
//
// `npm run build` runs one build of the example decks in `record` mode: every CommonJS file the
// process compiles is compiled here instead, and at exit V8's bytecode for each (now including
// every function the build called) is written to one file, keyed by the SHA-1 of the file's text.
// A later run in `use` mode hands V8 that bytecode instead of compiling. The cache can make a run
// faster, never different: a file whose text changed has another hash and is compiled as usual,
// bytecode V8 refuses (another Node, other V8 flags) is compiled as usual too, and with no or an
// unreadable cache file Node's own loader is left alone.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { constants, Script } from 'node:vm';

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

/** The file layout: a 4-byte length, a JSON header, then the bytecode blobs back to back. */
interface CacheHeader {
  /** Bytecode is only valid for the V8 that wrote it. */
  node: string;
  arch: string;
  entries: Record<string, [offset: number, length: number]>;
}

export function installCodeCache(cacheFile: string, mode: CodeCacheMode): CodeCacheStats {
  const stats: CodeCacheStats = { served: 0, refused: 0 };
  if (mode === 'off') return stats;
  const cached = mode === 'use' ? readCache(cacheFile) : new Map<string, Buffer>();
  if (cached === undefined) return stats;
  const recorded: Array<[hash: string, script: Script]> = [];
  const proto = Module.prototype as unknown as CompilingModule;
  const compile = proto._compile;
  proto._compile = function compileWithCache(content, filename) {
    const hash = createHash('sha1').update(content).digest('hex');
    const cachedData = cached.get(hash);
    if (cachedData === undefined && mode === 'use') return compile.call(this, content, filename);
    // A hashbang is only valid on a script's first line; inside the wrapper it becomes a comment.
    const body = content.startsWith('#!') ? `//${content.slice(2)}` : content;
    const script = new Script(Module.wrap(body), { filename, cachedData, importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
    if (cachedData !== undefined) {
      if (script.cachedDataRejected === true) stats.refused++;
      else stats.served++;
    }
    if (mode === 'record') recorded.push([hash, script]);
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };
  if (mode === 'record') process.once('exit', () => writeCache(cacheFile, recorded));
  return stats;
}

function readCache(file: string): Map<string, Buffer> | undefined {
  try {
    const bytes = readFileSync(file);
    const headerLength = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength)) as CacheHeader;
    if (header.node !== process.version || header.arch !== process.arch) return undefined;
    const data = bytes.subarray(4 + headerLength);
    return new Map(Object.entries(header.entries).map(([hash, [offset, length]]) => [hash, data.subarray(offset, offset + length)]));
  } catch {
    // No cache (a fresh clone before `npm run build`) or a damaged one: compile as usual.
    return undefined;
  }
}

function writeCache(file: string, recorded: ReadonlyArray<[string, Script]>): void {
  const entries: CacheHeader['entries'] = {};
  const blobs: Buffer[] = [];
  let offset = 0;
  for (const [hash, script] of recorded) {
    const blob = script.createCachedData();
    entries[hash] = [offset, blob.length];
    blobs.push(blob);
    offset += blob.length;
  }
  const header = Buffer.from(JSON.stringify({ node: process.version, arch: process.arch, entries } satisfies CacheHeader));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  // Written aside and renamed, so a run never reads half a cache.
  writeFileSync(`${file}.tmp`, Buffer.concat([length, header, ...blobs]));
  renameSync(`${file}.tmp`, file);
}
