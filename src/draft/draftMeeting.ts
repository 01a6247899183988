// A meeting config as plain data, from the answers given: only what was answered, plus what follows
// from it without a guess (a need's yearly cost becomes a value-case fact, a supporter's stance puts
// them under strategy.supporters). withPlaceholders then fills every field the demo method asks for
// and nobody answered with a TODO / 待填写 text, which validates and builds, and which readiness
// `placeholders-left` names until it is replaced.
import { formatMoney, formatRate } from '../plan/pricing.js';
import type { Translate } from '../plan/text.js';
import { defaultCurrency, DEFAULT_DURATION, type MeetingAnswers, type NeedAnswers, type PersonAnswers } from './answers.js';

export type Draft = Record<string, unknown>;

export function meetingFromAnswers(answers: MeetingAnswers, t: Translate): Draft {
  const currency = answers.currency ?? defaultCurrency(answers.language);
  const needIds = uniqueIds(answers.needs.map((n) => n.title));
  const needs = answers.needs.map((need, i) => needDraft(need, needIds[i] ?? `need-${i + 1}`, i, currency, t));
  const value = valueDraft(answers.needs, needIds, currency, t);
  const leavers = answers.people.filter((p) => p.leavesAfter !== undefined);
  const supporters = answers.people.filter((p) => p.stance === 'supporter').map((p) => p.name);
  return {
    // Fields left undefined keep their place in the file for the placeholder that fills them (withPlaceholders).
    deck: { title: undefined, language: answers.language, duration: answers.duration ?? DEFAULT_DURATION },
    customer: { name: answers.customer, industry: undefined, situation: undefined },
    audience: answers.people.map(personDraft),
    needs,
    competitors: answers.competitors.map((c) => ({ name: c.name, ...(c.strength ? { strengths: [c.strength] } : {}), ...(c.weakness ? { weaknesses: [c.weakness] } : {}) })),
    strategy: {
      requested_by: 'customer',
      ...(supporters.length > 0 ? { supporters } : {}),
      ...(leavers.length > 0 ? {
        // Someone who may leave early must hear the value case first (docs/tailoring.md, rule 12): the jump is there, what to say is the presenter's.
        // eslint-disable-next-line unicorn/no-thenable -- the config names the field `then`
        contingencies: leavers.map((p) => ({ if: t('new-leaver-if', { name: p.name, minutes: p.leavesAfter ?? 0 }), then: t('new-todo-leaver-then'), jump_to: value ? 'value' : 'closing' })),
      } : {}),
    },
    cases: [],
    ...(answers.quote ? {
      pricing: {
        currency,
        licence: [{ item: t('new-licence-item'), amount: answers.quote.licence }],
        delivery: { amount: answers.quote.delivery, ...(answers.quote.days === undefined ? {} : { days: answers.quote.days }) },
        annual_service_rate: answers.quote.serviceRate,
      },
    } : {}),
    ...(value ? { value } : {}),
    ...(answers.ask ? { closing: { call_to_action: answers.ask } } : {}),
  };
}

function personDraft(person: PersonAnswers): Draft {
  return {
    name: person.name,
    title: person.title,
    role: person.role,
    decision: person.decision,
    stance: person.stance,
    ...(person.concerns.length > 0 ? { concerns: person.concerns.map((c) => ({ concern: c.concern, ...(c.answer ? { answer: c.answer } : {}), ...(c.at ? { at: c.at } : {}) })) } : {}),
    ...(person.leavesAfter === undefined ? {} : { leaves_after: person.leavesAfter }),
  };
}

function needDraft(need: NeedAnswers, id: string, index: number, currency: string, t: Translate): Draft {
  return {
    id,
    title: need.title,
    priority: Math.min(index + 1, 5),
    situation: undefined,
    problem: need.problem,
    implication: need.yearlyCost === undefined ? undefined : t('new-implication', { amount: formatMoney(need.yearlyCost, currency) }),
    payoff: undefined,
    ...(need.owner ? { owner: need.owner } : {}),
    ...(need.cards.length > 0 ? { features: need.cards } : {}),
  };
}

/**
 * Each need's yearly cost is the customer's own figure; the share the solution removes is the gain.
 * A cost without an agreed share is written with `change: 0` and a TODO label: the deck then shows
 * no value it was not told, and the check names the label.
 */
function valueDraft(needs: readonly NeedAnswers[], ids: readonly string[], currency: string, t: Translate): Draft | undefined {
  const costed = needs.map((need, i) => ({ need, id: ids[i] ?? `need-${i + 1}` })).filter((n) => n.need.yearlyCost !== undefined);
  if (costed.length === 0) return undefined;
  return {
    currency,
    facts: costed.map(({ need, id }) => ({ id: `${id}-cost`, label: t('new-fact-label', { need: need.title }), amount: need.yearlyCost, ...(need.costSource ? { source: need.costSource } : {}) })),
    gains: costed.map(({ need, id }) => ({
      need: id,
      point: 'reduce-cost',
      label: need.saving ? t('new-gain-label', { need: need.title, percent: formatRate(need.saving) }) : t('new-todo-gain-label'),
      of: `${id}-cost`,
      change: need.saving ? -need.saving : 0,
    })),
  };
}

/** Ids from titles: the Latin words of a title, or `need-N` for a title without any (a Chinese one); never twice the same. */
export function uniqueIds(titles: readonly string[]): string[] {
  const taken = new Set<string>();
  return titles.map((title, i) => {
    const words = title.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    const base = words.slice(0, 3).join('-').slice(0, 40).replace(/-+$/, '') || `need-${i + 1}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

const isRecord = (value: unknown): value is Draft => typeof value === 'object' && value !== null && !Array.isArray(value);
const recordAt = (parent: Draft, key: string): Draft => {
  const found = parent[key];
  if (isRecord(found)) return found;
  const made: Draft = {};
  parent[key] = made;
  return made;
};
const listAt = (parent: Draft, key: string): unknown[] => (Array.isArray(parent[key]) ? (parent[key] as unknown[]) : []);
const missing = (record: Draft, key: string): boolean => record[key] === undefined || record[key] === null || record[key] === '';

/** The same meeting with a placeholder in every field the method asks for that is still empty. */
export function withPlaceholders(meeting: Draft, t: Translate): Draft {
  const draft = structuredClone(meeting);
  const fill = (record: Draft, key: string, todo: string): void => {
    if (missing(record, key)) record[key] = t(todo);
  };
  const deck = recordAt(draft, 'deck');
  fill(deck, 'title', 'new-todo-deck-title');
  if (!isRecord(draft.presenter)) draft.presenter = { name: t('new-todo-presenter-name'), company: t('new-todo-presenter-company') };
  const customer = recordAt(draft, 'customer');
  fill(customer, 'name', 'new-todo-customer-name');
  fill(customer, 'industry', 'new-todo-customer-industry');
  fill(customer, 'situation', 'new-todo-customer-situation');
  const goal = recordAt(draft, 'goal');
  fill(goal, 'message', 'new-todo-goal-message');
  if (listAt(goal, 'why_us').length === 0) goal.why_us = [t('new-todo-why-us')];

  if (listAt(draft, 'audience').length === 0) draft.audience = [{ name: t('new-todo-person-name'), title: undefined, role: 'executive', decision: 'decision-maker' }];
  for (const person of listAt(draft, 'audience').filter(isRecord)) {
    fill(person, 'title', 'new-todo-person-title');
    for (const concern of listAt(person, 'concerns').filter(isRecord)) fill(concern, 'answer', 'new-todo-concern-answer');
  }

  if (listAt(draft, 'needs').length === 0) draft.needs = [{ id: 'need-1', title: t('new-todo-need-title'), priority: 1, situation: undefined, problem: undefined, implication: undefined, payoff: undefined }];
  for (const need of listAt(draft, 'needs').filter(isRecord)) {
    for (const [key, todo] of [['situation', 'need-situation'], ['problem', 'need-problem'], ['implication', 'need-implication'], ['payoff', 'need-payoff']] as const) fill(need, key, `new-todo-${todo}`);
    if (listAt(need, 'features').length === 0) need.features = [placeholderCard(t)];
  }

  if (listAt(draft, 'competitors').length === 0) draft.competitors = [{ name: t('new-todo-competitor-name') }];
  for (const competitor of listAt(draft, 'competitors').filter(isRecord)) {
    if (listAt(competitor, 'strengths').length === 0 && listAt(competitor, 'weaknesses').length === 0) {
      competitor.strengths = [t('new-todo-competitor-strength')];
      competitor.weaknesses = [t('new-todo-competitor-weakness')];
    }
  }

  const strategy = recordAt(draft, 'strategy');
  if (listAt(strategy, 'excitement').length === 0) strategy.excitement = [t('new-todo-excitement')];
  if (!Array.isArray(draft.cases)) draft.cases = [];
  if (isRecord(draft.value)) for (const fact of listAt(draft.value, 'facts').filter(isRecord)) fill(fact, 'source', 'new-todo-fact-source');
  const opening = recordAt(draft, 'opening');
  if (missing(opening, 'technique')) opening.technique = 'question';
  fill(opening, 'hook', 'new-todo-hook');
  fill(recordAt(draft, 'closing'), 'call_to_action', 'new-todo-ask');
  const qualification = recordAt(draft, 'qualification');
  fill(qualification, 'timeline', 'new-todo-timeline');
  fill(qualification, 'budget', 'new-todo-budget');
  fill(qualification, 'decision_process', 'new-todo-decision-process');
  return draft;
}

/** An inline card of placeholders, for a need no library card was picked for. */
export function placeholderCard(t: Translate): Draft {
  return {
    name: t('new-todo-card-name'),
    feature: t('new-todo-card-feature'),
    function: t('new-todo-card-function'),
    advantage: t('new-todo-card-advantage'),
    benefit: t('new-todo-card-benefit'),
    demo: [t('new-todo-card-demo')],
  };
}
