// The questions `demodeck new` asks on a terminal, in the order the demo method thinks about a
// meeting: whose meeting, in which language and for how long; the people and their concerns; the
// needs and their money; the competitors, the quote and the ask. Every question has a default that
// Enter accepts (a loop's default is "no more"); what is left unanswered becomes a placeholder.
// The prompt library is loaded here only, so no other command pays for it.
import type { Translate } from '../plan/text.js';
import { DECISIONS, ROLES, STANCES, type Decision, type Language, type Role, type Stance } from '../validate/enums.js';
import { MAX_TEXT } from '../validate/fields.js';
import { defaultCurrency, DEFAULT_DURATION, type CompetitorAnswers, type MeetingAnswers, type NeedAnswers, type PersonAnswers } from './answers.js';
import { uniqueIds } from './draftMeeting.js';

/** Ctrl+C during the interview: nothing is written. */
export class InterviewCancelled extends Error {}

export interface InterviewSetup {
  /** The file being written, as the user named it. */
  shownFile: string;
  /** What flags already said: each is the default of its question. */
  customer?: string;
  language?: Language;
  duration?: number;
  translators: Record<Language, Translate>;
  /** The cards a need can be answered with, in the chosen language, by id. */
  cards: (language: Language) => { id: string; name: string }[];
}

type Clack = typeof import('@clack/prompts');

export async function interview(setup: InterviewSetup): Promise<MeetingAnswers> {
  const clack = await import('@clack/prompts');
  const ask = new Asker(clack, setup.translators.en);
  const { en, 'zh-CN': zh } = setup.translators;
  clack.intro(`demodeck new · ${setup.shownFile}`);
  // The language is not chosen yet, so the first question is asked in both.
  const customer = await ask.text(`${en('new-q-customer')} · ${zh('new-q-customer')}`, { fallback: setup.customer, hint: `${en('new-hint-unknown')} · ${zh('new-hint-unknown')}` });
  const languageQuestion = `${en('new-q-language')} · ${zh('new-q-language')} · ↑/↓ · Enter`;
  const language = await ask.select<Language>(languageQuestion, [{ value: 'en', label: 'English' }, { value: 'zh-CN', label: '简体中文' }], setup.language ?? 'en', languageQuestion);
  const t = setup.translators[language];
  ask.t = t;
  const duration = await ask.number(t('new-q-duration'), { fallback: setup.duration ?? DEFAULT_DURATION, min: 5, max: 240, whole: true, error: t('new-error-whole', { min: 5, max: 240 }) });
  const people = await askPeople(ask, t, duration);
  const currency = await ask.text(t('new-q-currency'), { fallback: defaultCurrency(language), validate: (v) => (/^[A-Z]{3}$/.test(v.toUpperCase()) ? undefined : t('new-error-currency')) });
  const needs = await askNeeds(ask, t, currency.toUpperCase(), people, setup.cards(language));
  await askWhereConcernsAreAnswered(ask, t, people, needs, setup.cards(language));
  const competitors = await askCompetitors(ask, t);
  const quote = await askQuote(ask, t, currency.toUpperCase());
  const callToAction = await ask.optionalText(t('new-q-ask'), t('new-todo-ask'));
  clack.outro();
  return { customer: customer || undefined, language, duration, people, needs, competitors, currency: currency.toUpperCase(), quote, ask: callToAction };
}

async function askPeople(ask: Asker, t: Translate, duration: number): Promise<PersonAnswers[]> {
  const people: PersonAnswers[] = [];
  for (let n = 1; ; n++) {
    const taken = new Set(people.map((p) => p.name));
    const name = await ask.optionalText(t('new-q-person-name', { n }), n === 1 ? t('new-hint-unknown') : t('new-hint-no-more'), (v) => (taken.has(v) ? t('new-error-name-taken', { name: v }) : undefined));
    if (name === undefined) return people;
    const first = n === 1;
    const title = await ask.optionalText(t('new-q-person-title', { name }), t('new-todo-person-title'));
    const role = await ask.select<Role>(t('new-q-person-role', { name }), ROLES.map((r) => ({ value: r, label: t(`new-role-${r}`) })), first ? 'executive' : 'manager');
    const decision = await ask.select<Decision>(t('new-q-person-decision', { name }), DECISIONS.map((d) => ({ value: d, label: t(`new-decision-${d}`) })), first ? 'decision-maker' : 'influencer');
    const stance = await ask.select<Stance>(t('new-q-person-stance', { name }), STANCES.map((s) => ({ value: s, label: t(`new-stance-${s}`) })), 'neutral');
    const concerns: PersonAnswers['concerns'] = [];
    for (;;) {
      const concern = await ask.optionalText(t('new-q-concern', { name }), t('new-hint-no-more'));
      if (concern === undefined) break;
      concerns.push({ concern, answer: await ask.optionalText(t('new-q-concern-answer', { concern }), t('new-todo-concern-answer')) });
    }
    const leavesAfter = await ask.optionalNumber(t('new-q-leaves', { name }), t('new-hint-stays'), { min: 1, max: duration - 1, whole: true, error: t('new-error-whole', { min: 1, max: duration - 1 }) });
    people.push({ name, title, role, decision, stance, concerns, leavesAfter });
  }
}

async function askNeeds(ask: Asker, t: Translate, currency: string, people: readonly PersonAnswers[], cards: readonly { id: string; name: string }[]): Promise<NeedAnswers[]> {
  const needs: NeedAnswers[] = [];
  for (let n = 1; ; n++) {
    const title = await ask.optionalText(t('new-q-need-title', { n }), n === 1 ? t('new-hint-unknown') : t('new-hint-no-more'));
    if (title === undefined) return needs;
    const need: NeedAnswers = { title, cards: [] };
    need.problem = await ask.optionalText(t('new-q-need-problem', { need: title }), t('new-todo-need-problem'));
    need.yearlyCost = await ask.optionalNumber(t('new-q-need-cost', { need: title, currency }), t('new-hint-unknown'), { min: 0, max: 1e12, error: t('new-error-amount') });
    if (need.yearlyCost !== undefined) {
      need.costSource = await ask.optionalText(t('new-q-need-source', { need: title }), t('new-todo-fact-source'));
      need.saving = await ask.optionalNumber(t('new-q-need-saving', { need: title }), t('new-hint-not-agreed'), { min: 0, max: 1, error: t('new-error-share') });
    }
    need.cards = await ask.multiselect(t('new-q-need-cards', { need: title }), cards.map((c) => ({ value: c.id, label: c.name, hint: c.id })));
    if (people.length > 0) {
      const owner = await ask.select<string>(t('new-q-need-owner', { need: title }), [{ value: '', label: t('new-pick-none') }, ...people.map((p) => ({ value: p.name, label: p.name }))], '');
      need.owner = owner || undefined;
    }
    needs.push(need);
  }
}

/** A concern's `at`: the need or card whose slide answers it, chosen once the needs are known. */
async function askWhereConcernsAreAnswered(ask: Asker, t: Translate, people: readonly PersonAnswers[], needs: readonly NeedAnswers[], cards: readonly { id: string; name: string }[]): Promise<void> {
  if (needs.length === 0) return;
  const ids = uniqueIds(needs.map((n) => n.title));
  const picked = [...new Set(needs.flatMap((n) => n.cards))];
  const options = [
    { value: '', label: t('new-pick-unlinked') },
    ...needs.map((n, i) => ({ value: ids[i] ?? '', label: t('new-pick-need', { title: n.title }) })),
    ...picked.map((id) => ({ value: id, label: t('new-pick-card', { name: cards.find((c) => c.id === id)?.name ?? id }) })),
  ];
  for (const person of people) {
    for (const concern of person.concerns) {
      const at = await ask.select<string>(t('new-q-concern-at', { name: person.name, concern: concern.concern }), options, '');
      if (at) concern.at = at;
    }
  }
}

async function askCompetitors(ask: Asker, t: Translate): Promise<CompetitorAnswers[]> {
  const competitors: CompetitorAnswers[] = [];
  for (let n = 1; n <= 10; n++) {
    const name = await ask.optionalText(t('new-q-competitor', { n }), n === 1 ? t('new-hint-unknown') : t('new-hint-no-more'));
    if (name === undefined) break;
    const strength = await ask.optionalText(t('new-q-competitor-strength', { name }), t('new-todo-competitor-strength'));
    const weakness = await ask.optionalText(t('new-q-competitor-weakness', { name }), t('new-todo-competitor-weakness'));
    competitors.push({ name, strength, weakness });
  }
  return competitors;
}

async function askQuote(ask: Asker, t: Translate, currency: string): Promise<MeetingAnswers['quote']> {
  const licence = await ask.optionalNumber(t('new-q-quote-licence', { currency }), t('new-hint-no-quote'), { min: 0, max: 1e12, error: t('new-error-amount') });
  if (licence === undefined) return undefined;
  const delivery = await ask.number(t('new-q-quote-delivery', { currency }), { fallback: 0, min: 0, max: 1e12, error: t('new-error-amount') });
  const days = await ask.optionalNumber(t('new-q-quote-days'), t('new-hint-not-planned'), { min: 0, max: 1000, error: t('new-error-days') });
  const serviceRate = await ask.number(t('new-q-quote-rate'), { fallback: 0.15, min: 0, max: 1, error: t('new-error-rate') });
  return { licence, delivery, days, serviceRate };
}

interface NumberRule {
  min: number;
  max: number;
  whole?: boolean;
  error: string;
}

/** Amounts are typed as people write them: `180,000` and `180 000` are 180000. */
const readNumber = (text: string): number => Number(text.replace(/[,\s_]/g, ''));
const fitsRule = (text: string, rule: NumberRule): boolean => {
  const n = readNumber(text);
  return text.trim() !== '' && Number.isFinite(n) && n >= rule.min && n <= rule.max && (!rule.whole || Number.isInteger(n));
};

/** The prompts, each returning its answer or throwing InterviewCancelled on Ctrl+C. */
class Asker {
  constructor(private readonly clack: Clack, public t: Translate) {}

  private answered<T>(value: T): Exclude<T, symbol> {
    if (this.clack.isCancel(value)) throw new InterviewCancelled();
    return value as Exclude<T, symbol>;
  }

  private tooLong = (value: string): string | undefined => (value.trim().length > MAX_TEXT ? this.t('new-error-too-long') : undefined);

  /** A text whose default is `fallback` (shown); returns '' when there is none and Enter is pressed. */
  async text(message: string, { fallback, hint, validate }: { fallback?: string; hint?: string; validate?: (value: string) => string | undefined }): Promise<string> {
    const value = this.answered(await this.clack.text({
      message,
      placeholder: fallback ?? hint,
      defaultValue: fallback ?? '',
      validate: (v) => (v === undefined || v.trim() === '' ? undefined : (this.tooLong(v) ?? validate?.(v.trim()))),
    }));
    return (value ?? '').trim() || (fallback ?? '');
  }

  /** A text Enter leaves unanswered; the hint says what that means (a placeholder, "no more"). */
  async optionalText(message: string, hint: string, validate?: (value: string) => string | undefined): Promise<string | undefined> {
    return (await this.text(message, { hint, validate })) || undefined;
  }

  async number(message: string, rule: NumberRule & { fallback: number }): Promise<number> {
    const value = await this.text(message, { fallback: String(rule.fallback), validate: (v) => (fitsRule(v, rule) ? undefined : rule.error) });
    return readNumber(value);
  }

  async optionalNumber(message: string, hint: string, rule: NumberRule): Promise<number | undefined> {
    const value = await this.optionalText(message, hint, (v) => (fitsRule(v, rule) ? undefined : rule.error));
    return value === undefined ? undefined : readNumber(value);
  }

  // The library's own key instructions are English only; the keys are said in the meeting's language instead.
  async select<T extends string>(question: string, options: { value: T; label: string }[], initialValue: T, message = this.t('new-keys-select', { question })): Promise<T> {
    // The library's Option type is conditional on the value type; a string union fits its first branch.
    const choice = await this.clack.select({ message, options: options as Parameters<Clack['select']>[0]['options'], initialValue, showInstructions: false });
    return this.answered(choice) as T;
  }

  async multiselect(message: string, options: { value: string; label: string; hint: string }[]): Promise<string[]> {
    if (options.length === 0) return [];
    return this.answered(await this.clack.multiselect({ message: this.t('new-keys-multiselect', { question: message }), options, required: false, maxItems: 10, showInstructions: false }));
  }
}
