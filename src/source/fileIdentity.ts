// A file's identity: inode, size, modification and change time. Any write to a file changes its
// change time, which no program can set back, and a copy is another inode, so a file with a
// recorded identity still holds the bytes it held when recorded. The install-time caches use it
// to trust a file without reading it (startup/codeCache.ts, load/shippedCache.ts); any file whose
// identity differs is read and compared as before.

export type FileIdentity = [ino: number, size: number, mtimeMs: number, ctimeMs: number];

export function identityOf(stats: { ino: number; size: number; mtimeMs: number; ctimeMs: number }): FileIdentity {
  return [stats.ino, stats.size, stats.mtimeMs, stats.ctimeMs];
}

/** Whether `stats` are those of the file recorded as `recorded` (false when nothing was recorded). */
export function sameIdentity(stats: { ino: number; size: number; mtimeMs: number; ctimeMs: number }, recorded: readonly number[] | undefined): boolean {
  return recorded !== undefined && recorded.length === 4 && identityOf(stats).every((part, i) => part === recorded[i]);
}
