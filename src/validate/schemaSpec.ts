// A zod schema written down as plain data, for the check of a valid config without zod
// (fastParse.ts). Only what decides whether a value passes and what the parse returns is kept:
// types, lengths, ranges, patterns, trims, defaults and the named rules of refinements.ts.
// Messages stay with zod, which reports every config that does not pass.
import type { z } from 'zod';
import { ruleNames } from './fields.js';
import type { RefinementName } from './refinements.js';

export type SpecCheck =
  /** Replaces a text by its trimmed self (zod's `.trim()`), before the checks after it. */
  | { trim: true }
  /** Fewest / most characters of a text (Unicode code points) or items of a list. */
  | { minLength: number }
  | { maxLength: number }
  | { pattern: string; flags: string }
  /** A whole number within ±(2^53 − 1). */
  | { safeInteger: true }
  | { atLeast: number; inclusive: boolean }
  | { atMost: number; inclusive: boolean }
  | { rule: RefinementName };

/** One schema; `inner`, `element`, `options` and the shape name other nodes by their index. */
export type SpecNode =
  | { type: 'string'; checks?: SpecCheck[] }
  | { type: 'number'; checks?: SpecCheck[] }
  | { type: 'boolean'; checks?: SpecCheck[] }
  | { type: 'enum'; values: string[]; checks?: SpecCheck[] }
  | { type: 'array'; element: number; checks?: SpecCheck[] }
  /** Keys in the schema's order, which is the parsed value's order; unknown keys fail. */
  | { type: 'object'; shape: [string, number][]; checks?: SpecCheck[] }
  /** The first option that passes gives the value. */
  | { type: 'union'; options: number[]; checks?: SpecCheck[] }
  | { type: 'optional'; inner: number; checks?: SpecCheck[] }
  /** An absent value becomes a copy of `value` (never checked, as in zod). */
  | { type: 'default'; inner: number; value: unknown; checks?: SpecCheck[] };

export interface SchemaSpec {
  root: number;
  nodes: SpecNode[];
}

interface ZodInternals {
  def: Record<string, unknown> & { type: string; checks?: { _zod: { def: Record<string, unknown> & { check: string } } }[] };
  traits: Set<string>;
}

const internals = (schema: unknown): ZodInternals => (schema as { _zod: ZodInternals })._zod;

/** What `.trim()` does, compared on texts with the spaces it must remove and keep. */
const TRIM_PROBES = ['  a b  ', '\u3000\u00a0x\t\n', 'y', ''];

/**
 * The plain description of `schema`. Throws on any part it cannot describe exactly (another zod
 * type, a check it does not know, a rule without a name): the fast check must never pass what zod
 * would refuse, so a schema it cannot mirror is a build error, not a guess.
 */
export function describeSchema(schema: z.ZodType): SchemaSpec {
  const nodes: SpecNode[] = [];
  const byInstance = new Map<unknown, number>();
  const byText = new Map<string, number>();

  const add = (node: SpecNode): number => {
    const key = JSON.stringify(node);
    const known = byText.get(key);
    if (known !== undefined) return known;
    nodes.push(node);
    byText.set(key, nodes.length - 1);
    return nodes.length - 1;
  };

  const visit = (current: unknown, where: string): number => {
    const known = byInstance.get(current);
    if (known !== undefined) return known;
    const index = add(describeNode(current, where, visit));
    byInstance.set(current, index);
    return index;
  };

  return { root: visit(schema, '(root)'), nodes };
}

function describeNode(schema: unknown, where: string, visit: (child: unknown, where: string) => number): SpecNode {
  const zod = internals(schema);
  const def = zod.def;
  const checks = (def.checks ?? []).map((check) => describeCheck(check, where));
  const withChecks = <N extends SpecNode>(node: N): N => (checks.length > 0 ? { ...node, checks } : node);
  switch (def.type) {
    case 'string': {
      // A string format (like `z.email()`) is itself the first check.
      if (zod.traits.has('$ZodCheck')) {
        if (def.format !== 'email' || !(def.pattern instanceof RegExp)) throw new Error(`${where}: the text format ${String(def.format)} has no plain description`);
        checks.unshift({ pattern: def.pattern.source, flags: def.pattern.flags });
      }
      if (def.coerce === true) throw new Error(`${where}: coercion has no plain description`);
      return withChecks({ type: 'string' });
    }
    case 'number':
      if (def.coerce === true) throw new Error(`${where}: coercion has no plain description`);
      if (zod.traits.has('$ZodCheck')) throw new Error(`${where}: a number format type has no plain description`);
      return withChecks({ type: 'number' });
    case 'boolean':
      return withChecks({ type: 'boolean' });
    case 'enum': {
      const values = Object.values(def.entries as Record<string, unknown>);
      if (!values.every((v): v is string => typeof v === 'string')) throw new Error(`${where}: only enums of texts have a plain description`);
      return withChecks({ type: 'enum', values });
    }
    case 'array':
      return withChecks({ type: 'array', element: visit(def.element, `${where}[]`) });
    case 'object': {
      const catchall = def.catchall === undefined ? undefined : internals(def.catchall).def.type;
      if (catchall !== 'never') throw new Error(`${where}: only strict objects have a plain description`);
      const shape = def.shape as Record<string, unknown>;
      const keys = Object.keys(shape);
      // Integer-like keys would be reordered by JavaScript, and the parse's key order is kept.
      if (keys.some((key) => /^\d+$/.test(key) || key === '__proto__')) throw new Error(`${where}: a key of this object has no plain description`);
      return withChecks({ type: 'object', shape: keys.map((key) => [key, visit(shape[key], `${where}.${key}`)]) });
    }
    case 'union':
      if (def.inclusive === false || def.discriminator !== undefined) throw new Error(`${where}: only plain unions have a plain description`);
      return withChecks({ type: 'union', options: (def.options as unknown[]).map((option, i) => visit(option, `${where}|${i}`)) });
    case 'optional':
      if (zod.traits.has('$ZodExactOptional')) throw new Error(`${where}: exact optionals have no plain description`);
      return withChecks({ type: 'optional', inner: visit(def.innerType, where) });
    case 'default': {
      const value = def.defaultValue;
      if (JSON.stringify(value) === undefined || typeof value === 'function') throw new Error(`${where}: only plain default values have a plain description`);
      return withChecks({ type: 'default', inner: visit(def.innerType, where), value });
    }
    default:
      throw new Error(`${where}: the zod type ${def.type} has no plain description`);
  }
}

function describeCheck(check: { _zod: { def: Record<string, unknown> & { check: string } } }, where: string): SpecCheck {
  const def = check._zod.def;
  if (def.when !== undefined && def.check !== 'min_length' && def.check !== 'max_length') throw new Error(`${where}: a conditional check has no plain description`);
  switch (def.check) {
    case 'min_length':
      return { minLength: def.minimum as number };
    case 'max_length':
      return { maxLength: def.maximum as number };
    case 'string_format': {
      const pattern = def.pattern;
      if ((def.format !== 'regex' && def.format !== 'email') || !(pattern instanceof RegExp)) throw new Error(`${where}: the text format ${String(def.format)} has no plain description`);
      return { pattern: pattern.source, flags: pattern.flags };
    }
    case 'number_format':
      if (def.format !== 'safeint') throw new Error(`${where}: the number format ${String(def.format)} has no plain description`);
      return { safeInteger: true };
    case 'greater_than':
      return { atLeast: def.value as number, inclusive: def.inclusive === true };
    case 'less_than':
      return { atMost: def.value as number, inclusive: def.inclusive === true };
    case 'overwrite': {
      const tx = def.tx as (value: string) => string;
      if (!TRIM_PROBES.every((probe) => tx(probe) === probe.trim())) throw new Error(`${where}: only the trim overwrite has a plain description`);
      return { trim: true };
    }
    case 'custom': {
      const rule = ruleNames.get(check);
      if (rule === undefined) throw new Error(`${where}: a refinement without a rule name (add it with withRule or withRuleReport in fields.ts)`);
      return { rule };
    }
    default:
      throw new Error(`${where}: the check ${def.check} has no plain description`);
  }
}

/** The TypeScript module that holds `spec` as `name`, one node a line (deckSpec.generated.ts). */
export function specModuleText(spec: SchemaSpec, name: string, from: string): string {
  const lines = spec.nodes.map((node, i) => `    /* ${i} */ ${JSON.stringify(node)},`);
  return [
    `// Generated by \`npm run deck-spec\` from ${from}: do not edit. The fast check of a valid`,
    '// config (fastParse.ts) reads it; test/validate/fastParse.test.ts fails when it no longer matches.',
    "import type { SchemaSpec } from './schemaSpec.js';",
    '',
    `export const ${name}: SchemaSpec = {`,
    `  root: ${spec.root},`,
    '  nodes: [',
    ...lines,
    '  ],',
    '};',
    '',
  ].join('\n');
}
