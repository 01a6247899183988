// Issue 17, point 2: labelled meetings (test/fixtures/labelled/) say which slides truly answer
// each concern and show each excitement point. One placement outside that set fails; an item
// left unplaced is allowed (readiness names it) and only lowers coverage.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadAndPlan } from '../../../src/buildDeck.js';
import type { PlannedSlide, SlidePlan } from '../../../src/plan/slidePlan.js';

interface Labels {
  concerns: { person: string; concern: string; answered_by: string[] }[];
  excitement?: { point: string; shown_by: string[] }[];
}

const FOLDER = 'test/fixtures/labelled';

/** Every labelled deck: `<name>.labels.yaml` beside `<name>.yaml`, and the examples' labels by deck path. */
function labelledDecks(): [string, Labels][] {
  const out: [string, Labels][] = [];
  for (const file of readdirSync(FOLDER).filter((f) => f.endsWith('.labels.yaml')).sort()) {
    const labels = parse(readFileSync(join(FOLDER, file), 'utf8')) as Labels | Record<string, Labels>;
    if ('concerns' in labels) out.push([join(FOLDER, file.replace(/\.labels\.yaml$/, '.yaml')), labels as Labels]);
    else out.push(...Object.entries(labels as Record<string, Labels>));
  }
  return out;
}

/** The slide as a label names it: need:<id>, card:<id> or section:<id>. */
export function labelOf(slide: PlannedSlide): string {
  if (slide.cardId !== undefined) return `card:${slide.cardId}`;
  if (slide.kind === 'need' && slide.needId !== undefined) return `need:${slide.needId}`;
  return `section:${slide.kind === 'case' ? 'cases' : slide.kind}`;
}

const slideAt = (plan: SlidePlan, index: number): PlannedSlide => {
  const slide = plan.slides.find((s) => s.index === index);
  if (!slide) throw new Error(`no slide ${index}`);
  return slide;
};

const decks = labelledDecks();
const totals = { placed: 0, right: 0, items: 0, answerable: 0 };

describe('labelled meetings: nothing is placed where it does not belong', () => {
  it('has the example decks and at least three meetings of our own in each language', () => {
    const paths = decks.map(([path]) => path);
    expect(paths).toContain('decks/northwind-cfo.yaml');
    expect(paths).toContain('decks/huadong.yaml');
    const own = decks.filter(([path]) => path.startsWith(FOLDER)).map(([path]) => loadAndPlan(path).plan.language);
    expect(own.filter((l) => l === 'en').length).toBeGreaterThanOrEqual(2);
    expect(own.filter((l) => l === 'zh-CN').length).toBeGreaterThanOrEqual(2);
    expect(own.length).toBeGreaterThanOrEqual(3);
  });

  for (const [path, labels] of decks) {
    it(`${path}: every concern and excitement point lands on a slide its label allows, or nowhere`, () => {
      const { plan } = loadAndPlan(path);
      const wrong: string[] = [];
      /** Counts one labelled item and notes it when it landed outside its label. */
      const judge = (what: string, placed: { slide: number | null } | undefined, allowed: readonly string[]): void => {
        expect(placed, `${what} is in the plan`).toBeDefined();
        totals.items++;
        if (allowed.length > 0) totals.answerable++;
        if (!placed || placed.slide === null) return;
        totals.placed++;
        const at = labelOf(slideAt(plan, placed.slide));
        if (allowed.includes(at)) totals.right++;
        else wrong.push(`${what} → ${at}, allowed: ${allowed.join(', ') || 'none'}`);
      };
      for (const label of labels.concerns) {
        judge(`concern “${label.concern}” (${label.person})`, plan.concerns.find((c) => c.person === label.person && c.concern === label.concern), label.answered_by);
      }
      for (const label of labels.excitement ?? []) {
        judge(`excitement “${label.point}”`, plan.excitement.find((e) => e.point === label.point), label.shown_by);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('reports precision and coverage over all labelled items', () => {
    const precision = totals.placed === 0 ? 1 : totals.right / totals.placed;
    const coverage = totals.answerable === 0 ? 1 : totals.right / totals.answerable;
    console.log(`labelled sets: ${totals.items} items, ${totals.placed} placed, precision ${precision.toFixed(3)}, coverage ${coverage.toFixed(3)} of ${totals.answerable} answerable`);
    expect(precision).toBe(1);
    expect(totals.items).toBeGreaterThan(30);
  });
});
