// The linking step as a whole (src/plan/links/linkMeeting.ts): where each concern and excitement
// point of the config lands — the place the author named, the place the meeting's structure makes
// certain, or nowhere — with what is said in answer, which cards must stay in the main line, and
// which case proves which need.
import { describe, expect, it } from 'vitest';
import { linkMeeting, targetOf } from '../../../src/plan/links/linkMeeting.js';
import { isLinkSection } from '../../../src/plan/links/model.js';
import type { Person, ResolvedMeeting } from '../../../src/types.js';

const t = (key: string): string => `<${key}>`;
const everything = { valueCase: true, pricing: true, assurance: true };

type Concern = string | { concern: string; answer?: string; at?: string };
type Point = string | { point: string; at?: string };

const person = (name: string, concerns: Concern[], fields: Partial<Person> = {}): Person =>
  ({ name, role: 'manager', decision: 'influencer', stance: 'neutral', concerns, ...fields }) as Person;

/** Two needs with a card each, one named case; `pricing` is a need id on purpose (a need wins over a section). */
function meetingOf(audience: Person[], excitement: Point[] = [], needEvidence: Record<string, string> = {}): ResolvedMeeting {
  const needs = [
    { id: 'stock', title: 'Stock you can trust', features: [{ id: 'stock-live', name: 'Real-time stock', questions: [{ q: 'Can the warehouse count by location?', a: 'yes, per bin' }] }] },
    { id: 'credit', title: 'Credit under control', features: [{ id: 'credit-check', name: 'Credit check', questions: [] }, { id: 'value', name: 'Dunning runs', questions: [] }] },
  ];
  return {
    config: {
      audience,
      strategy: { excitement },
      needs: needs.map((n) => ({ id: n.id, evidence: needEvidence[n.id] })),
    },
    needs,
    cases: [
      { id: 'ningbo', client: 'Ningbo Sure-Stop' },
      { id: 'inline-1', client: 'Harbour Tools' },
    ],
  } as unknown as ResolvedMeeting;
}

const linkOne = (concern: Concern, shape = everything) => {
  const links = linkMeeting(meetingOf([person('Ann', [concern])]), shape, t);
  const [only] = links.concerns;
  const { person: _person, ...rest } = only ?? { person: undefined };
  return rest;
};

describe('a concern the author linked with `at`', () => {
  it('goes where the author says, even when its words point elsewhere, and says the author’s answer', () => {
    // The words are about money (the structure would pick the value case); the author's place wins.
    expect(linkOne({ concern: 'how fast does it pay back?', at: 'stock-live', answer: 'the bins pay for it' })).toEqual({
      concern: 'how fast does it pay back?', target: { kind: 'card', cardId: 'stock-live' }, answer: 'the bins pay for it', showable: true, by: 'author',
    });
  });

  it('without words of the author’s own, a section says what it shows; a need or a card says nothing for it', () => {
    expect(linkOne({ concern: 'will the rollout stop our shifts?', at: 'implementation' })).toEqual({
      concern: 'will the rollout stop our shifts?', target: { kind: 'section', section: 'implementation' }, answer: '<answer-implementation>', showable: false, by: 'author',
    });
    expect(linkOne({ concern: 'is the stock right?', at: 'stock' })).toEqual({
      concern: 'is the stock right?', target: { kind: 'need', needId: 'stock' }, answer: undefined, showable: false, by: 'author',
    });
    expect(linkOne({ concern: 'is the stock right?', at: 'credit-check' })).toMatchObject({ target: { kind: 'card', cardId: 'credit-check' }, answer: undefined, showable: false, by: 'author' });
  });
});

describe('a concern without `at`', () => {
  it('is placed by the structure when it is sure, with the section’s own answer', () => {
    expect(linkOne('how fast does it pay back?')).toEqual({
      concern: 'how fast does it pay back?', target: { kind: 'section', section: 'value' }, answer: '<answer-value-case>', showable: false, by: 'structure',
    });
    expect(linkOne({ concern: 'can the warehouse count by location?' })).toEqual({
      concern: 'can the warehouse count by location?', target: { kind: 'card', cardId: 'stock-live' }, answer: 'yes, per bin', showable: true, by: 'structure',
    });
  });

  it('keeps the author’s answer wherever the structure places it, and keeps it even when nothing places it', () => {
    expect(linkOne({ concern: 'how fast does it pay back?', answer: 'in month 5, counted from signing' })).toEqual({
      concern: 'how fast does it pay back?', target: { kind: 'section', section: 'value' }, answer: 'in month 5, counted from signing', showable: true, by: 'structure',
    });
    expect(linkOne({ concern: 'she prefers short meetings', answer: 'we end at 45 minutes' })).toEqual({
      concern: 'she prefers short meetings', target: undefined, answer: 'we end at 45 minutes', showable: true, by: undefined,
    });
  });

  it('is left unplaced, with nothing said for it, when nothing in the deck is sure to answer it', () => {
    expect(linkOne('she prefers short meetings')).toEqual({ concern: 'she prefers short meetings', showable: false });
    // A cost question in a meeting with neither a value case nor a quote is not guessed at.
    expect(linkOne('how much will the licences cost us?', { valueCase: false, pricing: false, assurance: false })).toEqual({ concern: 'how much will the licences cost us?', showable: false });
  });

  it('keeps every concern of every person, in the config’s order, each with its person', () => {
    const ann = person('Ann', ['how fast does it pay back?', 'she prefers short meetings']);
    const bo = person('Bo', [{ concern: 'is the stock right?', at: 'stock' }]);
    const links = linkMeeting(meetingOf([ann, bo]), everything, t);
    expect(links.concerns.map((c) => [c.person.name, c.concern])).toEqual([
      ['Ann', 'how fast does it pay back?'], ['Ann', 'she prefers short meetings'], ['Bo', 'is the stock right?'],
    ]);
  });
});

describe('targetOf: what a config `at` names', () => {
  const meeting = meetingOf([]);

  it('names a need, a card or a section, and nothing else', () => {
    expect(targetOf(meeting, 'stock')).toEqual({ kind: 'need', needId: 'stock' });
    expect(targetOf(meeting, 'credit-check')).toEqual({ kind: 'card', cardId: 'credit-check' });
    expect(targetOf(meeting, 'closing')).toEqual({ kind: 'section', section: 'closing' });
    expect(targetOf(meeting, 'cases')).toEqual({ kind: 'section', section: 'cases' });
    expect(targetOf(meeting, 'nowhere')).toBeUndefined();
  });

  it('takes a card over a section of the same name, and a need over both', () => {
    // The card "Dunning runs" has the id `value`.
    expect(targetOf(meeting, 'value')).toEqual({ kind: 'card', cardId: 'value' });
    const clash = { ...meeting, needs: [{ id: 'value', title: 'Value', features: [{ id: 'value', name: 'Value card', questions: [] }] }] } as unknown as ResolvedMeeting;
    expect(targetOf(clash, 'value')).toEqual({ kind: 'need', needId: 'value' });
  });

  it('knows the sections by their config names only, not by anything an object happens to have', () => {
    expect(['value', 'pricing', 'implementation', 'cases', 'comparison', 'closing', 'assurance'].every(isLinkSection)).toBe(true);
    expect(['case', 'toString', 'constructor', 'need', ''].some(isLinkSection)).toBe(false);
  });
});

describe('excitement points', () => {
  const pointsOf = (excitement: Point[]) => linkMeeting(meetingOf([], excitement), everything, t).excitement;

  it('go where the author says, else to a card they name, else nowhere', () => {
    expect(pointsOf([
      { point: 'seeing the credit check block an order', at: 'stock-live' },
      'seeing the Credit Check block an order',
      { point: 'a bin counted live with Real-time stock' },
      'a surprise nobody expects',
      { point: 'a surprise linked to nothing', at: 'nowhere' },
    ])).toEqual([
      { point: 'seeing the credit check block an order', target: { kind: 'card', cardId: 'stock-live' }, by: 'author' },
      { point: 'seeing the Credit Check block an order', target: { kind: 'card', cardId: 'credit-check' }, by: 'structure' },
      { point: 'a bin counted live with Real-time stock', target: { kind: 'card', cardId: 'stock-live' }, by: 'structure' },
      { point: 'a surprise nobody expects' },
      { point: 'a surprise linked to nothing' },
    ]);
  });

  it('are none when the meeting has no strategy', () => {
    const meeting = meetingOf([]);
    delete (meeting.config as { strategy?: unknown }).strategy;
    expect(linkMeeting(meeting, everything, t).excitement).toEqual([]);
  });
});

describe('cards that must stay in the main line', () => {
  const cardsFor = (fields: Partial<Person>, excitement: Point[] = []) =>
    [...linkMeeting(meetingOf([person('Ann', [{ concern: 'is the stock right?', at: 'stock-live' }, 'what does the Credit Check block?'], fields)], excitement), everything, t).mainLineCards].sort();

  it('are the cards a decision maker’s or a resistant listener’s concerns land on', () => {
    expect(cardsFor({ decision: 'decision-maker' })).toEqual(['credit-check', 'stock-live']);
    expect(cardsFor({ stance: 'resistant' })).toEqual(['credit-check', 'stock-live']);
  });

  it('are not the cards of a neutral influencer’s concerns, nor a need or a section anyone names', () => {
    expect(cardsFor({})).toEqual([]);
    expect([...linkMeeting(meetingOf([person('Ann', [{ concern: 'x', at: 'stock' }, 'how fast does it pay back?'], { decision: 'decision-maker' })]), everything, t).mainLineCards]).toEqual([]);
  });

  it('include every card an excitement point lands on, whoever is in the room', () => {
    expect(cardsFor({}, [{ point: 'live bins', at: 'stock-live' }, 'the Credit Check in action', { point: 'a need', at: 'credit' }])).toEqual(['credit-check', 'stock-live']);
  });
});

describe('the case that proves a need', () => {
  const evidenceFor = (named: Record<string, string>) =>
    Object.fromEntries([...linkMeeting(meetingOf([], [], named), everything, t).evidence].map(([need, found]) => [need, found.id]));

  it('is the case the need names by id, or an inline case by its client', () => {
    expect(evidenceFor({ stock: 'ningbo', credit: 'Harbour Tools' })).toEqual({ stock: 'ningbo', credit: 'inline-1' });
  });

  it('is none for a need that names no case or a case that is not there', () => {
    expect(evidenceFor({ stock: 'ningbo' })).toEqual({ stock: 'ningbo' });
    expect(evidenceFor({ credit: 'Nobody Ltd' })).toEqual({});
  });
});
