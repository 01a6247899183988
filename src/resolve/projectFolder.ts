// Where files are looked up (docs/config-reference.md): the project folder of a deck, and
// the rule that every path a deck names stays inside it, symlinks included.
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export function findProjectFolder(deckFile: string): string {
  const start = dirname(resolve(deckFile));
  for (let dir = start; ; dir = dirname(dir)) {
    if (['package.json', 'content', 'decks'].some((marker) => existsSync(join(dir, marker)))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

/** Resolves `relativePath` against `baseDir`; undefined when the result leaves `root`. */
export function insideProject(root: string, baseDir: string, relativePath: string): string | undefined {
  if (isAbsolute(relativePath)) return undefined;
  const candidate = resolve(baseDir, relativePath);
  const realRoot = realpathSync(root);
  let real: string;
  try {
    real = realpathSync(candidate);
  } catch {
    real = candidate;
  }
  const rel = relative(realRoot, real);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return undefined;
  return real;
}
