// Filling a UI string's {placeholders}: what the regular-expression replace it stands in for did.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filled } from '../../src/plan/text.js';

/** The rule as a regular expression: `{name}` of lower-case letters, digits and dashes. */
const byPattern = (template: string, vars: Record<string, string | number>): string =>
  template.replace(/\{([a-z0-9-]+)\}/g, (whole: string, name: string) => (name in vars ? String(vars[name]) : whole));

describe('a UI string filled in', () => {
  it('replaces the names it is given and leaves every other brace as written', () => {
    expect(filled('{client} measured {figure}', { client: 'Ningbo', figure: '-30%' })).toBe('Ningbo measured -30%');
    expect(filled('{{a}} {b} {A} {a b} {', { a: 1 })).toBe('{1} {b} {A} {a b} {');
    expect(filled('¥{amount}，{months} 个月', { amount: '328,000', months: 2 })).toBe('¥328,000，2 个月');
    expect(filled('no braces', { a: 1 })).toBe('no braces');
  });

  it('reads any template exactly as the regular-expression rule does', () => {
    const name = fc.constantFrom('a', 'b', 'client', 'x-1', 'A', 'a b', '', '{a', 'a}');
    const template = fc.array(fc.oneof(fc.constantFrom('{', '}', ' ', 'text', '价格'), name.map((n) => `{${n}}`)), { maxLength: 12 }).map((parts) => parts.join(''));
    const vars = fc.dictionary(fc.constantFrom('a', 'b', 'client', 'x-1'), fc.oneof(fc.string({ maxLength: 4 }), fc.integer()));
    fc.assert(fc.property(template, vars, (t, v) => {
      expect(filled(t, v)).toBe(byPattern(t, v));
    }), { numRuns: 500 });
  });
});
