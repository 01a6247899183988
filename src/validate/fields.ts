// Field types shared by the deck and content schemas. They are built on first use: a valid
// config is checked without zod (fastParse.ts), and building zod schemas is a measurable part of
// a cold start, so only a config with a problem, a project's own content files or the JSON
// Schema export pay for them.
import type { z } from 'zod';
import { zodLibrary } from './zodLibrary.js';
import { REFINEMENTS, unsafePathReason, type RefinementName } from './refinements.js';

export const MAX_TEXT = 600;

/** A message for a wrong type only; range and format issues keep their own wording. */
export function onWrongType(message: string): { error: (issue: { code: string }) => string | undefined } {
  return { error: (issue) => (issue.code === 'invalid_type' ? message : undefined) };
}

/** The rule (REFINEMENTS) each custom check stands for, so the schema description can name it. */
export const ruleNames = new WeakMap<object, RefinementName>();

function lastCheck(schema: z.ZodType): object {
  const checks = schema._zod.def.checks;
  if (checks === undefined || checks.length === 0) throw new Error('a rule was added to a schema without checks');
  return checks[checks.length - 1] as object;
}

/** `schema` that also keeps the rule `name`, reported with `error` when broken. */
export function withRule<S extends z.ZodType>(schema: S, name: RefinementName, error: string): S {
  const checked = schema.refine(REFINEMENTS[name], { error });
  ruleNames.set(lastCheck(checked), name);
  return checked;
}

/** `schema` that also keeps the rule `name`, whose problems `report` adds at their own places. */
export function withRuleReport<S extends z.ZodType>(schema: S, name: RefinementName, report: (value: z.output<S>, ctx: z.RefinementCtx<z.output<S>>) => void): S {
  const checked = schema.superRefine(report);
  ruleNames.set(lastCheck(checked), name);
  return checked;
}

function buildFields() {
  const { z } = zodLibrary();
  // zod compiles a fast path for each object schema with `new Function` on its first parse. A
  // process validates one config (and a preview one per save) with zod at most, so that compile
  // costs more than it saves, and generated code is never in the command's bytecode cache.
  z.config({ jitless: true });

  const slug = withRule(
    z
      .string(onWrongType('must be text'))
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a slug: lower-case letters, digits and single dashes, like `ar-credit-control`' })
      .max(64),
    'freeId',
    'is a reserved word',
  );

  const text = z
    .string(onWrongType('must be text'))
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(MAX_TEXT, { error: `is longer than ${MAX_TEXT} characters` });

  const textList = z.array(text).max(20);

  /** Only links a browser treats as safe to follow. */
  const webUrl = withRule(text, 'safeUrl', 'must be an http, https or mailto link');

  /** A file path inside the project (checked for containment when resolved). */
  const projectPath = withRuleReport(text, 'projectPath', (path, ctx) => {
    const why = unsafePathReason(path);
    if (why) ctx.addIssue({ code: 'custom', message: why, input: path });
  });

  const localized = z.strictObject({ en: text, 'zh-CN': text });

  return { slug, text, textList, webUrl, projectPath, localized };
}

let built: ReturnType<typeof buildFields> | undefined;

export function zodFields(): ReturnType<typeof buildFields> {
  return (built ??= buildFields());
}
