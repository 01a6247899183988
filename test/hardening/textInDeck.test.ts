// Whatever text a config holds reaches the deck as text: escaped in content, attributes, <title>
// and notes, never compiled as a template, never changing the page structure; the page carries a
// Content-Security-Policy that lists exactly its inline scripts; right-to-left text is isolated.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildDeck } from '../../src/buildDeck.js';
import { isolateBidi } from '../../src/resolve/bidiIsolation.js';
import { inlineScripts } from '../../src/render/contentSecurityPolicy.js';
import { createHash } from 'node:crypto';
import { poison, SCRIPT_PAYLOADS, TEXT_PAYLOADS } from './payloads.js';

const clean = parse(readFileSync('test/fixtures/everything/deck.yaml', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'demodeck-text-'));

function build(config: unknown, name: string, singleFile = true): { html: string; slides: { kind: string; title: string }[] } {
  const deckFile = join(dir, `${name}.yaml`);
  writeFileSync(deckFile, stringify(config));
  const result = buildDeck({ deckFile, outDir: join(dir, 'out'), singleFile });
  return { html: readFileSync(result.output.indexHtml, 'utf8'), slides: result.plan.slides };
}

/** The page without its inline scripts (the runtime holds markup-like strings of its own). */
function body(html: string): string {
  let out = html;
  for (const script of inlineScripts(html)) out = out.replace(script, '');
  return out;
}

function policyOf(html: string): string {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
}

describe('script payloads in every text field', () => {
  const reference = build(clean, 'clean');
  const hostile = build(poison(clean, SCRIPT_PAYLOADS), 'hostile');

  it('keep the slides, sections and notes of the clean config', () => {
    expect(hostile.slides.map((s) => s.kind)).toEqual(reference.slides.map((s) => s.kind));
    for (const tag of ['<section', '</section>', '<aside class="notes">', '<script', '<style', '<meta', '<title>']) {
      expect(hostile.html.split(tag).length, tag).toBe(reference.html.split(tag).length);
    }
  });

  it('never appear as markup, only as escaped text', () => {
    const page = body(hostile.html);
    for (const payload of SCRIPT_PAYLOADS.filter((p) => /[<>"']/.test(p))) expect(page.includes(payload), payload).toBe(false);
    expect(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe(true);
    expect(page.includes('&lt;!-- .slide: data-background-iframe&#x3D;&quot;https://evil.example&quot; --&gt;')).toBe(true);
    expect(page.match(/<(img|iframe|base|link|form|input|textarea)\b[^>]*>/gi)).toBeNull();
    // The only SVG is the deck's own drawings, whose labels arrive escaped.
    for (const svg of page.match(/<svg\b[^>]*>/gi) ?? []) expect(svg).toMatch(/^<svg class="dd-svg dd-svg-[a-z]+" viewBox="[\d .]+" role="img" aria-label="[^"<>]*" xmlns="http:\/\/www\.w3\.org\/2000\/svg">$/);
    expect(page.match(/\son(error|mouseover|focus)=/gi)).toBeNull();
    expect(page.includes('data-markdown>')).toBe(false);
  });

  it('are never compiled as Handlebars: the braces show as written', () => {
    const page = body(hostile.html);
    expect(page.includes('{{constructor.constructor &quot;alert(9)&quot;}}')).toBe(true);
    expect(page.includes('{{{raw}}} {{&gt; notes}} {{#each this}}x{{/each}}')).toBe(true);
    expect(page.includes('$&amp; $1 $&#x60; $&#x27; ${alert(10)}')).toBe(true);
  });

  it('are escaped in the page <title> too', () => {
    expect(hostile.html).toMatch(/<title>[^<]*&lt;[^<]*<\/title>/);
  });
});

describe('the Content-Security-Policy', () => {
  for (const singleFile of [true, false]) {
    it(`${singleFile ? 'single file' : 'with assets'}: first in <head>, no network source, every inline script hashed`, () => {
      const { html } = build(clean, singleFile ? 'single' : 'linked', singleFile);
      const policy = policyOf(html);
      expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<title>'));
      expect(policy).toContain("default-src 'none'");
      expect(policy).not.toMatch(/https?:|\*|'unsafe-eval'|data:[^;]*script|script-src[^;]*'unsafe-inline'/);
      for (const script of inlineScripts(html)) expect(policy).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
      // The page's own inline scripts plus the speaker view's.
      expect(policy.match(/'sha256-/g)).toHaveLength(inlineScripts(html).length + 1);
    });
  }
});

describe('inline scripts, as the policy lists them', () => {
  it('are cut at their real ends after text that lower-cases to another length (İ → i̇)', () => {
    const html = '<p>İİİ</p><script>go()</script><SCRIPT type="module">b()</Script><script src="x.js"></script>';
    expect(inlineScripts(html)).toEqual(['go()', 'b()']);
  });
});

describe('right-to-left text and emoji', () => {
  const { html } = build(poison(clean, TEXT_PAYLOADS), 'bidi');

  it('reach the deck exactly as written, each field inside its own isolate', () => {
    const page = body(html);
    for (const payload of TEXT_PAYLOADS) expect(page.includes(payload), payload).toBe(true);
    const poisoned = poison(clean, TEXT_PAYLOADS) as typeof clean;
    for (const written of [poisoned.customer.name, poisoned.deck.title, poisoned.audience[0].name, poisoned.needs[0].title] as string[]) {
      expect(page.includes(isolateBidi(written)), written).toBe(true);
      expect(page.split(written).length, written).toBe(page.split(isolateBidi(written)).length);
    }
  });

  it('cannot reverse the page title around them', () => {
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    expect(title.startsWith('\u2068')).toBe(true);
    expect(title).toContain('\u2069 — \u2068');
  });
});
