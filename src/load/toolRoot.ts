// The folder the tool itself ships from: it holds the shipped content/, templates/ and the caches
// in lib/cache/ that load/ reads.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TOOL_ROOT = findToolRoot(dirname(fileURLToPath(import.meta.url)));

/** The nearest folder above this module whose package.json is demodeck's: the same answer from
 * src/ (tests), lib/ (compiled) and lib/bundle/ (the installed command). */
function findToolRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && /"name"\s*:\s*"demodeck"/.test(readFileSync(manifest, 'utf8'))) return dir;
    if (dirname(dir) === dir) return resolve(start, '..', '..');
  }
}
