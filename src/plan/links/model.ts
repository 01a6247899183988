// What the linking step hands to the rest of planning: for every concern and every excitement
// point, where it is answered or shown — a place the author named, a place the structure of the
// meeting makes certain, or nowhere (said out loud in readiness, never guessed).
import type { Person, ResolvedCase } from '../../types.js';

/** The sections a link may name (config `at`), plus the reassurance slide the tool builds. */
export type LinkSection = 'value' | 'pricing' | 'implementation' | 'cases' | 'comparison' | 'closing' | 'assurance';

export type LinkTarget =
  | { kind: 'need'; needId: string }
  | { kind: 'card'; cardId: string }
  | { kind: 'section'; section: LinkSection };

/** `author`: the config names it; `structure`: an id, name, question or topic the tool owns says so. */
export type LinkSource = 'author' | 'structure';

export interface ConcernLink {
  person: Person;
  concern: string;
  /** Where it is answered; undefined when nothing in the deck is sure to answer it. */
  target?: LinkTarget;
  /** What the presenter says as the answer. */
  answer?: string;
  /** The answer is a sentence that answers the concern (not a pointer like "the quote on this slide"), so it may be shown on a slide. */
  showable: boolean;
  by?: LinkSource;
}

export interface ExcitementLink {
  point: string;
  target?: LinkTarget;
  by?: LinkSource;
}

export interface MeetingLinks {
  concerns: ConcernLink[];
  excitement: ExcitementLink[];
  /** Per need id, the case the author named as its proof. */
  evidence: ReadonlyMap<string, ResolvedCase>;
  /** Cards that must stay in the main line: named by a decision maker's or a resistant listener's concern, or by an excitement point. */
  mainLineCards: ReadonlySet<string>;
}

/** Section ids (config) and the kind of slide each means. */
export const SECTION_KIND = {
  value: 'value', pricing: 'pricing', implementation: 'implementation', cases: 'case', comparison: 'comparison', closing: 'closing', assurance: 'assurance',
} as const satisfies Record<LinkSection, string>;

export function isLinkSection(id: string): id is LinkSection {
  return Object.hasOwn(SECTION_KIND, id);
}
