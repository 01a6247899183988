// The repository stands alone: README and docs/ link only to files inside it, and the config
// reference names every field the schema accepts (read from schema/, so a new field needs its line).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** Targets of Markdown links and images: `[text](target)`, `![alt](target)`, `[text]: target`. */
function linkTargets(markdown: string): string[] {
  const inline = [...markdown.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] ?? '');
  const reference = [...markdown.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((m) => m[1] ?? '');
  return [...inline, ...reference].filter(Boolean);
}

/** Every field path of a JSON Schema, like `audience[].role`, through lists and unions. */
function fieldPaths(node: unknown, path = '', out: string[] = []): string[] {
  if (!node || typeof node !== 'object') return out;
  const schema = node as { properties?: Record<string, unknown>; items?: unknown; anyOf?: unknown[]; oneOf?: unknown[]; allOf?: unknown[] };
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) fieldPaths(branch, path, out);
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const field = path ? `${path}.${key}` : key;
    if (!out.includes(field)) out.push(field);
    fieldPaths(child, field, out);
  }
  if (schema.items) fieldPaths(schema.items, `${path}[]`, out);
  return out;
}

describe('README and docs/', () => {
  it('finds the links it checks', () => {
    expect(linkTargets('See [a](docs/a.md), ![b](images/b.png "t") and [c](https://example.com).\n[d]: ../e.md')).toEqual(['docs/a.md', 'images/b.png', 'https://example.com', '../e.md']);
  });

  it.each(DOCS)('%s links only to files inside the repository that exist', (doc) => {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    expect(text, 'a clone of this repository has no shared/ folder beside it').not.toMatch(/\.\.\/shared|\/work\/shared/);
    const broken: string[] = [];
    for (const target of linkTargets(text)) {
      if (/^(https?:|mailto:)/.test(target) || target.startsWith('#')) continue;
      const file = resolve(ROOT, dirname(doc), decodeURIComponent(target.replace(/#.*$/, '')));
      const inside = relative(ROOT, file);
      if (inside.startsWith('..') || isAbsolute(inside)) broken.push(`${target} (outside the repository)`);
      else if (!existsSync(file)) broken.push(`${target} (no such file)`);
    }
    expect(broken).toEqual([]);
  });

  it('the config reference names every field of the deck config schema', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'deck.schema.json'), 'utf8')) as unknown;
    const fields = fieldPaths(schema);
    expect(fields).toContain('audience[].role');
    expect(fields).toContain('needs[].features[].benefit');
    const reference = readFileSync(join(ROOT, 'docs', 'config-reference.md'), 'utf8');
    expect(fields.filter((field) => !reference.includes(`\`${field}\``))).toEqual([]);
  });

  it('README links the config reference and the demo method', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(linkTargets(readme)).toEqual(expect.arrayContaining(['docs/config-reference.md', 'docs/demo-method.md']));
  });
});
