// Pure: the SlidePlan and the template sources in, the deck's HTML out. Every value reaches the
// page through `{{ }}`, which escapes it; only markup we generate ourselves is inserted raw.
import Handlebars from 'handlebars';
import { DeckError } from '../errors.js';
import type { SlidePlan } from '../plan/slidePlan.js';
import { translator } from '../plan/text.js';
import type { TemplateSources } from '../load/templateFiles.js';
import type { ResolvedMeeting } from '../types.js';

export interface RuntimeTags {
  css: string;
  js: string;
}

type Compiled = Handlebars.TemplateDelegate;

const compiledCache = new Map<string, Compiled>();

export function renderDeck(plan: SlidePlan, meeting: ResolvedMeeting, templates: TemplateSources, runtime: RuntimeTags): string {
  const env = Handlebars.create();
  const t = translator(meeting.strings);
  env.registerHelper('t', (key: string, options: Handlebars.HelperOptions) => t(key, options.hash as Record<string, string>));
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // reveal's speaker view paces each slide by data-timing, in seconds.
  env.registerHelper('seconds', (minutes: number) => String(Math.round(minutes * 60)));
  const template = (name: string): Compiled => compile(name, templates);
  env.registerPartial('notes', template('notes'));

  const slideTemplate = template('slide');
  const logos = meeting.logos;
  const slides = plan.slides.map((slide) => {
    const data = { slide, body: slide.body, logos };
    const content = run(`slides/${slide.body.kind}`, template(`slides/${slide.body.kind}`), data, env);
    return run('slide', slideTemplate, { ...data, content }, env);
  });
  return run('layout', template('layout'), {
    lang: plan.language,
    title: `${meeting.config.deck.title} — ${meeting.config.customer.name}`,
    runtimeCss: runtime.css,
    runtimeJs: runtime.js,
    themeCss: safeStyle(meeting.themeCss),
    slides: slides.join('\n'),
  }, env);
}

function compile(name: string, templates: TemplateSources): Compiled {
  const source = templates.get(name);
  if (source === undefined) {
    throw new DeckError('A template is missing', [
      { code: 'template-missing', path: name, message: `no template \`${name}\``, hint: `known templates: ${[...templates.keys()].join(', ')}` },
    ]);
  }
  const key = `${name}\u0000${source}`;
  let compiled = compiledCache.get(key);
  if (!compiled) {
    try {
      // precompile parses now, so a broken template is reported here rather than at first use.
      Handlebars.precompile(source, { strict: true });
    } catch (cause) {
      throw new DeckError('A template cannot be read', [
        { code: 'template-syntax', path: name, message: `${name}.hbs: ${String((cause as Error).message).split('\n')[0]}`, hint: 'fix the Handlebars syntax in that template' },
      ], { cause });
    }
    compiled = Handlebars.compile(source, { strict: true });
    compiledCache.set(key, compiled);
  }
  return compiled;
}

function run(name: string, compiled: Compiled, data: object, env: typeof Handlebars): string {
  try {
    return compiled(data, { helpers: env.helpers, partials: env.partials });
  } catch (cause) {
    if (cause instanceof DeckError) throw cause;
    throw new DeckError('A template failed', [
      { code: 'template-failed', path: name, message: `${name}.hbs: ${String((cause as Error).message).split('\n')[0]}`, hint: 'check the field names the template uses against docs/templates.md' },
    ], { cause });
  }
}

/** A stylesheet must not be able to close its own <style> element. */
export function safeStyle(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}
