// Guards around the output folder: a build only ever replaces a folder it made itself, and a
// folder it cannot write is the user's to fix, said plainly, not a stack trace.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DeckError } from '../errors.js';

/**
 * An existing OUT/<deck> may be replaced only if it is empty or demodeck wrote it: a build leaves a
 * plan.json naming the deck, `check` alone leaves a readiness.json. Either one marks the folder.
 */
export function checkReplaceable(dir: string): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw occupied(dir, 'is a file, not a deck folder');
  if (readdirSync(dir).length === 0) return;
  if (wroteByBuild(dir) || wroteByCheck(dir)) return;
  throw occupied(dir, 'holds files that demodeck did not write (no plan.json or readiness.json of an earlier build or check)');
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function wroteByBuild(dir: string): boolean {
  return typeof readJson(join(dir, 'plan.json'))?.deck === 'string';
}

/** The shape `demodeck check` writes: a score, its breakdown and the list of checks. */
function wroteByCheck(dir: string): boolean {
  const readiness = readJson(join(dir, 'readiness.json'));
  return typeof readiness?.score === 'number' && typeof readiness.breakdown === 'object' && Array.isArray(readiness.checks);
}

function occupied(dir: string, why: string): DeckError {
  return new DeckError('The output folder is taken', [
    { code: 'output-occupied', path: '--out', message: `${dir} ${why}; it is left as it is`, hint: 'build into another folder with --out, or rename the deck file' },
  ]);
}

/** File-system failures while writing output (no space, no permission, a file in the way). */
export function outputUnwritable(dir: string, cause: unknown): DeckError | undefined {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (!code || !['EEXIST', 'ENOTDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EISDIR', 'ENAMETOOLONG'].includes(code)) return undefined;
  return new DeckError('The output cannot be written', [
    { code: 'output-unwritable', path: '--out', message: `writing ${dir} failed: ${code} (${(cause as Error).message.split(',')[0]})`, hint: 'check that --out names a folder you can write to, with free space, and no file of the same name in the way' },
  ], { cause });
}
