// Reads the Handlebars templates: the shipped ones first, then a user folder whose files
// override them by name. A user file whose name matches no template is an error, so a typo
// never silently does nothing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DeckError } from '../errors.js';
import { suggest } from '../source/didYouMean.js';
import { unchangedTemplateSource } from './shippedCache.js';

export type TemplateSources = ReadonlyMap<string, string>;

/** `layout`, `slide`, `notes`, `slides/<kind>`: the names a template file can have. */
export function readTemplates(builtinDir: string, userDir?: string): TemplateSources {
  const sources = new Map<string, string>();
  // A shipped template unchanged since install is taken from the precompiled cache, unread.
  for (const [name, file] of listHbs(builtinDir)) sources.set(name, unchangedTemplateSource(name, file) ?? readFileSync(file, 'utf8'));
  if (userDir === undefined) return sources;
  if (!existsSync(userDir) || !statSync(userDir).isDirectory()) {
    throw new DeckError('Templates folder not found', [
      { code: 'templates-missing', path: '--templates', message: `${userDir} is not a folder`, hint: 'pass a folder that holds .hbs files named like the shipped ones (layout.hbs, slides/ffab.hbs, …)' },
    ]);
  }
  const known = [...sources.keys()];
  const problems = [];
  for (const [name, file] of listHbs(userDir)) {
    if (!sources.has(name)) {
      problems.push({ code: 'unknown-template', path: '--templates', message: `${relative(process.cwd(), file) || file}: no template is called \`${name}\``, hint: suggest(name, known, 'a known name:') });
      continue;
    }
    sources.set(name, readFileSync(file, 'utf8'));
  }
  if (problems.length > 0) throw new DeckError('Unknown template names', problems);
  return sources;
}

function listHbs(dir: string, prefix = ''): [string, string][] {
  const out: [string, string][] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const file = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'themes') out.push(...listHbs(file, `${prefix}${entry.name}/`));
    else if (entry.isFile() && entry.name.endsWith('.hbs')) out.push([`${prefix}${entry.name.slice(0, -4)}`, file]);
  }
  return out;
}
