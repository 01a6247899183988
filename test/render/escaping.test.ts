// Every text from the config reaches the page as text: a <script> pasted into any field shows
// literally and changes neither the page structure nor the slide count.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildDeck } from '../../src/buildDeck.js';

const NOT_TEXT = new Set(['language', 'role', 'decision', 'stance', 'value', 'positioning', 'structure', 'requested_by', 'technique', 'theme', 'product', 'id', 'currency', 'date', 'email', 'website', 'logo', 'focus', 'at']);
const PAYLOAD = '<script>alert(1)</script>';

/** Appends the payload to every free-text string, keeping ids and enum values intact. */
function poison(node: unknown, key = ''): unknown {
  if (typeof node === 'string') return NOT_TEXT.has(key) ? node : `${node}${PAYLOAD}`;
  if (Array.isArray(node)) return node.map((item) => poison(item, key));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, poison(v, k)]));
  }
  return node;
}

describe('escaping', () => {
  const dir = mkdtempSync(join(tmpdir(), 'demodeck-escape-'));
  const clean = parse(readFileSync('test/fixtures/everything/deck.yaml', 'utf8'));
  const deckFile = join(dir, 'poisoned.yaml');
  writeFileSync(deckFile, stringify(poison(clean)));
  const cleanFile = join(dir, 'clean.yaml');
  writeFileSync(cleanFile, stringify(clean));

  const poisoned = buildDeck({ deckFile, outDir: join(dir, 'out') });
  const reference = buildDeck({ deckFile: cleanFile, outDir: join(dir, 'out') });
  const html = readFileSync(poisoned.output.indexHtml, 'utf8');

  it('never lets a <script> from the config into the page as markup', () => {
    expect(html).not.toContain(PAYLOAD);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('shows the payload literally in titles, notes and the page <title>', () => {
    expect(html).toMatch(/<title>Receivables under control&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    expect(html).toMatch(/<aside class="notes">[\s\S]*&lt;script&gt;/);
    expect(html).toContain('Huadong Auto Parts Co.&lt;script&gt;');
  });

  it('keeps the same slides and sections as the clean config', () => {
    expect(poisoned.plan.slides.map((s) => s.kind)).toEqual(reference.plan.slides.map((s) => s.kind));
    expect(html.match(/<section\b/g)).toHaveLength(poisoned.plan.slides.length);
    expect(html.match(/<\/section>/g)).toHaveLength(poisoned.plan.slides.length);
    expect(html.match(/<aside class="notes">/g)).toHaveLength(poisoned.plan.slides.length);
  });

  it('escapes attribute-breaking quotes and Handlebars syntax as text', () => {
    const tricky = { ...clean, deck: { ...clean.deck, title: '" onmouseover="alert(1) {{constructor}} {{{x}}}' } };
    const file = join(dir, 'tricky.yaml');
    writeFileSync(file, stringify(tricky));
    const out = readFileSync(buildDeck({ deckFile: file, outDir: join(dir, 'out') }).output.indexHtml, 'utf8');
    expect(out).not.toContain('" onmouseover="');
    expect(out).toContain('&quot; onmouseover&#x3D;&quot;alert(1) {{constructor}} {{{x}}}');
  });
});
