// Clock times for the brief and the command line, kept apart so the run-sheet and the brief model
// can both use them without importing each other.

/** Tenths of a minute since midnight → "14:06" (rounded to the minute). */
export function clock(tenths: number): string {
  const minutes = Math.round(tenths / 10);
  return `${Math.floor(minutes / 60) % 24}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "14:00" → minutes since midnight; undefined when it is not a time of day. */
export function parseClock(text: string): number | undefined {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}
