// What every slide builder reads, and the draft a builder returns before minutes and indexes.
import type { Person, ResolvedMeeting } from '../types.js';
import type { PrimaryAudience } from './audience.js';
import type { PlanWarning, SectionId, SlideBody, SlideKind } from './slidePlan.js';
import type { Translate } from './text.js';

export interface PlanContext {
  meeting: ResolvedMeeting;
  t: Translate;
  people: readonly Person[];
  primary: PrimaryAudience | undefined;
  warnings: PlanWarning[];
}

export interface SlideDraft {
  kind: SlideKind;
  section: SectionId;
  title: string;
  appendix?: boolean;
  /** Added to the people the kind of slide speaks to (e.g. whoever the need matters to). */
  alsoFor?: readonly Person[];
  reason: string;
  body: SlideBody;
  say: string[];
  ready?: string[];
  /** Multiplies the kind's usual share of time. */
  weight?: number;
}
