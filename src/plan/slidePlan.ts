// The SlidePlan: the ordered slides of one deck, each with why it is there. plan.json is a
// projection of it (toPlanJson); the renderer reads the bodies and notes.
import type { Language, Role, ValuePoint } from '../types.js';

export type SlideKind =
  | 'title' | 'opening' | 'agenda' | 'situation' | 'overview' | 'need' | 'ffab' | 'value' | 'comparison'
  | 'case' | 'implementation' | 'assurance' | 'pricing' | 'closing' | 'qna' | 'backup';

export type SectionId =
  | 'opening' | 'situation' | 'overview' | 'needs' | 'value' | 'comparison' | 'cases'
  | 'implementation' | 'pricing' | 'qna' | 'closing' | 'appendix';

/** Which of the six method steps a section carries out (shared/domain/demo-method.md). */
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
  /** Who in the room cares about this slide and what to stress for each. */
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

export type SlideBody =
  | { kind: 'title'; title: string; subtitle?: string; customer: string; presenter?: string; date?: string }
  | { kind: 'opening'; heading?: string; lines: string[]; emphasis?: string; technique?: string }
  | { kind: 'agenda'; items: { title: string; minutes: string; value: number }[]; rules: string[]; rulesTitle: string }
  | { kind: 'situation'; intro?: string; facts: LabelledText[]; rows: { need: string; situation: string; problem: string }[]; headers: string[] }
  | { kind: 'overview'; structure: string; layers: { title: string; items: string[] }[]; lead?: string }
  | { kind: 'need'; steps: LabelledText[] }
  | { kind: 'ffab'; parts: LabelledText[]; benefitLabel: string; benefit: string; demoTitle?: string; demo: string[] }
  | { kind: 'value'; columns: { point: ValuePoint; title: string; items: ValueItem[] }[] }
  | { kind: 'comparison'; headers: string[]; rows: string[][]; advantages: string[]; advantagesTitle: string }
  | { kind: 'case'; client: string; industry?: string; sections: LabelledText[]; results: { label: string; before?: string; after?: string; change?: string }[]; recognition: string[] }
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
  /** Minutes to spend; 0 for appendix slides. */
  minutes: number;
  appendix: boolean;
  for: string[];
  reason: string;
  body: SlideBody;
  notes: SlideNotes;
  /** The need the slide belongs to, if any (not part of plan.json). */
  needId?: string;
}

export interface PlanWarning {
  code: string;
  message: string;
}

export interface SlidePlan {
  deck: string;
  language: Language;
  duration: number;
  primaryAudience: { name: string; role: Role } | null;
  /** `minutes` exact (tenths); `wholeMinutes` what the agenda and brief show, adding up to the duration. */
  sections: { id: SectionId; step: number; minutes: number; wholeMinutes: number }[];
  slides: PlannedSlide[];
  warnings: PlanWarning[];
  /** Names as written in the config, by the isolated form the deck shows (right-to-left names
   * are wrapped in direction isolates for display; plan.json keeps them exactly as written). */
  writtenNames?: ReadonlyMap<string, string>;
}

/** The plan.json contract (shared/design/deck-config.md): extend, never break. */
export function toPlanJson(plan: SlidePlan): object {
  const written = (name: string): string => plan.writtenNames?.get(name) ?? name;
  return {
    deck: plan.deck,
    language: plan.language,
    duration: plan.duration,
    primaryAudience: plan.primaryAudience && { name: written(plan.primaryAudience.name), role: plan.primaryAudience.role },
    sections: plan.sections,
    slides: plan.slides.map((s) => ({
      index: s.index, kind: s.kind, section: s.section, title: s.title, minutes: s.minutes,
      appendix: s.appendix, for: s.for.map(written), reason: s.reason,
    })),
    warnings: plan.warnings,
  };
}
