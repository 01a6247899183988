// Output is written to a temporary file next to its target and renamed into place, so a failed
// or interrupted build never leaves a half-written deck where a good one was.
import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

/** A hidden temporary file beside the target, in its folder (made if missing), so the rename stays on one file system. */
function tempBeside(file: string): string {
  mkdirSync(dirname(file), { recursive: true });
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
}

export function writeFileAtomic(file: string, content: string | Buffer): void {
  const temp = tempBeside(file);
  try {
    writeFileSync(temp, content);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Like writeFileAtomic, but never replaces a file that is already there, even one that appeared
 * while the content was being prepared: the temporary file is linked into place, which fails
 * when the name is taken. Returns false then, and leaves nothing behind.
 */
export function writeNewFileAtomic(file: string, content: string | Buffer): boolean {
  const temp = tempBeside(file);
  try {
    writeFileSync(temp, content);
    linkSync(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}
