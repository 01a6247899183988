// Reads the caches scripts/build-caches.mjs writes at install time: the shipped library already
// parsed and validated, and the shipped templates precompiled. An entry is used only when the
// hash of the file on disk matches, so an edited file is always read afresh.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { TOOL_ROOT } from './toolRoot.js';

export function sourceHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

interface Cached<T> {
  hash: string;
  value: T;
}

let library: Record<string, Cached<unknown>> | undefined;

/** The validated value of a shipped content file, if the cache holds this exact text. */
export function cachedLibraryValue(file: string, text: string): unknown {
  library ??= loadJson(join(TOOL_ROOT, 'lib', 'cache', 'library.json'));
  const key = relative(join(TOOL_ROOT, 'content'), file).replace(/\\/g, '/');
  const entry = Object.hasOwn(library, key) ? library[key] : undefined;
  return entry && entry.hash === sourceHash(text) ? entry.value : undefined;
}

export interface PrecompiledTemplate {
  hash: string;
  spec: object;
}

let templates: Record<string, PrecompiledTemplate> | undefined;

export function precompiledTemplate(name: string, source: string): object | undefined {
  if (templates === undefined) {
    const file = join(TOOL_ROOT, 'lib', 'cache', 'templates.cjs');
    templates = existsSync(file) ? (createRequire(import.meta.url)(file) as Record<string, PrecompiledTemplate>) : {};
  }
  const entry = Object.hasOwn(templates, name) ? templates[name] : undefined;
  return entry && entry.hash === sourceHash(source) ? entry.spec : undefined;
}

function loadJson(file: string): Record<string, Cached<unknown>> {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Cached<unknown>>) : {};
}
