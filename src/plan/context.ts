// What every slide builder reads, and the draft a builder returns before minutes and indexes.
import type { Person, ResolvedFeature, ResolvedMeeting, ResolvedNeed } from '../types.js';
import type { PrimaryAudience } from './audience.js';
import type { Emphasis } from './emphasis.js';
import type { EarlyClose } from './earlyClose.js';
import type { MeetingLinks } from './links/model.js';
import type { ValueCase } from './figures/valueCase.js';
import type { Quote } from './pricing.js';
import type { PlanWarning, SectionId, SlideBody, SlideKind } from './slidePlan.js';
import type { Translate } from './text.js';

export interface PlanContext {
  meeting: ResolvedMeeting;
  t: Translate;
  people: readonly Person[];
  primary: PrimaryAudience | undefined;
  emphasis: Emphasis;
  warnings: PlanWarning[];
  /** The quote and the value case, computed once for every slide that shows a figure. */
  quote: Quote | undefined;
  value: ValueCase | null;
  /** What answers each concern and shows each excitement point, linked once (src/plan/links/). */
  links: MeetingLinks;
  /** The short close of a decision maker who may leave early (src/plan/earlyClose.ts), once timed. */
  earlyClose?: EarlyClose;
}

export interface SlideDraft {
  kind: SlideKind;
  section: SectionId;
  title: string;
  appendix?: boolean;
  /** Whose interest decides `for`, when it differs from `kind` (a backup FFAB speaks like an FFAB). */
  audienceKind?: SlideKind;
  /** Added to the people the kind of slide speaks to (e.g. whoever the need matters to). */
  alsoFor?: readonly Person[];
  reason: string;
  body: SlideBody;
  say: string[];
  ready?: string[];
  /** The need (and card) a slide presents, for time budgeting and notes. */
  need?: ResolvedNeed;
  card?: ResolvedFeature;
  /** Stays in the main line when time is short (the value case while a decision maker attends). */
  keep?: boolean;
  /** Minutes the slide would take if time were no issue, before fitting to the meeting. */
  minutes?: number;
  /** The early close of this person, who may leave before the meeting ends. */
  closesFor?: string;
}
