// The content library as the later stages use it: each entry read (load/contentFiles.ts) and
// checked against its schema only when a deck asks for it, and kept until its file changes.
import type { z } from 'zod';
import { ContentFiles, type ContentOrigin } from '../load/contentFiles.js';
import { placeholderFields, type PlaceholderField } from '../source/placeholders.js';
import { contentSchemas, type ContentKind, type ContentSchemas } from './contentSchema.js';
import type { Language } from './enums.js';
import { validateSource } from './validateFile.js';

export interface ContentEntry<K extends ContentKind> {
  id: string;
  origin: ContentOrigin;
  file: string;
  value: z.output<ContentSchemas['kinds'][K]>;
}

export class ContentLibrary {
  private readonly files: ContentFiles;
  private readonly cache = new Map<string, { version: number; value: unknown; placeholders: PlaceholderField[] }>();

  constructor(
    projectDir: string,
    toolDir: string,
    /** How file names are shown in messages (relative to where the user works). */
    display?: (file: string) => string,
    /**
     * The one language a deck shows: an unchanged shipped entry then holds only its texts (half
     * the JSON to parse). Without it, every text in both languages.
     */
    language?: Language,
  ) {
    this.files = new ContentFiles(projectDir, toolDir, display, language);
  }

  ids(kind: ContentKind): string[] {
    return this.files.ids(kind);
  }

  get<K extends ContentKind>(kind: K, id: string): ContentEntry<K> | undefined {
    const found = this.files.find(kind, id);
    if (!found) return undefined;
    const value = this.validated(found.file, () => contentSchemas().kinds[kind], 'content entry');
    return { id, origin: found.origin, file: found.file, value: value as ContentEntry<K>['value'] };
  }

  /** The texts of an entry's file that still hold a `demodeck new` placeholder (none in the shipped library). */
  placeholders(kind: ContentKind, id: string): PlaceholderField[] {
    const found = this.files.find(kind, id);
    if (!found) return [];
    this.validated(found.file, () => contentSchemas().kinds[kind], 'content entry');
    return this.cache.get(found.file)?.placeholders ?? [];
  }

  /** UI strings: the shipped file, with the project's keys laid over it. */
  strings(language: string): Map<string, string> {
    const merged = new Map<string, string>();
    for (const file of this.files.stringsFiles(language)) {
      const entries = this.validated(file, () => contentSchemas().stringsSchema, 'strings file') as Record<string, string>;
      // Key by key, without an array per entry: a strings file has some eight hundred.
      for (const key of Object.keys(entries)) merged.set(key, entries[key] as string);
    }
    return merged;
  }

  private validated(file: string, schema: () => z.ZodType, what: string): unknown {
    const cached = this.cache.get(file);
    if (cached && cached.version === this.files.version(file)) return cached.value;
    const read = this.files.read(file);
    const value = 'shipped' in read ? read.shipped : validateSource(read.source, schema(), what);
    this.cache.set(file, { version: read.version, value, placeholders: 'source' in read ? placeholderFields(read.source) : [] });
    return value;
  }
}
