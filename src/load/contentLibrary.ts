// The content library: entries indexed by id from the project's content/ folder first, then the
// one shipped with the tool. Ids are looked up in Maps (never on plain objects, never joined onto
// paths), and each file is read and validated only when a deck asks for it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTENT_KINDS, stringsSchema, type ContentKind } from '../validate/contentSchema.js';
import { validateSource } from '../validate/validateFile.js';
import type { z } from 'zod';
import { cachedLibraryValue } from './shippedCache.js';
import { readYamlFile } from './yamlSource.js';

export interface ContentEntry<K extends ContentKind> {
  id: string;
  origin: 'project' | 'library';
  file: string;
  value: z.output<(typeof CONTENT_KINDS)[K]>;
}

interface IndexedFile {
  origin: 'project' | 'library';
  file: string;
}

const ID_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/;

export class ContentLibrary {
  private readonly index = new Map<ContentKind, Map<string, IndexedFile>>();
  private readonly cache = new Map<string, { mtimeMs: number; value: unknown }>();

  constructor(
    private readonly projectDir: string,
    private readonly toolDir: string,
    /** How file names are shown in messages (relative to where the user works). */
    private readonly display: (file: string) => string = (f) => relative(process.cwd(), f) || f,
  ) {}

  ids(kind: ContentKind): string[] {
    return [...this.indexOf(kind).keys()].sort();
  }


  get<K extends ContentKind>(kind: K, id: string): ContentEntry<K> | undefined {
    const indexed = this.indexOf(kind).get(id);
    if (!indexed) return undefined;
    const value = this.readValidated(indexed.file, CONTENT_KINDS[kind], 'content entry');
    return { id, origin: indexed.origin, file: indexed.file, value: value as ContentEntry<K>['value'] };
  }

  /** UI strings: the shipped file, with the project's keys laid over it. */
  strings(language: string): Map<string, string> {
    const merged = new Map<string, string>();
    for (const root of [this.toolDir, this.projectDir]) {
      const file = join(root, 'content', 'strings', `${language}.yaml`);
      if (!existsSync(file)) continue;
      const entries = this.readValidated(file, stringsSchema, 'strings file') as Record<string, string>;
      for (const [key, text] of Object.entries(entries)) merged.set(key, text);
    }
    return merged;
  }

  private indexOf(kind: ContentKind): Map<string, IndexedFile> {
    let entries = this.index.get(kind);
    if (entries) return entries;
    entries = new Map();
    // The shipped library first, then the project's, so a project file of the same id wins.
    const roots: [IndexedFile['origin'], string][] = [['library', this.toolDir], ['project', this.projectDir]];
    for (const [origin, root] of roots) {
      const dir = join(root, 'content', kind);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).sort()) {
        const id = ID_FILE.exec(name)?.[1];
        if (id) entries.set(id, { origin, file: join(dir, name) });
      }
    }
    this.index.set(kind, entries);
    return entries;
  }

  private readValidated(file: string, schema: z.ZodType, what: string): unknown {
    const mtimeMs = statSync(file).mtimeMs;
    const cached = this.cache.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached.value;
    // The shipped library was parsed and validated at install time; use that when the file is unchanged.
    const shipped = file.startsWith(this.toolDir) ? cachedLibraryValue(file, readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) : undefined;
    const value = shipped ?? validateSource(readYamlFile(file, this.display(file)), schema, what);
    this.cache.set(file, { mtimeMs, value });
    return value;
  }
}
