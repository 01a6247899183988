// The plan follows the six-step method, in the order the deck pipeline issue lays down.
import { describe, expect, it } from 'vitest';
import { loadAndPlan } from '../../src/buildDeck.js';
import type { SlideKind } from '../../src/plan/slidePlan.js';
import { baseConfig, planOf } from './tailoringHelpers.js';

// Planned for the finance manager: the method's base order, before the owner's emphasis moves the case up.
const everything = loadAndPlan('test/fixtures/everything/deck.yaml', { forPerson: 'Chen Jie' }).plan;
const minimal = loadAndPlan('test/fixtures/minimal/deck.yaml').plan;

function firstIndex(kinds: SlideKind[], kind: SlideKind): number {
  return kinds.indexOf(kind);
}

describe('slide plan order', () => {
  it('runs title → opening → agenda → situation → overview → needs → value → comparison → case → implementation → pricing → Q&A → closing', () => {
    const kinds = everything.slides.map((s) => s.kind);
    const order: SlideKind[] = ['title', 'opening', 'agenda', 'situation', 'overview', 'need', 'value', 'comparison', 'case', 'implementation', 'pricing', 'qna', 'closing'];
    const positions = order.map((k) => firstIndex(kinds, k));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(kinds[0]).toBe('title');
    expect(kinds.slice(1, 5)).toEqual(['opening', 'opening', 'opening', 'agenda']);
  });

  it('opens with welcome and self-introduction, the hook, then the central message', () => {
    const opening = everything.slides.filter((s) => s.kind === 'opening');
    expect(opening.map((s) => s.title)).toEqual(['Welcome', 'A question to start', 'Why we are here']);
    expect(JSON.stringify(opening[0]?.body)).toContain('Li Wei');
    expect(JSON.stringify(opening[1]?.body)).toContain('How many days does your month-end close take?');
    expect(JSON.stringify(opening[2]?.body)).toContain('Month-end reconciliation drops from 3 days to 3 hours');
  });

  it('presents needs by priority, then goal focus, then file order, each followed by its FFAB slides', () => {
    const needs = everything.slides.filter((s) => s.kind === 'need' || s.kind === 'ffab').map((s) => `${s.kind}:${s.title}`);
    expect(needs).toEqual([
      'need:Sales insight', 'ffab:Margin by customer',
      'need:Stock accuracy', 'ffab:Cycle counts',
      'need:Receivables reconciliation', 'ffab:Credit check',
    ]);
  });

  it('gives each need the four problem-solution steps and each FFAB slide all four parts', () => {
    const need = everything.slides.find((s) => s.kind === 'need');
    expect(need?.body.kind === 'need' && need.body.steps.map((s) => s.label)).toEqual(['The problem', 'What it costs', 'Our answer', 'The proof']);
    const ffab = everything.slides.find((s) => s.title === 'Credit check');
    if (ffab?.body.kind !== 'ffab') throw new Error('no FFAB body');
    expect(ffab.body.parts.map((p) => p.label)).toEqual(['Feature', 'Function', 'Advantage']);
    expect(ffab.body.benefitLabel).toBe('Benefit');
    expect(ffab.body.benefit).toBe('less bad debt');
  });

  it('leaves out comparison and pricing when no competitors and no pricing are given', () => {
    const kinds = minimal.slides.map((s) => s.kind);
    expect(kinds).not.toContain('comparison');
    expect(kinds).not.toContain('pricing');
    expect(kinds).not.toContain('case');
    expect(kinds.at(-1)).toBe('closing');
  });

  it('shares exactly the meeting duration among main-line slides, and sections add up to it', () => {
    for (const plan of [everything, minimal]) {
      const tenths = plan.slides.reduce((sum, s) => sum + Math.round(s.minutes * 10), 0);
      // The buffer is planned for no slide.
      expect(plan.buffer).toBe(Math.ceil(plan.duration / 10));
      expect(tenths).toBe((plan.duration - plan.buffer) * 10);
      const sectionTenths = plan.sections.reduce((sum, s) => sum + Math.round(s.minutes * 10), 0);
      expect(sectionTenths).toBe((plan.duration - plan.buffer) * 10);
      expect(plan.slides.filter((s) => s.appendix).every((s) => s.minutes === 0)).toBe(true);
    }
  });

  it('gives every slide its minutes, at least one person it is for, and a reason', () => {
    for (const slide of everything.slides) {
      expect(slide.for.length, slide.title).toBeGreaterThan(0);
      expect(slide.reason.length, slide.title).toBeGreaterThan(10);
      expect(slide.notes.say.length, slide.title).toBeGreaterThan(0);
      // Listener cues name people of the meeting; the agenda names everyone, with their profile.
      const names = everything.slides[0] ? [...new Set(everything.slides.flatMap((s) => s.for))] : [];
      for (const a of slide.notes.audience) expect(names).toContain(a.name);
      if (slide.kind === 'agenda') expect(slide.notes.audience.map((a) => a.name)).toEqual(names);
    }
  });

  it('numbers slides in deck order and keeps the appendix after the main line', () => {
    expect(everything.slides.map((s) => s.index)).toEqual(everything.slides.map((_, i) => i + 1));
    const firstAppendix = everything.slides.findIndex((s) => s.appendix);
    if (firstAppendix >= 0) expect(everything.slides.slice(firstAppendix).every((s) => s.appendix)).toBe(true);
  });


  it('warns when the config has no central message or call to action', () => {
    expect(minimal.warnings.map((w) => w.code)).toEqual(['no-goal-message', 'no-call-to-action']);
  });

  it('puts the competitor positioning and rebuttals in the comparison notes, not on the slide', () => {
    const comparison = everything.slides.find((s) => s.kind === 'comparison');
    expect(comparison?.notes.ready.join(' ')).toContain('BigSuite ERP');
    expect(JSON.stringify(comparison?.body)).not.toContain('BigSuite ERP');
  });

  it('plans the buffer the config gives for no slide, and none with `buffer: 0`', () => {
    for (const buffer of [0, 3, 12]) {
      const config = baseConfig();
      (config.deck as Record<string, unknown>).buffer = buffer;
      const plan = planOf(config);
      expect(plan.buffer).toBe(buffer);
      const main = plan.slides.filter((s) => !s.appendix);
      expect(main.reduce((sum, s) => sum + Math.round(s.minutes * 10), 0)).toBe((plan.duration - buffer) * 10);
      const agenda = plan.slides.find((s) => s.body.kind === 'agenda');
      const items = agenda?.body.kind === 'agenda' ? agenda.body.items : [];
      expect(items.some((i) => i.title === 'Time in hand')).toBe(buffer > 0);
      expect(items.reduce((sum, i) => sum + i.value, 0)).toBe(plan.duration);
    }
  });
});
