// Pure: the SlidePlan and the template sources in, the deck's HTML out. Every value reaches the
// page through `{{ }}`, which escapes it; only markup we generate ourselves is inserted raw.
import type { TemplateSources } from '../load/templateFiles.js';
import type { SlidePlan } from '../plan/slidePlan.js';
import { translator } from '../plan/text.js';
import type { ResolvedMeeting } from '../types.js';
import { templateRunner } from './templateRunner.js';

export interface RuntimeTags {
  css: string;
  js: string;
}

export interface RenderOptions {
  /** The copy e-mailed to the customer: main line only, no notes. */
  client?: boolean;
}

export function renderDeck(plan: SlidePlan, meeting: ResolvedMeeting, templates: TemplateSources, runtime: RuntimeTags, options: RenderOptions = {}): string {
  const runner = templateRunner(templates, meeting.strings, { notes: options.client ? 'no-notes' : 'notes' });
  const logos = meeting.logos;
  const shown = options.client ? plan.slides.filter((s) => !s.appendix) : plan.slides;
  const slides = shown.map((slide) => {
    const data = { slide, body: slide.body, logos };
    const content = runner.render(`slides/${slide.body.kind}`, data);
    return runner.render('slide', { ...data, content });
  });
  return runner.render('layout', {
    lang: plan.language,
    title: translator(meeting.strings)('page-title', { title: meeting.config.deck.title, customer: meeting.config.customer.name }),
    runtimeCss: runtime.css,
    runtimeJs: runtime.js,
    themeCss: safeStyle(meeting.themeCss),
    slides: slides.join('\n'),
  });
}

/** A stylesheet must not be able to close its own <style> element. */
export function safeStyle(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}
