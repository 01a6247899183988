// The data that flows between the stages: config → resolved meeting → slide plan → markup.
import type { DeckConfig } from './validate/deckSchema.js';
import type { Language, Role, Stance, Structure, ValuePoint, Decision, Technique, Positioning } from './validate/enums.js';

export type { DeckConfig, Language, Role, Stance, Structure, ValuePoint, Decision, Technique, Positioning };

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
  metric?: { figure: string; label: string };
  demo: string[];
  questions: { q: string; a: string }[];
}

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
  strings: Strings;
  product?: ResolvedProduct;
  needs: ResolvedNeed[];
  cases: ResolvedCase[];
  objections: ResolvedObjection[];
  themeCss: string;
  logos: { customer?: EmbeddedImage; presenter?: EmbeddedImage; brand?: EmbeddedImage };
}
