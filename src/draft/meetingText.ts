// The meeting draft as the file a presales engineer reads: the schema line for editors, then every
// section of the contract in its usual order, each under one comment line saying what the method
// wants there. A section whose required fields are figures nobody gave (the quote, the value case)
// is written commented out: a made-up amount would reach a slide, a commented line cannot.
import type { Node } from 'yaml';
import { isMap, isSeq, yamlLibrary } from '../source/yamlLibrary.js';
import type { Translate } from '../plan/text.js';
import type { Draft } from './draftMeeting.js';

/** The contract's sections, in the order the examples in decks/ and the reference use. */
const SECTIONS = ['deck', 'presenter', 'customer', 'goal', 'audience', 'needs', 'competitors', 'strategy', 'cases', 'pricing', 'value', 'opening', 'closing', 'qualification'] as const;

/** Lists whose items read best on one line each, as in the examples: `- {id: …, label: …}`. */
const FLOW_ITEMS: readonly (readonly string[])[] = [['value', 'facts'], ['value', 'gains'], ['strategy', 'contingencies']];

export interface MeetingTextOptions {
  /** The `$schema` reference, relative to the file. */
  schema: string;
  /** The file as the user named it, for the header's check-deck line. */
  shownFile: string;
  /** The currency a commented-out quote or value case starts with. */
  currency: string;
  t: Translate;
}

export function meetingText(draft: Draft, { schema, shownFile, currency, t }: MeetingTextOptions): string {
  const parts = [`# yaml-language-server: $schema=${schema}\n${comment(t('new-header', { file: shownFile }))}`];
  for (const key of SECTIONS) {
    const about = comment(t(`new-about-${key}`));
    if (draft[key] !== undefined) parts.push(`${about}${sectionYaml(key, draft[key])}`);
    else if (key === 'pricing' || key === 'value') parts.push(`${about}${comment(t('new-commented'))}${commentedOut(yamlLibrary().stringify({ [key]: unansweredSection(key, draft, currency, t) }, { lineWidth: 0 }))}`);
  }
  return parts.join('\n');
}

function sectionYaml(key: string, value: unknown): string {
  const doc = new (yamlLibrary().Document)({ [key]: value });
  for (const path of FLOW_ITEMS) {
    if (path[0] !== key) continue;
    const list = doc.getIn(path, true) as Node | undefined;
    if (isSeq(list)) for (const item of list.items) if (isMap(item)) item.flow = true;
  }
  const ids = doc.getIn(['needs'], true) as Node | undefined;
  // Library card ids read as a short list on one line: `features: [ar-ageing, ar-credit-control]`.
  if (key === 'needs' && isSeq(ids)) {
    for (const need of ids.items) {
      const features = isMap(need) ? need.get('features', true) : undefined;
      if (isSeq(features) && features.items.every((f) => !isMap(f))) features.flow = true;
    }
  }
  return doc.toString({ lineWidth: 0 });
}

/** The shape of a section nobody answered yet: the fields to fill, the texts placeholders. */
function unansweredSection(key: 'pricing' | 'value', draft: Draft, currency: string, t: Translate): Draft {
  if (key === 'pricing') {
    return { currency, licence: [{ item: t('new-todo-licence-item'), amount: 0 }], delivery: { amount: 0, days: 0 }, annual_service_rate: 0.15 };
  }
  const needs = Array.isArray(draft.needs) ? (draft.needs as Draft[]) : [];
  const need = typeof needs[0]?.id === 'string' ? needs[0].id : 'need-1';
  return {
    currency,
    facts: [{ id: 'yearly-cost', label: t('new-todo-need-implication'), amount: 0, source: t('new-todo-fact-source') }],
    gains: [{ need, point: 'reduce-cost', label: t('new-todo-gain-label'), of: 'yearly-cost', change: 0 }],
  };
}

const comment = (text: string): string => `# ${text}\n`;
const commentedOut = (yaml: string): string => yaml.split('\n').filter((line) => line !== '').map((line) => `# ${line}\n`).join('');
