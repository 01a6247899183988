// The SlidePlan: the ordered slides of one deck, each with why it is there. plan.json is a
// projection of it (toPlanJson); the renderer reads the bodies and notes.
import type { CaseResult, Language, Role, Sale, ValuePoint } from '../types.js';
import type { ValueCase } from './figures/valueCase.js';
import type { Quote } from './pricing.js';

export type SlideKind =
  | 'title' | 'opening' | 'agenda' | 'situation' | 'overview' | 'need' | 'ffab' | 'value' | 'comparison'
  | 'case' | 'implementation' | 'assurance' | 'pricing' | 'closing' | 'qna' | 'backup';

export type SectionId =
  | 'opening' | 'situation' | 'overview' | 'needs' | 'value' | 'comparison' | 'cases'
  | 'implementation' | 'pricing' | 'qna' | 'closing' | 'appendix';

/** Which of the six method steps a section carries out (docs/demo-method.md). */
export const SECTION_STEP: Record<SectionId, number> = {
  opening: 6, situation: 1, overview: 4, needs: 4, value: 4, comparison: 3, cases: 4,
  implementation: 4, pricing: 4, qna: 6, closing: 6, appendix: 5,
};

export interface AudienceNote {
  name: string;
  role: Role;
  /** The role in the deck's language, as the presenter reads it. */
  roleLabel: string;
  stress: string;
}

export interface SlideNotes {
  /** What to say, in order. */
  say: string[];
  /** A cue for each listener this slide matters to, from this slide's content and their concerns
   * (`stress`); on the agenda, each listener's role profile, which the other slides do not repeat. */
  audience: AudienceNote[];
  /** Answers to have ready: objections, competitor lines, contingencies. */
  ready: string[];
}

export interface LabelledText {
  label: string;
  text: string;
}

export interface ValueItem {
  figure?: string;
  text: string;
}

/** The value case as the value slide shows it: every figure already formatted, each with its source. */
export interface ValueCaseBody {
  /** The yearly value ("€424k a year"). */
  headline: string;
  /** "pays back in 5.3 months", or why it does not; absent without a quote. */
  payback?: string;
  /** "plus €1.2M cash freed once", when turnover frees cash. */
  cash?: string;
  points: { point: ValuePoint; title: string; total: string; gains: { label: string; money: string; source: string }[] }[];
  chart?: PaybackChart;
}

/** The cumulative net value month by month (month 0 = the one-time cost), with its labels. */
export interface PaybackChart {
  cumulative: number[];
  /** The payback month when it falls within the chart, else null. */
  paybackMonths: number | null;
  title: string;
  oneTime: string;
  payback: string;
  end: string;
  months: string;
}

export type SlideBody =
  | { kind: 'title'; title: string; subtitle?: string; customer: string; presenter?: string; date?: string }
  | { kind: 'opening'; heading?: string; lines: string[]; emphasis?: string; technique?: string }
  | { kind: 'agenda'; items: { title: string; minutes: string; value: number }[]; rules: string[]; rulesTitle: string }
  | { kind: 'situation'; intro?: string; facts: LabelledText[]; rows: { need: string; situation: string; problem: string }[]; headers: string[] }
  | { kind: 'overview'; structure: string; layers: { title: string; items: string[] }[]; lead?: string }
  | { kind: 'need'; steps: LabelledText[]; money?: LabelledText }
  | { kind: 'ffab'; parts: LabelledText[]; benefitLabel: string; benefit: string }
  | { kind: 'value'; columns: { point: ValuePoint; title: string; items: ValueItem[] }[]; valueCase?: ValueCaseBody }
  | { kind: 'comparison'; headers: string[]; rows: string[][]; advantages: string[]; advantagesTitle: string }
  | { kind: 'case'; client: string; industry?: string; sections: LabelledText[]; results: CaseResult[]; recognition: string[] }
  | { kind: 'implementation'; phases: { title: string; days: string; dayCount: number; text: string }[]; totalDays: string; lines: string[] }
  | { kind: 'assurance'; lines: string[] }
  | { kind: 'pricing'; headers: string[]; rows: { item: string; amount: string; note?: string; total?: boolean }[]; footnote: string }
  | { kind: 'closing'; action: string; message?: string; contact: string[] }
  | { kind: 'qna'; prompt: string }
  | { kind: 'backup'; items: LabelledText[] };

export interface PlannedSlide {
  index: number;
  kind: SlideKind;
  section: SectionId;
  title: string;
  /** Minutes to spend, in whole or half minutes; 0 for appendix slides. */
  minutes: number;
  /** Minutes from the meeting's start to this main-line slide; undefined in the appendix. */
  start?: number;
  appendix: boolean;
  for: string[];
  reason: string;
  body: SlideBody;
  notes: SlideNotes;
  /** Questions shown on the slide with their answers: a resistant listener's concerns, unnamed. */
  asked: { q: string; a: string }[];
  /** The need the slide belongs to, if any (not part of plan.json). */
  needId?: string;
  /** The card an FFAB slide (or its backup) presents. */
  cardId?: string;
}

export interface PlanWarning {
  code: string;
  message: string;
}

/** A listener's concern and the slide that answers it (plan.json `concerns`). */
export interface ConcernAnswer {
  person: string;
  concern: string;
  /** The answering slide's index, or null when no slide answers it. */
  slide: number | null;
  /** What the presenter says in answer (the author's words, or the answering slide's), or null. */
  answer: string | null;
}

/** An excitement point and the slide that shows it (plan.json `excitement`), or null when none is sure to. */
export interface ExcitementAnswer {
  point: string;
  slide: number | null;
}

/** Where a contingency is read and where its key jumps (plan.json `contingencies`). */
export interface ContingencyAnswer {
  if: string;
  /** The contingency's `then`. */
  action: string;
  slide: number;
  jumpTo: number | null;
  /** N of Shift+N, or null without a jump (not part of plan.json). */
  key: number | null;
  /** Ids of the cards whose click path it needs (`show` and a card `jump_to`; not part of plan.json). */
  cards: string[];
}

/** Someone who may leave before the end, and whether the value case comes before (not in plan.json). */
export interface LeaverAnswer {
  name: string;
  minute: number;
  valueSlide: number | null;
  valueStartsAt: number | null;
  heard: boolean;
  key: number | null;
  /** A decision maker's own close before they leave (src/plan/earlyClose.ts); null for anyone else. */
  close: LeaverClose | null;
}

export interface LeaverClose {
  /** The slide of their ask, and the minutes their close runs (from the first part to the ask). */
  index: number;
  from: number;
  to: number;
  shown: string[];
  missed: string[];
  fits: boolean;
}

export interface SlidePlan {
  deck: string;
  language: Language;
  duration: number;
  primaryAudience: { name: string; role: Role } | null;
  /** `minutes` exact (tenths); `wholeMinutes` what the agenda and brief show, adding up to the duration. */
  sections: { id: SectionId; step: number; minutes: number; wholeMinutes: number }[];
  /** Minutes no slide is planned for (`deck.buffer`). */
  buffer: number;
  /** The clock time the meeting starts (minutes since midnight) when the build was given `--start`. */
  clockStart?: number;
  slides: PlannedSlide[];
  warnings: PlanWarning[];
  concerns: ConcernAnswer[];
  excitement: ExcitementAnswer[];
  contingencies: ContingencyAnswer[];
  leavers: LeaverAnswer[];
  /** 快刀式 (quick, feature-led) or 工序式 (process, value-led): where the value case sits. */
  sale: Sale;
  /** The value case's figures (src/plan/figures/valueCase.ts); null without `value:` in the config. */
  value: ValueCase | null;
  /** The split quote the pricing slide shows (not part of plan.json); undefined without `pricing:`. */
  quote?: Quote;
  /** Names as written in the config, by the isolated form the deck shows (right-to-left names
   * are wrapped in direction isolates for display; plan.json keeps them exactly as written). */
  writtenNames?: ReadonlyMap<string, string>;
}

/** The plan.json contract (README.md, "What you get per deck"): extend, never break. */
export function toPlanJson(plan: SlidePlan): object {
  const written = (name: string): string => plan.writtenNames?.get(name) ?? name;
  return {
    deck: plan.deck,
    language: plan.language,
    duration: plan.duration,
    primaryAudience: plan.primaryAudience && { name: written(plan.primaryAudience.name), role: plan.primaryAudience.role },
    sections: plan.sections,
    buffer: plan.buffer,
    slides: plan.slides.map((s) => ({
      index: s.index, kind: s.kind, section: s.section, title: s.title, minutes: s.minutes, start: s.start ?? null,
      appendix: s.appendix, for: s.for.map(written), reason: s.reason,
    })),
    warnings: plan.warnings,
    // `then` is the contract's key (shared/design/deck-config.md); this object is never awaited.
    // eslint-disable-next-line unicorn/no-thenable
    contingencies: plan.contingencies.map((c) => ({ if: c.if, then: c.action, slide: c.slide, jumpTo: c.jumpTo })),
    concerns: plan.concerns.map((c) => ({ person: written(c.person), concern: c.concern, slide: c.slide, answer: c.answer })),
    excitement: plan.excitement,
    sale: plan.sale,
    value: plan.value && valueJson(plan.value),
  };
}

/** The contract's `value` shape: unrounded numbers; the payback a whole month from signing
 * (`paybackMonth`, and the same in the older `paybackMonths`), null when there is none. */
function valueJson(value: ValueCase): object {
  return {
    currency: value.currency,
    yearly: value.yearly,
    cashFreed: value.cashFreed,
    oneTime: value.oneTime,
    yearlyCost: value.yearlyCost,
    goLiveMonth: value.goLiveMonth,
    rampMonths: value.rampMonths,
    paybackMonth: value.paybackMonth,
    paybackMonths: value.paybackMonths,
    threeYearNet: value.threeYearNet,
    points: value.points.map((p) => ({
      point: p.point,
      yearly: p.yearly,
      cashFreed: p.cashFreed,
      gains: p.gains.map((g) => ({ need: g.need, label: g.label, yearly: g.yearly, cashFreed: g.cashFreed, source: g.source, evidence: g.evidence?.id ?? null })),
    })),
  };
}
