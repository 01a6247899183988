// A user's templates folder overrides shipped templates by name; a wrong name lists the known ones.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/buildDeck.js';
import { DeckError, formatDeckError } from '../../src/errors.js';

function userTemplates(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'demodeck-tpl-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function buildWith(templatesDir: string): string {
  const out = mkdtempSync(join(tmpdir(), 'demodeck-tplout-'));
  return readFileSync(buildDeck({ deckFile: 'test/fixtures/minimal/deck.yaml', outDir: out, templatesDir }).output.indexHtml, 'utf8');
}

function errorOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof DeckError) return formatDeckError(error);
    throw error;
  }
  throw new Error('no error');
}

describe('template overrides', () => {
  it('uses a user slide partial of the same name instead of the shipped one', () => {
    const html = buildWith(userTemplates({ 'slides/ffab.hbs': '<p class="house-style">{{body.benefit}}</p>' }));
    expect(html).toContain('<p class="house-style">the books match the shelf all year</p>');
    expect(html).not.toContain('dd-ffab-part');
  });

  it('refuses a template file whose name matches no template and lists the known names', () => {
    const dir = userTemplates({ 'slides/fab.hbs': 'x' });
    const message = errorOf(() => buildWith(dir));
    expect(message).toContain('no template is called `slides/fab`');
    expect(message).toContain('did you mean `slides/ffab`?');
  });

  it('reports a template that uses a field that does not exist, naming the template', () => {
    const message = errorOf(() => buildWith(userTemplates({ 'slides/qna.hbs': '<p>{{body.question}}</p>' })));
    expect(message).toContain('slides/qna.hbs');
    expect(message).toContain('"question" not defined');
  });

  it('reports a template with broken Handlebars syntax before rendering anything', () => {
    const message = errorOf(() => buildWith(userTemplates({ 'slides/qna.hbs': '<p>{{#if body.prompt}}</p>' })));
    expect(message).toContain('slides/qna.hbs');
  });
});
