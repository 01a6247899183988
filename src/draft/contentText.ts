// A new feature card or success case in the library's format (docs/content-format.md): every text
// in both languages, as the format requires, each a placeholder; a comment above each field says
// what it holds, in the language(s) asked for. A deck of the same project uses it by id at once.
import { yamlLibrary } from '../source/yamlLibrary.js';
import type { Translate } from '../plan/text.js';
import type { Draft } from './draftMeeting.js';

export type ContentDraftKind = 'card' | 'case';

export interface ContentTextOptions {
  id: string;
  /** The `$schema` reference, relative to the file. */
  schema: string;
  /** Translators for the placeholder texts of each language. */
  en: Translate;
  zh: Translate;
  /** The translators the comments are written with: one language, or both. */
  comments: readonly Translate[];
}

type Field = [key: string, about: string | undefined, value: unknown];

export function contentText(kind: ContentDraftKind, options: ContentTextOptions): string {
  const { id, schema, en, zh, comments } = options;
  const both = (key: string): Draft => ({ en: en(key), 'zh-CN': zh(key) });
  const fields: Field[] = kind === 'card'
    ? [
      ['name', 'new-card-name', both('new-todo-card-name')],
      ['module', 'new-card-module', undefined],
      ['value', 'new-card-value', 'reduce-cost'],
      ['feature', 'new-card-feature', both('new-todo-card-feature')],
      ['function', 'new-card-function', both('new-todo-card-function')],
      ['advantage', 'new-card-advantage', both('new-todo-card-advantage')],
      ['benefit', 'new-card-benefit', both('new-todo-card-benefit')],
      ['demo', 'new-card-demo', [both('new-todo-card-demo')]],
      ['must_show', 'new-card-must-show', [1]],
      ['prepare', 'new-card-prepare', [both('new-todo-card-prepare')]],
      ['questions', 'new-card-questions', [{ q: both('new-todo-card-question'), a: both('new-todo-card-answer') }]],
    ]
    : [
      ['client', 'new-case-client', both('new-todo-case-client')],
      ['industry', 'new-case-industry', both('new-todo-case-industry')],
      ['industry_tags', undefined, []],
      ['problem', 'new-case-problem', both('new-todo-case-problem')],
      ['solution', 'new-case-solution', both('new-todo-case-solution')],
      ['delivery', 'new-case-delivery', both('new-todo-case-delivery')],
      ['results', 'new-case-results', [{ label: both('new-todo-case-result'), change: en('new-todo-case-figure') }]],
    ];
  const about = kind === 'card' ? 'new-card-about' : 'new-case-about';
  const lines = [`# yaml-language-server: $schema=${schema}`, ...comments.map((t) => `# ${t(about, { id })}`)];
  for (const [key, aboutKey, value] of fields) {
    if (aboutKey !== undefined) lines.push(...comments.map((t) => `# ${t(aboutKey)}`));
    // An optional slug has no placeholder text that would still validate: it is shown, commented out.
    lines.push(value === undefined ? `# ${key}: receivables` : yamlLibrary().stringify({ [key]: value }, { lineWidth: 0 }).trimEnd());
  }
  return `${lines.join('\n')}\n`;
}
