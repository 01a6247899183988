// Step 1 and step 4: the customer's situation (SPIN), the solution overview in the chosen
// structure module, then per need the four-step problem/solution and one FFAB slide per card.
import type { ResolvedFeature, ResolvedNeed, Role, Structure } from '../types.js';
import type { PlanContext, SlideDraft } from './context.js';
import { NOMINAL_TENTHS } from './minutes.js';
import { phases, totalDays } from './phases.js';
import type { LabelledText } from './slidePlan.js';
import { needEvidence } from './evidence.js';
import { needMoney } from './valueSlides.js';

/** Needs in the order to present them: priority, then the goal's focus, then file order. */
export function orderNeeds(needs: readonly ResolvedNeed[]): ResolvedNeed[] {
  return [...needs].sort((a, b) => a.priority - b.priority || Number(b.focus) - Number(a.focus) || a.order - b.order);
}

export function situationSlide(ctx: PlanContext, needs: readonly ResolvedNeed[]): SlideDraft {
  const { meeting, t } = ctx;
  const customer = meeting.config.customer;
  const facts: LabelledText[] = [];
  if (customer.industry) facts.push({ label: t('fact-industry'), text: customer.industry });
  if (customer.size?.employees !== undefined) facts.push({ label: t('fact-employees'), text: String(customer.size.employees) });
  if (customer.size?.revenue) facts.push({ label: t('fact-revenue'), text: customer.size.revenue });
  return {
    kind: 'situation',
    section: 'situation',
    title: t('situation-title', { customer: customer.name }),
    reason: t('reason-situation'),
    body: {
      kind: 'situation',
      intro: customer.situation,
      facts,
      headers: [t('col-need'), t('col-today'), t('col-problem')],
      rows: needs.map((n) => ({ need: n.title, situation: n.situation ?? '—', problem: n.problem ?? '—' })),
    },
    say: [t('say-situation'), t('say-situation-confirm')],
  };
}

export function defaultStructure(role: Role | undefined): Structure {
  // The overview shows what the customer gets: owners think in business logic, business leads in
  // the whole solution around them, managers and users in the system their needs rest on. The
  // staircase is a project plan — the implementation slide's, or the overview's only when asked for.
  if (role === 'executive' || role === 'peer') return 'pyramid';
  if (role === 'business-lead') return 'concentric';
  return 'stacked';
}

export function overviewSlide(ctx: PlanContext, needs: readonly ResolvedNeed[]): SlideDraft {
  const { meeting, t } = ctx;
  const structure = meeting.config.strategy?.structure ?? defaultStructure(ctx.primary?.person.role);
  const features = needs.flatMap((n) => n.features);
  const modules = meeting.product?.modules.map((m) => m.name) ?? unique(features.map((f) => f.name));
  const productName = meeting.product?.name ?? t('our-solution');
  const needTitles = needs.map((n) => n.title);
  const valueTitles = unique(needs.map((n) => t(`value-${n.value}`)));
  const message = meeting.config.goal?.message ?? t('default-message', { customer: meeting.config.customer.name });
  const layers = {
    stacked: [
      { title: t('layer-needs'), items: needTitles },
      { title: t('layer-modules'), items: modules },
      { title: t('layer-platform'), items: [productName] },
    ],
    concentric: [
      { title: t('layer-customer'), items: [meeting.config.customer.name] },
      { title: t('layer-core'), items: [productName] },
      { title: t('layer-modules'), items: modules },
      { title: t('layer-services'), items: [t('service-implementation'), t('service-training'), t('service-support')] },
    ],
    pyramid: [
      { title: t('layer-goal'), items: [message] },
      { title: t('layer-value'), items: valueTitles },
      { title: t('layer-features'), items: unique(features.map((f) => f.name)) },
    ],
    staircase: phases(totalDays(meeting, needs), t).map((p) => ({ title: p.title, items: [p.days] })),
  }[structure];
  const industry = ctx.emphasis.overviewFrame === 'industry';
  return {
    kind: 'overview',
    section: 'overview',
    title: industry ? t('overview-industry-title') : t('overview-title'),
    reason: t('reason-overview', { structure: t(`structure-${structure}`) }),
    body: { kind: 'overview', structure, layers, lead: industry ? t('overview-industry-lead', { industry: meeting.config.customer.industry ?? t('your-industry') }) : undefined },
    say: [...(industry ? [t('say-overview-industry')] : []), t(`say-overview-${structure}`)],
  };
}

/** `withMoney`: the process sale states each need's money on its slide. */
export function needSlide(ctx: PlanContext, need: ResolvedNeed, withMoney = false): SlideDraft {
  const { t, meeting } = ctx;
  // The case the author names as this need's proof, else the one its value case gain cites.
  const gain = ctx.value?.points.flatMap((p) => p.gains).find((g) => g.need === need.id && g.evidence);
  const cited = meeting.cases.find((c) => c.id === gain?.evidence?.id);
  const evidenceText = needEvidence(meeting, need, { named: ctx.links.evidence.get(need.id), cited }, t);
  const steps: LabelledText[] = [
    { label: t('step-question'), text: need.problem ?? need.title },
    { label: t('step-analysis'), text: need.implication ?? need.situation ?? t('analysis-default', { need: need.title }) },
    { label: t('step-countermeasure'), text: countermeasure(need, t) },
    { label: t('step-evidence'), text: evidenceText },
  ];
  return {
    kind: 'need',
    section: 'needs',
    title: need.title,
    reason: t(need.focus ? 'reason-need-focus' : 'reason-need', { priority: need.priority }),
    body: { kind: 'need', steps, money: withMoney ? needMoney(ctx, need.id) : undefined },
    minutes: need.focus ? (NOMINAL_TENTHS.need * FOCUS_STRETCH) / 10 : undefined,
    // The talking points quote this need's own problem, cost and payoff, so no two need slides read alike.
    say: [
      need.problem ? t('say-need-question-about', { problem: need.problem }) : t('say-need-question'),
      need.implication ? t('say-need-implication-about', { implication: need.implication }) : t('say-need-implication'),
      need.payoff ? t('say-need-payoff-about', { payoff: need.payoff }) : t('say-need-payoff'),
    ],
    need,
  };
}

/** The payoff, with the cards that deliver it in brackets: "a daily balance (Credit control, Ageing)". */
function countermeasure(need: ResolvedNeed, t: PlanContext['t']): string {
  const features = need.features.map((f) => f.name).join(t('list-separator'));
  return need.payoff ? t('countermeasure-with-features', { payoff: need.payoff, features }) : features;
}

/** The benefit a card states for the primary audience's role, else its default benefit. */
export function benefitFor(card: ResolvedFeature, role: Role | undefined): string {
  return (role && card.benefitsByRole[role]) || card.benefit;
}

export function ffabSlide(ctx: PlanContext, need: ResolvedNeed, card: ResolvedFeature, options: { appendix?: boolean } = {}): SlideDraft {
  const { t } = ctx;
  const role = ctx.primary?.person.role;
  const benefit = benefitFor(card, role);
  const ready = card.questions.map((q) => t('ready-question', { q: q.q, a: q.a }));
  return {
    kind: options.appendix ? 'backup' : 'ffab',
    audienceKind: 'ffab',
    section: options.appendix ? 'appendix' : 'needs',
    appendix: options.appendix,
    title: card.name,
    reason: t(options.appendix ? 'reason-ffab-backup' : 'reason-ffab', { need: need.title }),
    body: {
      kind: 'ffab',
      parts: [
        { label: t('ffab-feature'), text: card.feature },
        { label: t('ffab-function'), text: card.function },
        { label: t('ffab-advantage'), text: card.advantage },
      ],
      benefitLabel: t('ffab-benefit'),
      benefit,
    },
    say: [
      t('say-ffab-feature', { feature: card.feature }),
      ...(card.demo.length > 0 ? [t('say-ffab-demo', { steps: card.demo.map((s, i) => `${i + 1}. ${s}`).join(t('sentence-separator')) })] : []),
      t('say-ffab-benefit', { benefit }),
    ],
    ready,
    need,
    card,
    minutes: liveMinutes(card.demo.length, need.focus),
  };
}

/** Showing a card live takes time per step of its click path; one without steps is a short talk. */
export const TALK_MINUTES = 1.5;
export const MINUTES_PER_STEP = 0.8;
const MOST_MINUTES = 5;
/** A need in goal.focus is given more time than the rest (issue 18, point 5). */
export const FOCUS_STRETCH = 1.3;

export function liveMinutes(steps: number, focus: boolean): number {
  const minutes = Math.min(MOST_MINUTES, TALK_MINUTES + MINUTES_PER_STEP * steps);
  return Math.round((focus ? minutes * FOCUS_STRETCH : minutes) * 10) / 10;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
