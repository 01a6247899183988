// The rules of the deck schema that are not types, lengths or patterns, written without zod: the
// zod schema refines with them (and reports their messages), and the fast check of a valid config
// (fastParse.ts) calls the same functions by the names below, so both always judge alike.

const RESERVED_IDS = ['__proto__', 'constructor', 'prototype'];

/** An id that would name a property of every object instead of an entry. */
export function isFreeId(id: string): boolean {
  return !RESERVED_IDS.includes(id);
}

/** A `YYYY-MM-DD` text that names a day of the calendar (not 2026-02-30). */
export function isCalendarDate(day: string): boolean {
  const midnight = `${day}T00:00:00Z`;
  return !Number.isNaN(Date.parse(midnight)) && new Date(midnight).toISOString().startsWith(day);
}

/** Only links a browser treats as safe to follow; checked after the browser's own normalising. */
export function isSafeUrl(value: string): boolean {
  // Browsers drop tabs and newlines anywhere and control characters and spaces at the ends.
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme === 'mailto') return true;
  if (scheme !== 'http' && scheme !== 'https') return false;
  try {
    return new URL(cleaned).protocol === `${scheme}:`;
  } catch {
    return false;
  }
}

/**
 * Why a path written in a config cannot name a file inside the project, judged on the text alone
 * so nothing is opened: URLs, absolute and home paths, Windows separators. `..` is resolved later
 * and refused only when it leaves the project.
 */
export function unsafePathReason(path: string): string | undefined {
  if (/^[a-zA-Z]:/.test(path) || path.startsWith('/') || path.startsWith('\\')) return 'must be a path relative to the deck file, not an absolute path';
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(path)) return 'must be a file path inside the project, not a URL';
  if (path.startsWith('~')) return 'must be a path relative to the deck file; `~` (the home folder) is not expanded';
  if (path.includes('\\')) return 'must use / between folders, not \\';
  return undefined;
}

/** A step number of an inline card's `must_show` that its `demo` does not have, with its place. */
export interface StepOutOfRange {
  index: number;
  step: number;
  steps: number;
}

/** The `must_show` numbers of an inline card that name a step beyond its click path. */
export function stepsOutOfRange(card: { demo?: readonly unknown[]; must_show?: readonly number[] }): StepOutOfRange[] {
  const steps = card.demo?.length ?? 0;
  const wrong: StepOutOfRange[] = [];
  card.must_show?.forEach((step, index) => {
    if (step > steps) wrong.push({ index, step, steps });
  });
  return wrong;
}

/** Each rule by the name the schema description (schemaSpec.ts) records; true when the value keeps it. */
export const REFINEMENTS = {
  freeId: (value: unknown) => isFreeId(value as string),
  calendarDate: (value: unknown) => isCalendarDate(value as string),
  safeUrl: (value: unknown) => isSafeUrl(value as string),
  projectPath: (value: unknown) => unsafePathReason(value as string) === undefined,
  stepsInRange: (value: unknown) => stepsOutOfRange(value as { demo?: unknown[]; must_show?: number[] }).length === 0,
} satisfies Record<string, (value: unknown) => boolean>;

export type RefinementName = keyof typeof REFINEMENTS;
