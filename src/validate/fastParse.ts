// Checks a config against a schema's plain description (schemaSpec.ts) and returns what zod's
// parse would return — the same values, defaults and key order — or FAILED when anything does not
// pass. It never explains a failure: the caller then runs zod, which reports every problem with
// its message. A valid config, the usual case, so never builds a zod schema at all.
import { REFINEMENTS } from './refinements.js';
import type { SchemaSpec, SpecCheck, SpecNode } from './schemaSpec.js';

export const FAILED: unique symbol = Symbol('failed');

/** How a node treats absence, as zod's `optin` / `optout` (an absent key of an object). */
interface Absence {
  optin?: 'optional' | 'defaulted';
  optout?: 'optional';
}

export function fastParse(spec: SchemaSpec, value: unknown): unknown {
  return new FastParser(spec).parse(spec.root, value);
}

class FastParser {
  private readonly absence: Absence[];
  private readonly patterns = new Map<SpecCheck, RegExp>();

  constructor(private readonly spec: SchemaSpec) {
    this.absence = [];
    for (let i = 0; i < spec.nodes.length; i++) this.absenceOf(i);
  }

  parse(index: number, value: unknown): unknown {
    const node = this.spec.nodes[index] as SpecNode;
    const parsed = this.parseType(node, value);
    if (parsed === FAILED || node.checks === undefined) return parsed;
    return this.runChecks(node, parsed);
  }

  private parseType(node: SpecNode, value: unknown): unknown {
    switch (node.type) {
      case 'string':
        return typeof value === 'string' ? value : FAILED;
      case 'number':
        return typeof value === 'number' && Number.isFinite(value) ? value : FAILED;
      case 'boolean':
        return typeof value === 'boolean' ? value : FAILED;
      case 'enum':
        return typeof value === 'string' && node.values.includes(value) ? value : FAILED;
      case 'array': {
        if (!Array.isArray(value)) return FAILED;
        const items: unknown[] = [];
        for (const element of value as unknown[]) {
          const item = this.parse(node.element, element);
          if (item === FAILED) return FAILED;
          items.push(item);
        }
        return items;
      }
      case 'object':
        return this.parseObject(node.shape, value);
      case 'union':
        for (const option of node.options) {
          const parsed = this.parse(option, value);
          if (parsed !== FAILED) return parsed;
        }
        return FAILED;
      case 'optional':
        if (value === undefined && this.absence[node.inner]?.optin !== 'defaulted') return undefined;
        if (value === undefined) {
          // A defaulted inner schema fills in for absence; when it fails, absence stays.
          const filled = this.parse(node.inner, value);
          return filled === FAILED ? undefined : filled;
        }
        return this.parse(node.inner, value);
      case 'default': {
        if (value === undefined) return copyOf(node.value);
        const parsed = this.parse(node.inner, value);
        return parsed === undefined ? copyOf(node.value) : parsed;
      }
    }
  }

  /** zod's strict object: the shape's keys in order, absent ones by their optin / optout. */
  private parseObject(shape: [string, number][], value: unknown): unknown {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return FAILED;
    const input = value as Record<string, unknown>;
    for (const key in input) {
      if (!shape.some(([name]) => name === key)) return FAILED;
    }
    const out: Record<string, unknown> = {};
    for (const [key, index] of shape) {
      const present = key in input;
      const { optin, optout } = this.absence[index] as Absence;
      if (!present && optout === 'optional' && optin === 'optional') continue;
      const parsed = this.parse(index, input[key]);
      if (parsed === FAILED) {
        if (!present && optin !== undefined && optout === 'optional') continue;
        return FAILED;
      }
      if (!present && optin === undefined) return FAILED;
      if (parsed === undefined) {
        if (present || (optin === 'defaulted' && optout !== 'optional')) out[key] = undefined;
      } else {
        out[key] = parsed;
      }
    }
    return out;
  }

  private runChecks(node: SpecNode, parsed: unknown): unknown {
    let value = parsed;
    for (const check of node.checks ?? []) {
      if ('trim' in check) {
        value = (value as string).trim();
      } else if ('minLength' in check) {
        if (lengthOf(value) < check.minLength) return FAILED;
      } else if ('maxLength' in check) {
        if (lengthOf(value) > check.maxLength) return FAILED;
      } else if ('pattern' in check) {
        const pattern = this.patternOf(check);
        pattern.lastIndex = 0;
        if (!pattern.test(value as string)) return FAILED;
      } else if ('safeInteger' in check) {
        if (!Number.isSafeInteger(value)) return FAILED;
      } else if ('atLeast' in check) {
        if (check.inclusive ? (value as number) < check.atLeast : (value as number) <= check.atLeast) return FAILED;
      } else if ('atMost' in check) {
        if (check.inclusive ? (value as number) > check.atMost : (value as number) >= check.atMost) return FAILED;
      } else if (!REFINEMENTS[check.rule](value)) {
        return FAILED;
      }
    }
    return value;
  }

  private patternOf(check: Extract<SpecCheck, { pattern: string }>): RegExp {
    let pattern = this.patterns.get(check);
    if (pattern === undefined) {
      pattern = new RegExp(check.pattern, check.flags);
      this.patterns.set(check, pattern);
    }
    return pattern;
  }

  private absenceOf(index: number): Absence {
    const known = this.absence[index];
    if (known !== undefined) return known;
    const node = this.spec.nodes[index] as SpecNode;
    let absence: Absence = {};
    if (node.type === 'default') absence = { optin: 'defaulted' };
    else if (node.type === 'optional') absence = { optin: this.absenceOf(node.inner).optin === 'defaulted' ? 'defaulted' : 'optional', optout: 'optional' };
    else if (node.type === 'union') {
      const options = node.options.map((option) => this.absenceOf(option));
      const optin = options.some((o) => o.optin === 'defaulted') ? 'defaulted' : options.some((o) => o.optin !== undefined) ? 'optional' : undefined;
      absence = { ...(optin && { optin }), ...(options.some((o) => o.optout === 'optional') && { optout: 'optional' as const }) };
    }
    this.absence[index] = absence;
    return absence;
  }
}

/** Characters of a text as zod counts them (code points), items of a list. */
function lengthOf(value: unknown): number {
  if (typeof value !== 'string') return (value as unknown[]).length;
  let length = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    if ((value.charCodeAt(i) & 0xfc00) === 0xd800 && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      length--;
      i++;
    }
  }
  return length;
}

/** zod's copy of a default: a fresh list or object each time, the items shared. */
function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) return [...value];
  if (typeof value === 'object' && value !== null) return { ...value };
  return value;
}
