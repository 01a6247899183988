// Step 3's timing check and the 7+3 qualification, as a list of checks and a 0–100 score
// (docs/readiness.md). Pure: the resolved meeting and its plan in, the report out.
import { formatMoney } from '../plan/pricing.js';
import { asksForDemo } from '../plan/words.js';
import { namesOf } from '../plan/audience.js';
import { cardIdsOf } from '../validate/linkChecks.js';
import { suggestedAt, yamlQuoted } from './linkSuggestions.js';
import { namesOnSlides } from './namesOnSlides.js';
import type { SlidePlan } from '../plan/slidePlan.js';
import { translator, type Translate } from '../plan/text.js';
import type { ResolvedMeeting } from '../types.js';

export type Severity = 'block' | 'warn' | 'info';

export interface ReadinessCheck {
  code: string;
  /** The step of the six-step demo method the check belongs to. */
  step: number;
  ok: boolean;
  severity: Severity;
  message: string;
  fix: string;
}

export interface Readiness {
  score: number;
  breakdown: { facts: number; logic: number; form: number };
  checks: ReadinessCheck[];
}

interface CheckRule {
  code: string;
  step: number;
  severity: Severity;
  /** Returns the {placeholders} of the failure message, or undefined when the check passes. */
  fails: (m: ResolvedMeeting, plan: SlidePlan, t: Translate) => Record<string, string | number> | undefined;
}

/** Names joined the language's way: "a, b" in English, "甲、乙" in Chinese. */
const listOf = (m: ResolvedMeeting, items: readonly string[]): string => items.join(translator(m.strings)('list-separator'));

const missingQualification = (m: ResolvedMeeting): string[] =>
  (['timeline', 'budget', 'decision_process'] as const).filter((key) => !m.config.qualification?.[key]);

const unclearNeeds = (m: ResolvedMeeting): string[] => m.needs.filter((n) => !n.problem || !n.payoff).map((n) => n.title);

export const CHECKS: readonly CheckRule[] = [
  { code: 'no-decision-maker', step: 2, severity: 'block', fails: (m) => (m.config.audience.some((p) => p.decision === 'decision-maker') ? undefined : {}) },
  { code: 'competitor-driven', step: 3, severity: 'warn', fails: (m) => (m.config.strategy?.requested_by === 'competitor' ? {} : undefined) },
  { code: 'no-groundwork', step: 3, severity: 'block', fails: (m) => (m.config.strategy?.groundwork === false ? {} : undefined) },
  {
    code: 'needs-unclear', step: 1, severity: 'warn',
    fails: (m) => {
      const unclear = unclearNeeds(m);
      return unclear.length > 0 ? { needs: listOf(m, unclear) } : undefined;
    },
  },
  {
    code: 'no-competitor-info', step: 3, severity: 'warn',
    fails: (m) => {
      if (m.config.competitors.length === 0) return { key: 'check-no-competitor-info-none' };
      const bare = m.config.competitors.filter((c) => c.strengths.length === 0 && c.weaknesses.length === 0).map((c) => c.name);
      return bare.length > 0 ? { names: listOf(m, bare) } : undefined;
    },
  },
  {
    code: 'resistant-without-plan', step: 3, severity: 'warn',
    fails: (m) => {
      const resistant = m.config.audience.filter((p) => p.stance === 'resistant').map((p) => p.name);
      const planned = (m.config.strategy?.supporters.length ?? 0) > 0 || (m.config.strategy?.contingencies.length ?? 0) > 0;
      return resistant.length > 0 && !planned ? { names: listOf(m, resistant) } : undefined;
    },
  },
  {
    code: 'time-overflow', step: 5, severity: 'warn',
    fails: (_m, plan) => {
      const moved = plan.warnings.filter((w) => w.code === 'time-overflow' || w.code === 'time-tight');
      return moved.length > 0 ? { count: moved.filter((w) => w.code === 'time-overflow').length, minutes: plan.duration } : undefined;
    },
  },
  { code: 'no-call-to-action', step: 6, severity: 'warn', fails: (m) => (m.config.closing?.call_to_action ? undefined : {}) },
  {
    code: 'no-case-for-executive', step: 4, severity: 'warn',
    fails: (m) => {
      const executives = m.config.audience.filter((p) => p.role === 'executive').map((p) => p.name);
      return executives.length > 0 && m.cases.length === 0 ? { names: listOf(m, executives) } : undefined;
    },
  },
  {
    code: 'content-industry-mismatch', step: 4, severity: 'warn',
    fails: (m) => {
      const items = industryMismatches(m);
      if (items.length === 0) return undefined;
      return { customer: m.config.customer.name, industry: m.config.customer.industry ?? '', tag: m.industries[0] ?? '', items: listOf(m, items) };
    },
  },
  {
    // Every concern lands where a link puts it (src/plan/links/); an unplaced one is said here, with the YAML to add.
    code: 'concern-unanswered', step: 2, severity: 'warn',
    fails: (m, plan, t) => {
      const open = plan.concerns.filter((c) => c.slide === null && c.answer === null);
      if (open.length === 0) return undefined;
      const person = (name: string): string => plan.writtenNames?.get(name) ?? name;
      return {
        concerns: open.map((c) => t('concern-of', { person: person(c.person), concern: c.concern })).join(t('clause-separator')),
        fixes: open.map((c) => t('link-fix-concern', { person: person(c.person), yaml: `- {concern: ${yamlQuoted(c.concern)}, answer: ${yamlQuoted(t('link-answer-placeholder'))}, at: ${suggestedAt(m, c.concern, t)}}` })).join(' '),
      };
    },
  },
  {
    code: 'excitement-unplaced', step: 3, severity: 'warn',
    fails: (m, plan, t) => {
      const open = plan.excitement.filter((e) => e.slide === null);
      if (open.length === 0) return undefined;
      return {
        points: open.map((e) => e.point).join(t('clause-separator')),
        fixes: open.map((e) => t('link-fix-excitement', { yaml: `- {point: ${yamlQuoted(e.point)}, at: ${suggestedAt(m, e.point, t)}}` })).join(' '),
      };
    },
  },
  {
    code: 'name-on-slide', step: 4, severity: 'warn',
    fails: (m, _plan, t) => {
      const fields = namesOnSlides(m.config).map((f) => t('name-on-slide-field', f));
      return fields.length > 0 ? { fields: listOf(m, fields) } : undefined;
    },
  },
  {
    // A card shown in the main line without a click path is a talk slide: say so before the meeting.
    code: 'no-demo-steps', step: 5, severity: 'warn',
    fails: (m, plan) => {
      const cards = new Map(m.needs.flatMap((n) => n.features).map((f) => [f.id, f]));
      const talk = plan.slides.filter((s) => !s.appendix && s.kind === 'ffab' && s.cardId !== undefined && (cards.get(s.cardId)?.demo.length ?? 0) === 0).map((s) => s.title);
      return talk.length > 0 ? { cards: listOf(m, [...new Set(talk)]) } : undefined;
    },
  },
  {
    // A contingency answered by showing something needs steps ready; only the cards it names give them (issue 22).
    code: 'contingency-without-steps', step: 5, severity: 'warn',
    fails: (m, plan) => {
      const bare = plan.contingencies.filter((c) => c.cards.length === 0 && asksForDemo(c.action)).map((c) => c.if);
      if (bare.length === 0) return undefined;
      // Only ids `show:` accepts: library cards and inline cards given an id.
      const usable = new Set(cardIdsOf(m.config));
      const ids = m.needs.flatMap((n) => n.features.filter((f) => f.demo.length > 0 && usable.has(f.id)).map((f) => f.id));
      return { contingencies: listOf(m, bare), cards: [...new Set(ids)].join(', ') || '—' };
    },
  },
  {
    code: 'leaves-before-value', step: 3, severity: 'warn',
    fails: (_m, plan, t) => {
      const early = plan.leavers.filter((l) => !l.heard).map((l) => {
        const name = plan.writtenNames?.get(l.name) ?? l.name;
        if (l.valueSlide === null || l.valueStartsAt === null) return t('check-leaver-no-value', { name, minute: l.minute });
        const jump = l.key === null ? t('check-leaver-no-key') : t('check-leaver-key', { key: l.key });
        return t('check-leaver', { name, minute: l.minute, starts: Math.floor(l.valueStartsAt), index: l.valueSlide, jump });
      });
      return early.length > 0 ? { leavers: early.join(t('sentence-separator')) } : undefined;
    },
  },
  {
    // A decision maker who leaves early hears the price and the ask first (src/plan/earlyClose.ts).
    code: 'leaves-before-ask', step: 3, severity: 'warn',
    fails: (_m, plan, t) => {
      const short = plan.leavers.flatMap((l) => {
        if (!l.close || (l.close.fits && l.close.missed.length === 0)) return [];
        const name = plan.writtenNames?.get(l.name) ?? l.name;
        if (!l.close.fits) return [t('check-leaver-close-late', { name, minute: l.minute, end: l.close.to })];
        return [t('check-leaver-close-missed', { name, minute: l.minute, end: l.close.to, missed: l.close.missed.map((p) => t(`close-part-${p}`)).join(t('list-separator')) })];
      });
      return short.length > 0 ? { leavers: short.join(t('sentence-separator')) } : undefined;
    },
  },
  {
    // A leaver's own concern answered, or a highlight that names them shown, after they may have left.
    code: 'leaver-misses-own', step: 3, severity: 'warn',
    fails: (m, plan, t) => {
      const startOf = (index: number | null): number | undefined => plan.slides.find((s) => s.index === index)?.start ?? undefined;
      const late = plan.leavers.flatMap((l) => {
        const person = m.config.audience.find((p) => p.name === l.name);
        const name = plan.writtenNames?.get(l.name) ?? l.name;
        const after = (index: number | null): boolean => (startOf(index) ?? -1) >= l.minute;
        const concerns = plan.concerns.filter((c) => c.person === l.name && after(c.slide)).map((c) => t('check-leaver-own-concern', { name, minute: l.minute, concern: c.concern, index: c.slide ?? '', start: Math.floor(startOf(c.slide) ?? 0) }));
        const named = person ? namesOf(person) : [l.name];
        const highlights = plan.excitement.filter((e) => named.some((n) => e.point.includes(n)) && after(e.slide)).map((e) => t('check-leaver-own-highlight', { name, minute: l.minute, point: e.point, index: e.slide ?? '', start: Math.floor(startOf(e.slide) ?? 0) }));
        return [...concerns, ...highlights];
      });
      return late.length > 0 ? { items: late.join(t('sentence-separator')) } : undefined;
    },
  },
  {
    // The decision maker's first question: what is it worth, and how fast does it pay back?
    code: 'no-payback', step: 4, severity: 'warn',
    fails: (m, plan): Record<string, string> | undefined => {
      const value = plan.value;
      if (!value) return m.config.pricing ? { key: 'check-no-payback-no-value' } : undefined;
      if (value.yearlyCost === null || value.paybackMonths !== null) return undefined;
      return { yearly: formatMoney(Math.round(value.yearly), value.currency), cost: formatMoney(Math.round(value.yearlyCost), value.currency) };
    },
  },
  {
    code: 'unsourced-figure', step: 1, severity: 'warn',
    fails: (_m, plan, t) => {
      const unsourced = (plan.value?.facts ?? []).filter((f) => f.source === null).map((f) => f.label);
      return unsourced.length > 0 ? { facts: unsourced.join(t('list-separator')) } : undefined;
    },
  },
  {
    code: 'qualification-gap', step: 1, severity: 'warn',
    fails: (m) => {
      const missing = missingQualification(m);
      return missing.length > 0 ? { missing: listOf(m, missing) } : undefined;
    },
  },
  {
    // `[drafted live, with Elena confirming it]` reads as two texts; the config's own source knows (src/source/listSplits.ts).
    code: 'list-split-at-comma', step: 1, severity: 'warn',
    fails: (m, _plan, t) => {
      const splits = m.listSplits ?? [];
      if (splits.length === 0) return undefined;
      const fixes = [...new Map(splits.map((s) => [s.corrected, s.line])).entries()].map(([corrected, line]) => t('list-split-fix', { line, corrected }));
      return { splits: splits.map((s) => t('list-split', { path: s.path, line: s.line, item: s.item })).join(t('clause-separator')), fixes: fixes.join(t('clause-separator')) };
    },
  },
  {
    // `demodeck new` leaves TODO / 待填写 texts where nothing was answered; they build, so only this check stops them reaching the customer.
    code: 'placeholders-left', step: 3, severity: 'block',
    fails: (m, _plan, t) => {
      const left = m.placeholders ?? [];
      if (left.length === 0) return undefined;
      const fields = left.map((p) => (p.file === undefined ? t('placeholder-field', { path: p.path, line: p.line }) : t('placeholder-field-in', { file: p.file, path: p.path, line: p.line })));
      return { count: left.length, fields: fields.join(t('list-separator')) };
    },
  },
];

/** Library cards, cases and objection answers written for other industries than the customer's, each with the industries it was written for. */
function industryMismatches(m: ResolvedMeeting): string[] {
  const t = translator(m.strings);
  const names = (industries: readonly string[]): string => industries.map((i) => t(`industry-${i}`)).join(t('list-separator'));
  const seen = new Set<string>();
  const cards = m.needs.flatMap((n) => n.features).flatMap((f) => {
    if (f.industryFit.status !== 'mismatch' || seen.has(f.id)) return [];
    seen.add(f.id);
    return [t('industry-mismatch-card', { name: f.name, industries: names(f.industryFit.written) })];
  });
  const cases = m.cases.flatMap((c) => (c.otherIndustries ? [t('industry-mismatch-case', { client: c.client, industries: names(c.otherIndustries) })] : []));
  // Every objection answer reaches the closing and pricing notes, so each mismatched one is named.
  const objections = m.objections.flatMap((o) => (o.industryFit.status === 'mismatch' ? [t('industry-mismatch-objection', { says: o.says, industries: names(o.industryFit.written) })] : []));
  return [...cards, ...cases, ...objections];
}

export function assessReadiness(meeting: ResolvedMeeting, plan: SlidePlan, t: Translate): Readiness {
  const checks = CHECKS.map((rule) => {
    const vars = rule.fails(meeting, plan, t);
    // A rule may name a more precise message than its code's own (`key`).
    const failed = typeof vars?.key === 'string' ? vars.key : `check-${rule.code}`;
    const passed = rule.code === 'no-groundwork' && meeting.config.strategy?.groundwork === undefined ? 'check-no-groundwork-unknown' : `check-${rule.code}-ok`;
    return {
      code: rule.code,
      step: rule.step,
      ok: vars === undefined,
      severity: rule.severity,
      message: vars === undefined ? t(passed) : t(failed, vars),
      fix: vars === undefined ? '' : t(`fix-${rule.code}`, vars),
    };
  });
  const breakdown = { facts: factsScore(meeting), logic: logicScore(meeting, plan), form: formScore(meeting, plan) };
  return { score: breakdown.facts + breakdown.logic + breakdown.form, breakdown, checks };
}

/** 60 points: the 7 customer facts and 3 own-side facts of opportunity confirmation, 6 each. */
export function factsScore(m: ResolvedMeeting): number {
  const c = m.config;
  const facts = [
    Boolean(c.customer.industry && c.customer.size),
    Boolean(c.qualification?.timeline),
    Boolean(c.qualification?.budget),
    m.needs.every((n) => n.situation && n.problem),
    c.audience.some((p) => p.decision === 'decision-maker'),
    Boolean(c.qualification?.decision_process),
    c.competitors.length > 0 && c.competitors.every((x) => x.strengths.length + x.weaknesses.length > 0),
    (c.goal?.why_us.length ?? 0) > 0,
    c.deck.product !== undefined,
    c.pricing?.delivery.days !== undefined || m.cases.some((x) => x.delivery),
  ];
  return facts.filter(Boolean).length * 6;
}

/** 20 points: a central message (5), and every need carried from problem to payoff (15). */
export function logicScore(m: ResolvedMeeting, plan: SlidePlan): number {
  const message = m.config.goal?.message ? 5 : 0;
  const carried = m.needs.filter((n) => n.problem && n.payoff && n.features.length > 0).length;
  return message + Math.round((10 * carried) / Math.max(1, m.needs.length)) + valueCaseScore(plan);
}

/** 5 points: a value case whose every fact has a source and that pays back against the quote (or has no quote to pay back). */
export function valueCaseScore(plan: SlidePlan): number {
  const value = plan.value;
  if (!value) return 0;
  const sourced = value.facts.every((f) => f.source !== null);
  const paysBack = value.yearlyCost === null || value.paybackMonths !== null;
  return sourced && paysBack ? 5 : 0;
}

/** 20 points: a hook, ground rules, a call to action, and a main line that fits the time, 5 each. */
export function formScore(m: ResolvedMeeting, plan: SlidePlan): number {
  const o = m.config.opening;
  const fits = !plan.warnings.some((w) => w.code === 'time-overflow' || w.code === 'time-tight');
  return [Boolean(o?.hook), (o?.rules.length ?? 0) > 0, Boolean(m.config.closing?.call_to_action), fits].filter(Boolean).length * 5;
}
