// Turns zod issues into Problems: the field path, its line and column in the YAML file, a
// sentence a presales engineer understands, and a fix with "did you mean" where one is close.
import type { z } from 'zod';
import type { Problem } from '../errors.js';
import { codeFrame } from '../source/codeFrame.js';
import { suggest } from '../source/didYouMean.js';
import type { YamlSource } from '../load/yamlSource.js';
import { byPosition, formatPath, locate } from '../source/location.js';

type Issue = z.core.$ZodIssue;
type Segment = PropertyKey;

export function problemsFromIssues(issues: readonly Issue[], source: YamlSource, schema: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  for (const issue of flattenUnions(issues, source.data)) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push(at(source, path, true, {
          code: 'unknown-key',
          message: `unknown key \`${key}\``,
          hint: known.length > 0 ? suggest(key, known, 'a known key:') : 'remove it',
        }));
      }
      continue;
    }
    const input = valueAt(source.data, issue.path);
    problems.push(at(source, issue.path, false, describe(issue, input, issue.path, writtenAt(source, issue.path))));
  }
  return byPosition(withoutMissingThatIsMisspelt(dedupe(problems)));
}

/** `custmer:` reported as unknown already says what to do; "`customer` is missing" would repeat it. */
function withoutMissingThatIsMisspelt(problems: Problem[]): Problem[] {
  const suggested = new Set(
    problems
      .filter((p) => p.code === 'unknown-key')
      .map((p) => {
        const key = /did you mean `([^`]+)`/.exec(p.hint)?.[1];
        const parent = p.path.includes('.') ? p.path.slice(0, p.path.lastIndexOf('.')) : '';
        return key ? (parent ? `${parent}.${key}` : key) : '';
      }),
  );
  return problems.filter((p) => p.code !== 'missing' || !suggested.has(p.path));
}

function at(source: YamlSource, path: readonly Segment[], atKey: boolean, body: Pick<Problem, 'code' | 'message' | 'hint'>): Problem {
  const loc = locate(source, path, atKey);
  return { ...body, path: formatPath(path), loc, frame: codeFrame(source.text, loc.line, loc.col) };
}

/** The value as the user typed it: `007`, not the number 7 YAML made of it. */
function writtenAt(source: YamlSource, path: readonly Segment[]): string | undefined {
  const node = source.doc.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
  if (!node?.range) return undefined;
  const text = source.text.slice(node.range[0], node.range[1]).trim();
  return text.length > 0 && text.length <= 40 && !text.includes('\n') ? text : undefined;
}

function describe(issue: Issue, input: unknown, path: readonly Segment[], written?: string): Pick<Problem, 'code' | 'message' | 'hint'> {
  const field = String(path[path.length - 1] ?? 'value');
  const ours = /^[a-z]/.test(issue.message) ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) {
        return { code: 'missing', message: `\`${field}\` is missing`, hint: `add \`${field}:\` here (it is required)` };
      }
      if (issue.expected === 'string' && (typeof input === 'number' || typeof input === 'boolean' || input === null)) {
        const shown = written !== undefined && written !== String(input) ? `\`${written}\`, which YAML reads as ${describeValue(input)}` : describeValue(input);
        return { code: 'not-text', message: `is ${shown}; text is expected`, hint: `quote it, like "${written ?? '007'}", so it stays exactly as written` };
      }
      return { code: 'wrong-type', message: ours ?? `is ${describeValue(input)}; ${article(issue.expected)} is expected`, hint: `write ${article(issue.expected)} here` };
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      return { code: 'unknown-value', message: `\`${String(input)}\` is not allowed`, hint: suggest(String(input), allowed) };
    }
    case 'too_small':
      if (issue.origin === 'array') return { code: 'too-few', message: ours ?? `needs at least ${String(issue.minimum)} item(s)`, hint: 'add the missing entries' };
      if (issue.origin === 'string') return { code: 'empty', message: ours ?? 'must not be empty', hint: 'write the text or remove the key' };
      return { code: 'too-small', message: ours ?? `is ${String(input)}; the smallest allowed is ${String(issue.minimum)}`, hint: `use a value of at least ${String(issue.minimum)}` };
    case 'too_big':
      if (issue.origin === 'array') return { code: 'too-many', message: `has more than ${String(issue.maximum)} items`, hint: 'keep only the ones that support the central message' };
      if (issue.origin === 'string') return { code: 'too-long', message: ours ?? `is longer than ${String(issue.maximum)} characters`, hint: 'shorten it: a slide shows a sentence, not a page' };
      return { code: 'too-big', message: ours ?? `is ${String(input)}; the largest allowed is ${String(issue.maximum)}`, hint: `use a value of at most ${String(issue.maximum)}` };
    default:
      return { code: issue.code.replace(/_/g, '-'), message: ours ?? 'is not valid here', hint: fixFor(issue) };
  }
}

function fixFor(issue: Issue): string {
  if (issue.code === 'invalid_format' && issue.format === 'email') return 'write an address like name@example.com';
  if (issue.code === 'invalid_format' && issue.format === 'regex') return 'change the value to match the described form';
  return 'correct the value as described';
}

/** A union (an id or an inline object) reports the branch that matches what the user wrote. */
function flattenUnions(issues: readonly Issue[], data: unknown): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) {
      out.push(issue);
      continue;
    }
    const input = valueAt(data, issue.path);
    const branch = issue.errors.find((branchIssues) => !branchIssues.some((i) => i.code === 'invalid_type' && i.path.length === 0));
    if (!branch) {
      out.push({ ...issue, code: 'invalid_type', expected: 'string', message: describeUnionExpectation(input), input } as Issue);
      continue;
    }
    out.push(...flattenUnions(branch.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue), data));
  }
  return out;
}

function describeUnionExpectation(input: unknown): string {
  return `is ${describeValue(input)}; an id (like \`ar-credit-control\`) or an inline object is expected`;
}

function knownKeys(schema: z.ZodType, path: readonly Segment[]): string[] {
  let node: unknown = schema;
  for (const segment of path) node = child(unwrap(node), segment);
  const def = defOf(unwrap(node));
  if (def?.type === 'object' && def.shape) return Object.keys(def.shape);
  if (def?.type === 'union' && def.options) {
    const object = def.options.map(unwrap).map(defOf).find((d) => d?.type === 'object');
    if (object?.shape) return Object.keys(object.shape);
  }
  return [];
}

interface Def {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  options?: unknown[];
}

function defOf(node: unknown): Def | undefined {
  return (node as { _zod?: { def?: Def } } | undefined)?._zod?.def;
}

function unwrap(node: unknown): unknown {
  let current = node;
  for (let def = defOf(current); def && ['optional', 'default', 'nullable', 'pipe', 'prefault'].includes(def.type); def = defOf(current)) {
    current = def.innerType ?? def.in;
  }
  return current;
}

function child(node: unknown, segment: Segment): unknown {
  const def = defOf(node);
  if (!def) return undefined;
  if (def.type === 'object') return def.shape?.[String(segment)];
  if (def.type === 'array') return def.element;
  if (def.type === 'union') {
    const object = def.options?.find((o) => defOf(unwrap(o))?.type === 'object');
    return child(unwrap(object), segment);
  }
  return undefined;
}

export function valueAt(data: unknown, path: readonly Segment[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  if (typeof value === 'object') return 'a mapping';
  return `the text "${String(value).slice(0, 40)}"`;
}

function article(expected: string): string {
  const words: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', object: 'a mapping (key: value lines)', array: 'a list', int: 'a whole number' };
  return words[expected] ?? expected;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
