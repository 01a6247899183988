// The files of the content library: entries indexed by id from the project's content/ folder
// first, then the one shipped with the tool. Ids are looked up in Maps (never on plain objects,
// never joined onto paths). Reading only: validation is the next stage's job
// (validate/contentLibrary.ts).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { cachedLibraryValue, unchangedLibraryValue } from './shippedCache.js';
import { readYamlFile, type YamlSource } from './yamlSource.js';

export type ContentOrigin = 'project' | 'library';

export interface ContentFile {
  origin: ContentOrigin;
  file: string;
}

/**
 * A file as read: the value validated at install time for an unchanged shipped file, else its
 * YAML; with the file's version (ContentFiles.version) as it was read.
 */
export type ContentRead = ({ shipped: unknown } | { source: YamlSource }) & { version: number };

const ID_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/;

export class ContentFiles {
  private readonly index = new Map<string, Map<string, ContentFile>>();
  private rootList: [ContentOrigin, string][] | undefined;

  constructor(
    private readonly projectDir: string,
    private readonly toolDir: string,
    /** How file names are shown in messages (relative to where the user works). */
    private readonly display: (file: string) => string = (f) => relative(process.cwd(), f) || f,
    /** When given, shipped entries hold only this language's texts (validate/libraryLanguage.ts). */
    private readonly language?: string,
  ) {}

  ids(kind: string): string[] {
    return [...this.indexOf(kind).keys()].sort();
  }

  find(kind: string, id: string): ContentFile | undefined {
    return this.indexOf(kind).get(id);
  }

  /** The UI strings files of a language: the shipped one first, then the project's. */
  stringsFiles(language: string): string[] {
    return this.roots().map(([, root]) => join(root, 'content', 'strings', `${language}.yaml`)).filter((file) => existsSync(file));
  }

  /**
   * Where entries come from, the shipped library first. A deck inside the tool's own folder (the
   * example decks) has the shipped library as its project: it is read once, as the library.
   */
  private roots(): [ContentOrigin, string][] {
    if (this.rootList === undefined) {
      const library: [ContentOrigin, string] = ['library', this.toolDir];
      this.rootList = resolve(this.projectDir) === resolve(this.toolDir) ? [library] : [library, ['project', this.projectDir]];
    }
    return this.rootList;
  }

  /** Changes whenever the file is edited, so a value derived from it can be kept until then. */
  version(file: string): number {
    return statSync(file).mtimeMs;
  }

  read(file: string): ContentRead {
    // The shipped library was parsed and validated at install time; use that when the file is unchanged.
    if (file.startsWith(this.toolDir)) {
      // The very file the cache was made from: its value without reading it; else one whose
      // bytes are the recorded ones. The version is taken before the bytes, so an edit in between
      // is read again next time.
      const stats = statSync(file);
      const version = stats.mtimeMs;
      const shipped = unchangedLibraryValue(file, stats, this.language) ?? cachedLibraryValue(file, readFileSync(file), this.language);
      if (shipped !== undefined) return { shipped, version };
    }
    const version = this.version(file);
    return { source: readYamlFile(file, this.display(file)), version };
  }

  private indexOf(kind: string): Map<string, ContentFile> {
    let entries = this.index.get(kind);
    if (entries) return entries;
    entries = new Map();
    // The shipped library first, then the project's, so a project file of the same id wins.
    for (const [origin, root] of this.roots()) {
      const dir = join(root, 'content', kind);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).sort()) {
        const id = ID_FILE.exec(name)?.[1];
        // A name from the folder's own listing: joined without normalizing the path again.
        if (id) entries.set(id, { origin, file: `${dir}${sep}${name}` });
      }
    }
    this.index.set(kind, entries);
    return entries;
  }
}
