// Readiness `name-on-slide`: an audience member's name in a text the config puts on a visible
// slide (a figure's source, the situation, the hook, the call to action…). Who said what belongs
// in the notes and the brief; in front of the room a name reads as blame or as gossip.
import { namesOf } from '../plan/audience.js';
import { isPlaceholder } from '../source/placeholders.js';
import type { DeckConfig } from '../validate/deckSchema.js';

/** Config texts shown on slides, each with its field path. */
function shownTexts(config: DeckConfig): [string, string][] {
  const out: [string, string][] = [];
  const add = (path: string, text: string | undefined): void => {
    if (text !== undefined) out.push([path, text]);
  };
  add('deck.title', config.deck.title);
  add('deck.subtitle', config.deck.subtitle);
  add('customer.situation', config.customer.situation);
  add('goal.message', config.goal?.message);
  config.goal?.why_us.forEach((text, i) => add(`goal.why_us[${i}]`, text));
  config.goal?.advantages.forEach((text, i) => add(`goal.advantages[${i}]`, text));
  add('opening.hook', config.opening?.hook);
  config.opening?.rules.forEach((text, i) => add(`opening.rules[${i}]`, text));
  config.needs.forEach((need, n) => {
    for (const key of ['title', 'situation', 'problem', 'implication', 'payoff'] as const) add(`needs[${n}].${key}`, need[key]);
    need.features.forEach((card, c) => {
      if (typeof card === 'string') return;
      for (const key of ['name', 'feature', 'function', 'advantage', 'benefit'] as const) add(`needs[${n}].features[${c}].${key}`, card[key]);
    });
  });
  config.cases.forEach((entry, c) => {
    if (typeof entry === 'string') return;
    for (const key of ['problem', 'solution', 'delivery'] as const) add(`cases[${c}].${key}`, entry[key]);
    entry.results.forEach((text, r) => add(`cases[${c}].results[${r}]`, text));
  });
  config.value?.facts.forEach((fact, i) => {
    add(`value.facts[${i}].label`, fact.label);
    add(`value.facts[${i}].source`, fact.source);
  });
  config.value?.gains.forEach((gain, i) => add(`value.gains[${i}].label`, gain.label));
  add('closing.call_to_action', config.closing?.call_to_action);
  return out;
}

/** Every shown text that names someone in the audience: the field and the name. */
export function namesOnSlides(config: DeckConfig): { field: string; name: string }[] {
  // A placeholder (`TODO: the name of …`) is no one's name: its words are in every other placeholder, and `placeholders-left` names it.
  const people = config.audience.filter((person) => !isPlaceholder(person.name)).map((person) => ({
    name: person.name,
    // A Chinese job title's stem (财务 of 财务经理) is a word, not a name: only names count here.
    forms: namesOf({ ...person, title: undefined }).map((form) => new NameForm(form)),
  }));
  return shownTexts(config).flatMap(([field, text]) => people.filter((p) => p.forms.some((form) => form.isIn(text))).map((p) => ({ field, name: p.name })));
}

/**
 * One written form of a name. A text that holds the name as a whole word holds its characters,
 * so the plain search runs first; the pattern (Unicode letter classes, costly to compile in a
 * cold build) is made only for a text that passes it.
 */
class NameForm {
  private pattern: RegExp | undefined;

  constructor(private readonly form: string) {}

  isIn(text: string): boolean {
    if (!text.includes(this.form)) return false;
    this.pattern ??= /^[\p{Script=Han}]/u.test(this.form) ? new RegExp(escape(this.form), 'u') : new RegExp(`(^|[^\\p{L}])${escape(this.form)}(?![\\p{L}])`, 'u');
    return this.pattern.test(text);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
