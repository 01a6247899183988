// A deck's folder is replaced as a whole: the new deck is written into a temporary folder beside
// the target and renamed into place only when complete, so a failed or interrupted build leaves
// the previous deck byte-for-byte as it was. Leftovers of a build that was killed outright
// (SIGKILL, power loss) are cleared, or restored, by the next build of the same deck.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Worker threads of one batch share a process id: the thread id keeps their folders apart. The
 * main thread is 0; a batch worker says which it is (batch/worker.ts) before it builds, so a plain
 * build does not load node:worker_threads just to learn it is the main thread.
 */
let threadId = 0;
let owner = `${process.pid}-t${threadId}`;

export function buildingInThread(id: number): void {
  threadId = id;
  owner = `${process.pid}-t${threadId}`;
}

export function replaceFolder(target: string, fill: (dir: string) => void): void {
  const parent = dirname(target);
  const name = basename(target);
  mkdirSync(parent, { recursive: true });
  recoverLeftovers(parent, name);
  const temp = mkdtempSync(join(parent, `.${name}.tmp-${owner}-`));
  try {
    fill(temp);
    swapInto(temp, target);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}

/** Linux cannot rename a folder over a non-empty one, so the old deck steps aside for a moment. */
function swapInto(temp: string, target: string): void {
  if (!existsSync(target)) {
    renameSync(temp, target);
    return;
  }
  const old = `${join(dirname(target), `.${basename(target)}.old-${owner}-`)}${basename(temp).slice(-6)}`;
  renameSync(target, old);
  try {
    renameSync(temp, target);
  } catch (error) {
    renameSync(old, target);
    throw error;
  }
  removeTree(old);
}

/**
 * Deletes the previous deck set aside by swapInto: its files and folders, links not followed.
 * Node's recursive rmSync would do the same after loading its own module for it and checking
 * each entry again with lstat; the folder is one this build just renamed, so a listing suffices.
 */
function removeTree(path: string): void {
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) removeTree(child);
    else unlinkSync(child);
  }
  rmdirSync(path);
}

const LEFTOVER = /^\.(.+)\.(tmp|old)-(\d+)-(?:t(\d+)-)?/;

function recoverLeftovers(parent: string, name: string): void {
  for (const entry of readdirSync(parent).sort()) {
    const match = LEFTOVER.exec(entry);
    if (!match || match[1] !== name || isAlive(Number(match[3]), match[4] === undefined ? undefined : Number(match[4]))) continue;
    const path = join(parent, entry);
    // A build killed between its two renames left the previous deck aside: put it back.
    if (match[2] === 'old' && !existsSync(join(parent, name))) renameSync(path, join(parent, name));
    else rmSync(path, { recursive: true, force: true });
  }
}

function isAlive(pid: number, thread: number | undefined): boolean {
  // This process's own leftovers are dead unless another of its threads is building right now.
  if (pid === process.pid) return thread !== undefined && thread !== threadId;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Builds run synchronously, so a handled signal waits until the current deck is in place; the
 * process then exits as interrupted instead of dying between two writes.
 */
export function deferInterrupts(): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => process.exit(code));
  }
}
