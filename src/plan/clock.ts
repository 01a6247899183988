// One clock for every view (issue 18): slides are planned in whole or half minutes and each run
// of slides of one section in whole minutes that are the sum of its slides, so the agenda, the
// notes ("minute 12–14"), the brief and the speaker view's pacing print the same numbers and no
// view rounds on its own.
import { shareTenths, wholeMinutes } from './minutes.js';
import type { Translate } from './text.js';
import type { TimedDraft } from './timeBudget.js';

const HALF = 5;

/** Consecutive main-line slides of the same section, in deck order. */
export function sectionRuns<T extends { section: string }>(slides: readonly T[]): T[][] {
  const runs: T[][] = [];
  for (const slide of slides) {
    const last = runs.at(-1);
    if (last && last[0]?.section === slide.section) last.push(slide);
    else runs.push([slide]);
  }
  return runs;
}

/**
 * Moves the main line's tenths onto the clock: each run gets the whole minutes its share rounds
 * to (the total stays the same), and its slides share those as half minutes in proportion to
 * what the time budget gave them; a slide with time keeps at least half a minute.
 */
export function onTheClock(main: readonly TimedDraft[]): void {
  const runs = sectionRuns(main);
  const minutes = wholeMinutes(runs.map((run) => run.reduce((sum, d) => sum + d.tenths, 0)));
  runs.forEach((run, r) => {
    const halves = shareTenths(run.map((d) => d.tenths), (minutes[r] ?? 0) * 2);
    run.forEach((d, i) => {
      if (d.tenths <= 0 || (halves[i] ?? 0) > 0) return;
      const largest = halves.reduce((best, h, j) => (h > (halves[best] ?? 0) ? j : best), 0);
      if ((halves[largest] ?? 0) < 2) return;
      halves[largest] = (halves[largest] ?? 0) - 1;
      halves[i] = 1;
    });
    run.forEach((d, i) => (d.tenths = (halves[i] ?? 0) * HALF));
  });
}

/**
 * The agenda's and the brief's name for each run of a section: an early leaver's close is a first
 * word on the next step, the last closing the ask; the needs shown after that close are the others.
 */
export function runTitles(runs: readonly { id: string }[], t: Translate): string[] {
  const ids = runs.map((r) => r.id);
  const lastClosing = ids.lastIndexOf('closing');
  return runs.map((r, i) => {
    if (r.id === 'closing' && i !== lastClosing) return t('agenda-first-ask');
    if (r.id === 'needs' && ids.indexOf('needs') < i) return t('section-needs-more');
    return t(`section-${r.id}`);
  });
}
