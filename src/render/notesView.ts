// The one notes view: what a presenter reads under a slide, in the order they read it. The HTML
// speaker notes, the PDF notes pages (reveal prints the same <aside>) and the PPTX speaker notes
// (the rendered notes.hbs as plain text) all come from it, so a project's own notes.hbs changes
// all three. Pure: a planned slide in, labelled parts out.
import type { PlannedSlide } from '../plan/slidePlan.js';
import type { Translate } from '../plan/text.js';

export interface NotesItem {
  /** The listener a cue is for; absent for talking points and answers. */
  who?: string;
  /** Their role, as the presenter reads it. */
  role?: string;
  text: string;
}

export interface NotesView {
  title: string;
  /** "About 3 min", or that the slide is a backup. */
  timing: string;
  whyLabel: string;
  why: string;
  /** Say, then who cares here, then what to have ready; a part with nothing in it is left out. */
  parts: { label: string; items: NotesItem[] }[];
}

export function notesView(slide: PlannedSlide, t: Translate): NotesView {
  const parts = [
    { label: t('notes-say'), items: slide.notes.say.map((text) => ({ text })) },
    { label: t('notes-for'), items: slide.notes.audience.map((a) => ({ who: a.name, role: a.roleLabel, text: a.stress })) },
    { label: t('notes-ready'), items: slide.notes.ready.map((text) => ({ text })) },
  ].filter((part) => part.items.length > 0);
  return {
    title: slide.title,
    timing: slide.appendix ? t('notes-backup') : t('notes-minutes', { minutes: slide.minutes }),
    whyLabel: t('notes-why'),
    why: slide.reason,
    parts,
  };
}

/**
 * Rendered notes markup → the plain text PowerPoint shows under a slide: one line per paragraph,
 * a bullet per list item, tags dropped and the entities Handlebars writes decoded.
 */
export function notesMarkupToText(html: string): string {
  const text = html
    .replace(/<\/?aside[^>]*>/gi, '')
    .replace(/\s*<li[^>]*>\s*/gi, '\n• ')
    .replace(/\s*<(?:p|ul|ol|div|h[1-6])(?:\s[^>]*)?>\s*/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos|nbsp));/gi, (_m, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      if (dec) return String.fromCodePoint(Number(dec));
      return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' } as Record<string, string>)[(name ?? '').toLowerCase()] ?? '';
    });
  return text.split('\n').map((line) => line.replace(/[ \t]+/g, ' ').trim()).filter((line) => line.length > 0).join('\n');
}
