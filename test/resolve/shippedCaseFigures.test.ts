// Every result of every shipped case, in both languages, as a deck shows it: the figure must agree
// with itself (the change goes the way before → after goes, by as much) and with its label (a
// label in percentage points never shows a percent).
import { describe, expect, it } from 'vitest';
import { resultFigures } from '../../src/plan/evidence.js';
import { TOOL_ROOT } from '../../src/load/toolRoot.js';
import { localizeCase } from '../../src/resolve/localize.js';
import { ContentLibrary } from '../../src/validate/contentLibrary.js';
import type { CaseResult, Language } from '../../src/types.js';

const MINUS = '\u2212';
const library = new ContentLibrary(TOOL_ROOT, TOOL_ROOT);
const LANGUAGES: Language[] = ['en', 'zh-CN'];

function caseResults(id: string, language: Language): CaseResult[] {
  const entry = library.get('cases', id);
  if (!entry) throw new Error(`no shipped case ${id}`);
  return localizeCase(id, entry.value, language).results;
}

const rows = library.ids('cases').flatMap((id) => LANGUAGES.flatMap((language) => caseResults(id, language).map((result) => ({ name: `${id} (${language}): ${result.label}`, language, result }))));

/** A level as shipped: a plain number, with "%" when it is a percentage. */
function level(figure: string): { value: number; percent: boolean } | undefined {
  const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(figure);
  return match?.[1] ? { value: Number(match[1]), percent: match[2] === '%' } : undefined;
}

/** The relative change a reader computes from the two levels, rounded half away from zero. */
function relativeChange(before: number, after: number): string {
  const ratio = (after - before) / before;
  return `${ratio < 0 ? MINUS : '+'}${Math.round(Math.abs(ratio) * 100)}%`;
}

/** "+1.8": the difference of two levels in percentage points, to one decimal. */
function pointChange(before: number, after: number): string {
  const points = Math.round((after - before) * 10) / 10;
  return `${points < 0 ? MINUS : '+'}${Math.abs(points)}`;
}

const POINTS = /percentage points?|\bpoints?\b|百分点/i;

describe('every shipped case result shows a figure its label and levels agree with', () => {
  it('reads results from all three shipped cases in both languages', () => {
    expect(new Set(rows.map((r) => r.name.split(' ')[0])).size).toBe(3);
    expect(rows.filter((r) => r.language === 'en')).toHaveLength(rows.filter((r) => r.language === 'zh-CN').length);
  });

  it.each(rows)('$name', ({ language, result }) => {
    const figures = [result.before, result.after, result.change].filter((f): f is string => f !== undefined);
    expect(figures.length).toBeGreaterThan(0);
    const before = result.before === undefined ? undefined : level(result.before);
    const after = result.after === undefined ? undefined : level(result.after);
    if (result.before !== undefined) expect(before, `before ${result.before}`).toBeDefined();
    if (result.after !== undefined) expect(after, `after ${result.after}`).toBeDefined();
    if (POINTS.test(result.label)) {
      // A label in percentage points: levels and change are bare numbers, the change their difference.
      for (const f of figures) expect(f).not.toContain('%');
      if (result.change !== undefined) expect(result.change).toMatch(new RegExp(`^[+${MINUS}]\\d+(?:\\.\\d+)?$`));
      if (before && after && result.change !== undefined) expect(result.change).toBe(pointChange(before.value, after.value));
    } else {
      if (result.change !== undefined) expect(result.change).toMatch(new RegExp(`^[+${MINUS}]\\d+(?:\\.\\d+)?%$`));
      if (before && after && result.change !== undefined) {
        // A change from levels is only meaningful when both are measured alike: 4.5% → 1.2% is −73%
        // of the share, and 14.2% → 16.0% is not "+1.8%".
        expect(before.percent).toBe(after.percent);
        expect(result.change).toBe(relativeChange(before.value, after.value));
      }
    }
    const shown = resultFigures(result, language === 'zh-CN');
    expect(shown).not.toContain('-');
    if (result.before !== undefined && result.after !== undefined) expect(shown.startsWith(`${result.before} → ${result.after}`)).toBe(true);
    if (language === 'zh-CN' && result.change !== undefined && result.after !== undefined) expect(shown.endsWith(`（${result.change}）`)).toBe(true);
  });

  it.each(library.ids('cases'))('%s: a label has its unit in both languages or in neither', (id) => {
    const en = caseResults(id, 'en');
    const zh = caseResults(id, 'zh-CN');
    expect(zh).toHaveLength(en.length);
    en.forEach((result, i) => {
      const unit = (label: string | undefined): boolean => /[(（][^()（）]+[)）]$/.test(label ?? '');
      expect(unit(zh[i]?.label), `${result.label} / ${zh[i]?.label}`).toBe(unit(result.label));
      // The same figures in both languages: figures are language-neutral.
      expect({ ...zh[i], label: '' }).toEqual({ ...result, label: '' });
    });
  });
});
