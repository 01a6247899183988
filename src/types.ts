// The data that flows between the stages: config → resolved meeting → slide plan → markup.
import type { ListSplit } from './source/listSplits.js';
import type { PlaceholderField } from './source/placeholders.js';
import type { DeckConfig } from './validate/deckSchema.js';
import type { Language, Role, Stance, Structure, ValuePoint, Decision, Technique, Positioning, Industry, Sale } from './validate/enums.js';

export type { DeckConfig, Language, Role, Stance, Structure, ValuePoint, Decision, Technique, Positioning, Industry, Sale };

/** UI strings of one language, looked up by key. */
export type Strings = ReadonlyMap<string, string>;

export interface ResolvedFeature {
  id: string;
  origin: 'project' | 'library' | 'inline';
  name: string;
  module?: string;
  value?: ValuePoint;
  feature: string;
  function: string;
  advantage: string;
  benefit: string;
  benefitsByRole: Partial<Record<Role, string>>;
  metric?: { figure: string; label: string; measures?: string };
  demo: string[];
  /** Step numbers (from 1) of `demo` that carry the card's point; empty when the card does not say. */
  mustShow: number[];
  /** What must exist on the demo system before the meeting; `{date}` stands for the meeting's date. */
  prepare: string[];
  questions: { q: string; a: string }[];
  /** How the card meets the customer's industry (docs/content-format.md, "Industries"). */
  industryFit: IndustryFit;
}

/**
 * `fits`: written for the customer's industry (or for any); `reworded`: shown in the card's wording
 * for that industry; `mismatch`: written for other industries, with no wording for this one.
 */
export type IndustryFit = { status: 'fits' } | { status: 'reworded'; industry: Industry } | { status: 'mismatch'; written: Industry[] };

export interface ResolvedNeed {
  id: string;
  title: string;
  priority: number;
  focus: boolean;
  order: number;
  situation?: string;
  problem?: string;
  implication?: string;
  payoff?: string;
  value: ValuePoint;
  features: ResolvedFeature[];
}

export interface CaseResult {
  label: string;
  before?: string;
  after?: string;
  change?: string;
  /** What the result measures (a slug shared with feature cards' metrics). */
  measures?: string;
  /** The figures were read out of the label (an inline case's sentence), which already says them. */
  figureFromLabel?: boolean;
}

export interface ResolvedCase {
  id: string;
  client: string;
  industry?: string;
  industryTags: string[];
  business?: string;
  problem: string;
  solution: string;
  delivery?: string;
  results: CaseResult[];
  recognition: string[];
  /** The case's industries when none is the customer's (a peer's result persuades, another trade's less). */
  otherIndustries?: Industry[];
}

export interface ResolvedProduct {
  id: string;
  name: string;
  segment: string;
  positioning: string;
  modules: { id: string; name: string }[];
}

export interface ResolvedObjection {
  id: string;
  kind: string;
  says: string;
  meaning: string;
  answer: string;
  /** How the answer meets the customer's industry, as for a card. */
  industryFit: IndustryFit;
}

export type Person = DeckConfig['audience'][number];
export type Competitor = DeckConfig['competitors'][number];

/** An image from inside the project, ready to embed. */
export interface EmbeddedImage {
  dataUri: string;
}

export interface ResolvedMeeting {
  deckName: string;
  deckFile: string;
  projectDir: string;
  language: Language;
  config: DeckConfig;
  /** `customer.industry` mapped onto the library's industries; empty when no keyword matches. */
  industries: Industry[];
  strings: Strings;
  product?: ResolvedProduct;
  needs: ResolvedNeed[];
  cases: ResolvedCase[];
  objections: ResolvedObjection[];
  themeCss: string;
  logos: { customer?: EmbeddedImage; presenter?: EmbeddedImage; brand?: EmbeddedImage };
  /** Flow-list items a comma split off the text before them (readiness `list-split-at-comma`). */
  listSplits?: readonly ListSplit[];
  /**
   * Texts still holding a `demodeck new` placeholder (readiness `placeholders-left`): the deck
   * file's in its order, then those of the project's own cards and cases it uses; `file` is set
   * for the latter, relative to the project folder.
   */
  placeholders?: readonly MeetingPlaceholder[];
}

export interface MeetingPlaceholder extends PlaceholderField {
  file?: string;
}
