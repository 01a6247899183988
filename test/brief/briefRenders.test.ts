// brief.md renders in CommonMark viewers in both languages (issue 22, point 5): through a
// CommonMark renderer, no emphasis marker and no escaping backslash is left as text.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';

const commonmark = new MarkdownIt('commonmark');
const out = mkdtempSync(join(tmpdir(), 'demodeck-brief-md-'));
const quiet = { out: () => {}, err: () => {}, cwd: process.cwd() };
const DECKS: Record<string, string> = {
  huadong: 'decks/huadong.yaml',
  'northwind-cfo': 'decks/northwind-cfo.yaml',
  'leaver-en': 'test/fixtures/brief-leaver-en/deck.yaml',
  'leaver-zh': 'test/fixtures/brief-leaver-zh/deck.yaml',
};
const codes = await Promise.all(Object.entries(DECKS).map(([name, file]) => run(['build', file, '--start', '14:00', '--out', join(out, name)], quiet)));

/** The text a reader sees: the rendered HTML without its tags. */
function shownText(markdown: string): string {
  return commonmark.render(markdown).replace(/<[^>]+>/g, '');
}

/** Markup characters left as literal text after rendering: what shows up as raw "**" or "\". */
function leftovers(markdown: string): string[] {
  return shownText(markdown).split('\n').filter((line) => /[*\\]/.test(line));
}

describe('the leftover check', () => {
  it('catches what the issue saw: emphasis against Chinese punctuation, or with a space inside', () => {
    expect(leftovers('- **对方抵触时：**不要和他争论')).not.toEqual([]);
    expect(leftovers('- *能不能便宜一点？*答：可以')).not.toEqual([]);
    expect(leftovers('- **If they resist: **Do not argue')).not.toEqual([]);
    expect(leftovers('- **对方抵触时**：不要和他争论')).toEqual([]);
  });
});

describe.each(Object.keys(DECKS))('brief.md of %s through a CommonMark renderer', (name) => {
  const file = (): string => {
    const folder = name.startsWith('leaver-') ? 'deck' : name;
    return readFileSync(join(out, name, folder, 'brief.md'), 'utf8');
  };

  it('leaves no literal * or backslash in the HTML', () => {
    expect(codes.every((c) => c === 0)).toBe(true);
    expect(leftovers(file())).toEqual([]);
  });

  it('renders the labels in bold and the internal mark first', () => {
    const html = commonmark.render(file());
    expect(html).toMatch(/<p><strong>(?:Internal — do not forward|内部资料，请勿转发)<\/strong><\/p>/);
    expect(html).toMatch(/<li><strong>(?:Address|对象)<\/strong>(?::|：)/);
  });
});
