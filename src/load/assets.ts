// Reads images and theme stylesheets a deck names, for embedding into the output.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const IMAGE_TYPES = new Map([
  ['.png', 'image/png'],
  ['.jpg', 'image/jpeg'],
  ['.jpeg', 'image/jpeg'],
  ['.gif', 'image/gif'],
  ['.webp', 'image/webp'],
  ['.svg', 'image/svg+xml'],
]);

export const MAX_IMAGE_BYTES = 1024 * 1024;

export type ImageRead =
  | { ok: true; dataUri: string }
  | { ok: false; reason: 'missing' | 'type' | 'size' | 'special' };

export function readImageAsDataUri(file: string): ImageRead {
  const type = IMAGE_TYPES.get(extname(file).toLowerCase());
  if (!type) return { ok: false, reason: 'type' };
  if (!existsSync(file)) return { ok: false, reason: 'missing' };
  const stats = statSync(file);
  // A FIFO or a device would block the build or never end: only regular files are opened.
  if (!stats.isFile()) return { ok: false, reason: 'special' };
  if (stats.size > MAX_IMAGE_BYTES) return { ok: false, reason: 'size' };
  return { ok: true, dataUri: `data:${type};base64,${readFileSync(file).toString('base64')}` };
}

export const IMAGE_EXTENSIONS = [...IMAGE_TYPES.keys()];

/** `default` is the light theme; a project may still ship its own `default.css` to replace it. */
const THEME_ALIASES = new Map([['default', 'light']]);

/** A theme from the first of `dirs` (themes folders, in order of lookup) that has it. */
export function findThemeCss(name: string, dirs: readonly string[]): string | undefined {
  for (const candidate of [name, THEME_ALIASES.get(name)]) {
    if (candidate === undefined) continue;
    for (const dir of dirs) {
      const file = join(dir, `${candidate}.css`);
      if (existsSync(file) && statSync(file).isFile()) return readFileSync(file, 'utf8');
    }
  }
  return undefined;
}

export function listThemes(dirs: readonly string[]): string[] {
  const names = new Set<string>(THEME_ALIASES.keys());
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSafe(dir)) if (file.endsWith('.css')) names.add(file.slice(0, -4));
  }
  return [...names].sort();
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
