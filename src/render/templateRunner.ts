// Compiles and runs Handlebars templates by name. Templates are compiled once per source text
// (strict, so a misspelt field is an error naming the template) and only ever our template
// files: user text reaches them as data, never as template source.
import { DeckError } from '../errors.js';
import { precompiledTemplate } from '../load/shippedCache.js';
import { Handlebars, handlebarsCompiler, type Compiled } from './handlebarsRuntime.js';
import type { TemplateSources } from '../load/templateFiles.js';
import { translator } from '../plan/text.js';
import type { SlidePlan } from '../plan/slidePlan.js';
import type { Strings } from '../types.js';
import { drawing } from './svg/drawings.js';

type SlideBody = SlidePlan['slides'][number]['body'];


/**
 * Compiled templates by name, then by source text: a template's source string keeps its hash once
 * computed, where a key joined from name and source would be a new string (flattened and hashed
 * again) on each of a build's hundred renders.
 */
const compiledCache = new Map<string, Map<string, Compiled>>();

export interface TemplateRunner {
  render: (name: string, data: object) => string;
}

export function templateRunner(templates: TemplateSources, strings: Strings, partials: Record<string, string> = {}): TemplateRunner {
  const t = translator(strings);
  // Only demodeck's own helpers: Handlebars adds its built-in ones (if, each, …) to every render
  // itself, and wraps each helper it is given once per render.
  const helpers = {
    t: (key: string, options: { hash: unknown }) => t(key, options.hash as Record<string, string>),
    eq: (a: unknown, b: unknown) => a === b,
    // reveal's speaker view paces each slide by data-timing, in seconds.
    seconds: (minutes: number) => String(Math.round(minutes * 60)),
    inc: (n: number) => n + 1,
    drawing: (name: string, body: SlideBody, label: string) => drawing(name, body, typeof label === 'string' ? label : ''),
  };
  const compiledPartials = Object.fromEntries(Object.entries(partials).map(([partial, templateName]) => [partial, compile(templateName, templates)]));
  return {
    render: (name, data) => {
      const compiled = compile(name, templates);
      try {
        return compiled(data, { helpers, partials: compiledPartials });
      } catch (cause) {
        if (cause instanceof DeckError) throw cause;
        throw new DeckError('A template failed', [
          { code: 'template-failed', path: name, message: `${name}.hbs: ${firstLine(cause)}`, hint: 'check the field names the template uses against docs/templates.md' },
        ], { cause });
      }
    },
  };
}

function compile(name: string, templates: TemplateSources): Compiled {
  const source = templates.get(name);
  if (source === undefined) {
    throw new DeckError('A template is missing', [
      { code: 'template-missing', path: name, message: `no template \`${name}\``, hint: `known templates: ${[...templates.keys()].join(', ')}` },
    ]);
  }
  let bySource = compiledCache.get(name);
  if (bySource === undefined) compiledCache.set(name, (bySource = new Map()));
  let compiled = bySource.get(source);
  if (!compiled) {
    const spec = precompiledTemplate(name, source);
    compiled = spec ? Handlebars.template(spec as Parameters<typeof Handlebars.template>[0]) : compileNow(name, source);
    bySource.set(source, compiled);
  }
  return compiled;
}

/** User templates and edited shipped ones: the compiler is loaded only for them. */
function compileNow(name: string, source: string): Compiled {
  const compiler = handlebarsCompiler();
  try {
    // precompile parses now, so a broken template is reported here rather than at first use.
    compiler.precompile(source, { strict: true });
  } catch (cause) {
    // Handlebars puts the offending line and a marker under the first line of its message.
    const [first = '', ...frame] = String(cause instanceof Error ? cause.message : cause).split('\n');
    throw new DeckError('A template cannot be read', [
      { code: 'template-syntax', path: name, message: `${name}.hbs: ${first}`, hint: 'fix the Handlebars syntax in that template', frame: frame.slice(0, 3).join('\n') || undefined },
    ], { cause });
  }
  return compiler.compile(source, { strict: true });
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
}
