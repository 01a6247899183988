// What `demodeck new` learns about a meeting, from the interview or from flags: only what was
// answered. Everything left undefined becomes a placeholder in the file (draftMeeting.ts).
import type { Decision, Language, Role, Stance } from '../validate/enums.js';

export interface MeetingAnswers {
  customer?: string;
  language: Language;
  duration?: number;
  people: PersonAnswers[];
  needs: NeedAnswers[];
  competitors: CompetitorAnswers[];
  /** The currency of the money answers and the quote. */
  currency?: string;
  quote?: QuoteAnswers;
  /** The call to action. */
  ask?: string;
}

export interface PersonAnswers {
  name: string;
  title?: string;
  role: Role;
  decision: Decision;
  stance: Stance;
  concerns: ConcernAnswers[];
  leavesAfter?: number;
}

export interface ConcernAnswers {
  concern: string;
  answer?: string;
  /** A need id or a card id: the slide that answers it. */
  at?: string;
}

export interface NeedAnswers {
  title: string;
  problem?: string;
  /** What the problem costs the customer a year, in the meeting's currency. */
  yearlyCost?: number;
  costSource?: string;
  /** The share of that cost the solution removes, 0–1. */
  saving?: number;
  /** Library card ids. */
  cards: string[];
  /** A person's name from `people`. */
  owner?: string;
}

export interface CompetitorAnswers {
  name: string;
  strength?: string;
  weakness?: string;
}

export interface QuoteAnswers {
  licence: number;
  delivery: number;
  days?: number;
  serviceRate: number;
}

/** The default currency of a meeting held in this language, before anyone says otherwise. */
export const defaultCurrency = (language: Language): string => (language === 'zh-CN' ? 'CNY' : 'USD');

export const DEFAULT_DURATION = 45;
