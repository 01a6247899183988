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
  /** "Minute 12–14 · 2 min" (with clock times when the start is known), or that the slide is a backup. */
  timing: string;
  whyLabel: string;
  why: string;
  /** Say, then who cares here, then what to have ready; a part with nothing in it is left out. */
  parts: { label: string; items: NotesItem[] }[];
}

/** `clockStart`: the meeting's start in minutes since midnight, when the build was given `--start`. */
export function notesView(slide: PlannedSlide, t: Translate, clockStart?: number): NotesView {
  const parts = [
    { label: t('notes-say'), items: slide.notes.say.map((text) => ({ text })) },
    { label: t('notes-for'), items: slide.notes.audience.map((a) => ({ who: a.name, role: a.roleLabel, text: a.stress })) },
    { label: t('notes-ready'), items: slide.notes.ready.map((text) => ({ text })) },
  ].filter((part) => part.items.length > 0);
  return {
    title: slide.title,
    timing: slide.appendix || slide.start === undefined ? t('notes-backup') : slideClock(slide.start, slide.minutes, t, clockStart),
    whyLabel: t('notes-why'),
    why: slide.reason,
    parts,
  };
}

/** The plan's own minutes of a slide, the same numbers the agenda and the brief add up. */
function slideClock(start: number, minutes: number, t: Translate, clockStart: number | undefined): string {
  const vars = { from: start, to: start + minutes, minutes };
  if (clockStart === undefined) return t('notes-minutes', vars);
  return t('notes-minutes-clock', { ...vars, 'clock-from': clockTime(clockStart + start), 'clock-to': clockTime(clockStart + start + minutes) });
}

/** Minutes since midnight → "14:12", or "14:12:30" on a half minute. */
export function clockTime(minutes: number): string {
  const whole = Math.floor(minutes);
  const hhmm = `${Math.floor(whole / 60) % 24}:${String(whole % 60).padStart(2, '0')}`;
  return minutes === whole ? hhmm : `${hhmm}:30`;
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
