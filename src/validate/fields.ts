// Field types shared by the deck and content schemas.
import { z } from 'zod';

// zod compiles a fast path for each object schema with `new Function` on its first parse. A
// process validates one config (and a preview one per save), so that compile costs more than it
// saves, and generated code is never in the command's bytecode cache. The results are the same.
z.config({ jitless: true });

export const MAX_TEXT = 600;

/** A message for a wrong type only; range and format issues keep their own wording. */
export function onWrongType(message: string): { error: (issue: { code: string }) => string | undefined } {
  return { error: (issue) => (issue.code === 'invalid_type' ? message : undefined) };
}

export const slug = z
  .string(onWrongType('must be text'))
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a slug: lower-case letters, digits and single dashes, like `ar-credit-control`' })
  .max(64)
  .refine((id) => !['__proto__', 'constructor', 'prototype'].includes(id), { error: 'is a reserved word' });

export const text = z
  .string(onWrongType('must be text'))
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(MAX_TEXT, { error: `is longer than ${MAX_TEXT} characters` });

export const textList = z.array(text).max(20);

/** Only links a browser treats as safe to follow; checked after the browser's own normalising. */
export const webUrl = text.refine(isSafeUrl, { error: 'must be an http, https or mailto link' });

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

/** A file path inside the project (checked for containment when resolved). */
export const projectPath = text.superRefine((path, ctx) => {
  const why = unsafePathReason(path);
  if (why) ctx.addIssue({ code: 'custom', message: why, input: path });
});

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

export const localized = z.strictObject({ en: text, 'zh-CN': text });
