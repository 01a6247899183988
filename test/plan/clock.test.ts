// The one clock (src/plan/clock.ts), figures worked out by hand: each run of a section gets whole
// minutes, its slides whole or half minutes in proportion, so the agenda, the notes and the brief
// print the same numbers.
import { describe, expect, it } from 'vitest';
import { onTheClock, runTitles, sectionRuns } from '../../src/plan/clock.js';
import type { TimedDraft } from '../../src/plan/timeBudget.js';

/** Main-line slides as the time budget leaves them: a section and tenths of a minute. */
const drafts = (...slides: [section: string, tenths: number][]): TimedDraft[] => slides.map(([section, tenths]) => ({ section, tenths }) as TimedDraft);
const clocked = (...slides: [string, number][]): number[] => {
  const main = drafts(...slides);
  onTheClock(main);
  return main.map((d) => d.tenths);
};

describe('sectionRuns', () => {
  it('groups consecutive slides of one section, and starts a new run when a section comes back', () => {
    const runs = sectionRuns([{ section: 'needs' }, { section: 'needs' }, { section: 'value' }, { section: 'needs' }]);
    expect(runs.map((run) => run.map((s) => s.section))).toEqual([['needs', 'needs'], ['value'], ['needs']]);
    expect(sectionRuns([])).toEqual([]);
  });
});

describe('onTheClock', () => {
  it('gives each run the whole minutes its share rounds to, the total unchanged', () => {
    // 2.6 + 2.4 minutes in two sections: 3 + 2.
    expect(clocked(['opening', 26], ['needs', 24])).toEqual([30, 20]);
  });

  it('splits a run’s minutes between its slides in half minutes, in proportion', () => {
    // 2.5 + 3.5 = 6 minutes = 12 halves: 12 × 25/60 = 5 and 12 × 35/60 = 7 halves.
    expect(clocked(['needs', 25], ['needs', 35])).toEqual([25, 35]);
    // 1.2 + 1.3 = 2.5, which the clock counts as 3 minutes = 6 halves: 2.88 and 3.12 → 3 + 3.
    expect(clocked(['needs', 12], ['needs', 13])).toEqual([15, 15]);
  });

  it('keeps half a minute for a slide with any time, taken from the largest slide of its run', () => {
    // 0.1 + 4.9 = 5 minutes = 10 halves: 0.2 and 9.8 → 0 + 10, then the short slide takes one.
    expect(clocked(['needs', 1], ['needs', 49])).toEqual([5, 45]);
    // 0.1 + 2 + 2 = 4 minutes = 8 halves: 0 + 4 + 4, and the first of the two largest gives one.
    expect(clocked(['needs', 1], ['needs', 20], ['needs', 20])).toEqual([5, 15, 20]);
    // 0.1 + 0.9 = 1 minute = 2 halves: 0 + 2, and the larger slide can spare one of its two.
    expect(clocked(['needs', 1], ['needs', 9])).toEqual([5, 5]);
  });

  it('leaves a slide without time at none, and takes nothing from a slide with only half a minute', () => {
    expect(clocked(['agenda', 10], ['qna', 0])).toEqual([10, 0]);
    // 0.1 + 0.1 + 0.1 = 0.3, which rounds to no minute at all: nobody has half a minute to give.
    expect(clocked(['needs', 1], ['needs', 1], ['needs', 1])).toEqual([0, 0, 0]);
  });
});

describe('runTitles', () => {
  it('calls an early leaver’s close a first ask, and only the last closing the closing', () => {
    const t = (key: string): string => `<${key}>`;
    expect(runTitles([{ id: 'overview' }, { id: 'closing' }, { id: 'value' }, { id: 'closing' }], t)).toEqual(['<section-overview>', '<agenda-first-ask>', '<section-value>', '<section-closing>']);
    expect(runTitles([{ id: 'needs' }, { id: 'closing' }], t)).toEqual(['<section-needs>', '<section-closing>']);
  });
});
