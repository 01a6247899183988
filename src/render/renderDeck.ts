// Pure: the SlidePlan and the template sources in, the deck's HTML out. Every value reaches the
// page through `{{ }}`, which escapes it; only markup we generate ourselves is inserted raw.
import type { TemplateSources } from '../load/templateFiles.js';
import type { PlannedSlide, SlidePlan } from '../plan/slidePlan.js';
import { translator } from '../plan/text.js';
import type { ResolvedMeeting } from '../types.js';
import { notesMarkupToText, notesView } from './notesView.js';
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
  const shown = options.client ? plan.slides.filter((s) => !s.appendix) : plan.slides;
  const slides = shown.map((slide) => {
    // The client copy has no notes, so no keys to jump with either.
    const data = { ...slideData(plan, meeting, slide), jumpKeys: options.client ? '' : jumpKeys(plan, slide) };
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

/** What every slide, slide partial and notes template receives (docs/templates.md). */
function slideData(plan: SlidePlan, meeting: ResolvedMeeting, slide: PlannedSlide): { slide: PlannedSlide; body: PlannedSlide['body']; logos: ResolvedMeeting['logos']; notes: ReturnType<typeof notesView> } {
  return { slide, body: slide.body, logos: meeting.logos, notes: notesView(slide, translator(meeting.strings), plan.clockStart) };
}

/** "1 3": the Shift+digit keys whose contingency jumps to this slide. */
function jumpKeys(plan: SlidePlan, slide: PlannedSlide): string {
  return plan.contingencies.filter((c) => c.jumpTo === slide.index && c.key !== null).map((c) => String(c.key)).join(' ');
}

/** Each slide's speaker notes as plain text, from the same notes template as the HTML (PPTX). */
export function speakerNotesText(plan: SlidePlan, meeting: ResolvedMeeting, templates: TemplateSources): string[] {
  const runner = templateRunner(templates, meeting.strings);
  return plan.slides.map((slide) => notesMarkupToText(runner.render('notes', { ...slideData(plan, meeting, slide), jumpKeys: jumpKeys(plan, slide) })));
}

/** A stylesheet must not be able to close its own <style> element. */
export function safeStyle(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}
