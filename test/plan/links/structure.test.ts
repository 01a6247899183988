// Where the tool is sure without a link (src/plan/links/structure.ts, answers.ts): which slide a
// concern goes to when it is about money, names a card, asks a card's own question, or is about a
// failed project or the disruption of going live — and what that slide says in answer.
import { describe, expect, it } from 'vitest';
import { answerAt } from '../../../src/plan/links/answers.js';
import { namedTarget, structuralConcern, structuralExcitement, textNames } from '../../../src/plan/links/structure.js';
import type { ResolvedMeeting } from '../../../src/types.js';

const t = (key: string): string => `<${key}>`;
const meeting = {
  needs: [
    { id: 'stock', features: [{ id: 'stock-live', name: 'Real-time stock', questions: [{ q: 'Can the warehouse count by location?', a: 'yes, per bin' }] }] },
    { id: 'credit', features: [{ id: 'credit-check', name: 'Credit check', questions: [{ q: 'Why?', a: 'too short to match' }, { q: 'Audit?', a: 'still too short' }, { q: 'Export?', a: 'to Excel and CSV' }] }] },
  ],
} as unknown as ResolvedMeeting;
const everything = { valueCase: true, pricing: true, assurance: true };
const nothing = { valueCase: false, pricing: false, assurance: false };

describe('textNames', () => {
  it('finds a name of four letters or more in any case, spacing and punctuation', () => {
    expect(textNames('will the real-time-stock view show transit?', 'Real-time stock')).toBe(true);
    expect(textNames('WHAT ABOUT THE CREDIT CHECK', 'Credit check')).toBe(true);
    expect(textNames('a credit line', 'Credit check')).toBe(false);
    // Three letters are too short to be sure: "ERP" is in too many sentences.
    expect(textNames('our ERP is old', 'ERP')).toBe(false);
    expect(textNames('our ERPX is old', 'ERPX')).toBe(true);
  });
});

describe('structuralConcern', () => {
  const concern = (text: string, shape = everything) => structuralConcern(meeting, shape, text, t);

  it('sends a question about the return to the value case, and one about the cost to the value case or else the quote', () => {
    expect(concern('how fast does it pay back?')).toEqual({ target: { kind: 'section', section: 'value' }, answer: '<answer-value-case>', showable: false });
    expect(concern('how much will the licences cost us?', { ...everything, valueCase: false })).toEqual({ target: { kind: 'section', section: 'pricing' }, answer: '<answer-pricing>', showable: false });
    // No value case: a return question stays open, and so does a cost question without a quote.
    expect(concern('how fast does it pay back?', { ...everything, valueCase: false })).toBeUndefined();
    expect(concern('how much will the licences cost us?', nothing)).toBeUndefined();
  });

  it('sends a concern naming a card to that card, with no borrowed answer', () => {
    expect(concern('she doubts the real-time stock figures')).toEqual({ target: { kind: 'card', cardId: 'stock-live' }, answer: undefined, showable: false });
  });

  it('answers a card’s own question with that card’s answer, either text containing the other', () => {
    const own = { target: { kind: 'card', cardId: 'stock-live' }, answer: 'yes, per bin', showable: true };
    expect(concern('can the warehouse count by location')).toEqual(own);
    expect(concern('Tom asks: can the warehouse count by location? He needs it for the audit')).toEqual(own);
    expect(concern('count by location')).toEqual(own);
    // A question of fewer than six letters is too short to match anything; six are enough.
    expect(concern('why')).toBeUndefined();
    expect(concern('who keeps the audit trail')).toBeUndefined();
    expect(concern('can we export the list')).toEqual({ target: { kind: 'card', cardId: 'credit-check' }, answer: 'to Excel and CSV', showable: true });
  });

  it('sends a failed project to the assurance slide, or the implementation plan without one', () => {
    expect(concern('the last ERP rollout failed')?.target).toEqual({ kind: 'section', section: 'assurance' });
    expect(concern('the previous system was abandoned after a month')?.target).toEqual({ kind: 'section', section: 'assurance' });
    expect(concern('上次的项目烂尾了', { ...everything, assurance: false })?.target).toEqual({ kind: 'section', section: 'implementation' });
  });

  it('hears a failed project in the words people use for one', () => {
    const failed = [
      'worried the project could fail', 'what if the migration goes wrong', 'things could go wrong at month end',
      'the scanner pilot was a flop', 'the last rollout flopped', 'the last warehouse software we bought was dropped',
      'our old time tracking tool was never used', '上次的系统没用起来', '之前的项目半途而废',
    ];
    for (const text of failed) expect(concern(text)?.target, text).toEqual({ kind: 'section', section: 'assurance' });
    // Words that only look alike are not a failed project.
    for (const text of ['the failover server', 'the last tool we bought works well', 'old reports are dropped into a folder']) expect(concern(text), text).toBeUndefined();
  });

  it('hears the disruption of going live in the words people use for it', () => {
    const disrupted = [
      'will it disrupt shipping', 'any disruption to the night shift', 'what breaks at golive', 'the go-live week',
      'orders lost at cutover', 'a weekend switchover', 'two days of changeover', 'during implementation our staff are busy',
      'sales slow down during the rollout', 'during the roll-out we close the books', '切换期间能不能开票', '会不会影响正常发货',
    ];
    for (const text of disrupted) expect(concern(text)?.target, text).toEqual({ kind: 'section', section: 'implementation' });
    for (const text of ['during the audit', 'we live on margins', 'the lights go out at six']) expect(concern(text), text).toBeUndefined();
  });

  it('sends the disruption of going live to the implementation plan', () => {
    expect(concern('downtime during the switch-over')).toEqual({ target: { kind: 'section', section: 'implementation' }, answer: '<answer-implementation>', showable: false });
    expect(concern('上线期间会不会停工')?.target).toEqual({ kind: 'section', section: 'implementation' });
  });

  it('leaves anything else unmatched', () => {
    expect(concern('she prefers short meetings')).toBeUndefined();
  });
});

describe('excitement points and named cards', () => {
  it('links an excitement point only to a card it names', () => {
    expect(structuralExcitement(meeting, 'seeing the Credit Check block an order live')).toEqual({ kind: 'card', cardId: 'credit-check' });
    expect(structuralExcitement(meeting, 'seeing an order blocked live')).toBeUndefined();
    expect(namedTarget(meeting, 'stock')).toBeUndefined();
  });
});

describe('answerAt', () => {
  it('names what a section the tool builds shows, and never speaks for a card or a need', () => {
    const section = (name: string, shape = everything) => answerAt(shape, { kind: 'section', section: name } as never, t);
    expect(['value', 'pricing', 'assurance', 'implementation', 'cases', 'comparison', 'closing'].map((s) => section(s)?.text)).toEqual([
      '<answer-value-case>', '<answer-pricing>', '<answer-assurance>', '<answer-implementation>', '<answer-case>', '<answer-comparison>', '<answer-closing>',
    ]);
    expect(section('value', nothing)).toEqual({ text: '<answer-value-summary>', showable: false });
    // A section's name is a pointer, never an answer in words: none may be shown on the reassurance slide.
    expect(['value', 'pricing', 'assurance', 'implementation', 'cases', 'comparison', 'closing'].map((s) => section(s)?.showable)).toEqual(Array(7).fill(false));
    expect(answerAt(everything, { kind: 'card', cardId: 'stock-live' }, t)).toBeUndefined();
    expect(answerAt(everything, { kind: 'need', needId: 'stock' }, t)).toBeUndefined();
  });
});
