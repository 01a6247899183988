// The end of the main line: how it will be implemented, what it costs (only when pricing is
// given), questions, and the call to action last; then the appendix of backups.
import type { ResolvedNeed } from '../types.js';
import type { PlanContext, SlideDraft } from './context.js';
import { daysText, phases, totalDays } from './phases.js';
import { formatMoney, formatRate } from './pricing.js';
import { paybackRows } from './valueSlides.js';

export function implementationSlide(ctx: PlanContext, needs: readonly ResolvedNeed[]): SlideDraft {
  const { t, meeting } = ctx;
  const days = totalDays(meeting, needs);
  return {
    kind: 'implementation',
    section: 'implementation',
    title: t('implementation-title'),
    reason: t('reason-implementation'),
    body: {
      kind: 'implementation',
      phases: phases(days, t),
      totalDays: t('days-total', { days }),
      // Business leads weigh disruption; managers want a method and room to grow.
      lines: ctx.emphasis.implementationFocus === 'method'
        ? [t('implementation-method'), t('implementation-extensible')]
        : [t('implementation-disruption'), t('implementation-method')],
    },
    say: [t('say-implementation'), t(ctx.emphasis.implementationFocus === 'method' ? 'say-implementation-method' : 'say-implementation-disruption')],
  };
}

export function pricingSlide(ctx: PlanContext): SlideDraft | undefined {
  const { t, meeting } = ctx;
  const quote = ctx.quote;
  if (!quote) return undefined;
  const money = (amount: number): string => formatMoney(amount, quote.currency);
  const rows = [
    ...quote.licence.map((line) => ({ item: line.item, amount: money(line.amount) })),
    { item: t('price-licence-total'), amount: money(quote.licenceTotal), total: true },
    {
      item: t('price-delivery'),
      amount: money(quote.delivery),
      note: [quote.deliveryDays !== undefined ? daysText(quote.deliveryDays, t) : undefined, quote.delivery === 0 ? t('price-included') : undefined].filter(Boolean).join(' · ') || undefined,
    },
    { item: t('price-one-time-total'), amount: money(quote.oneTimeTotal), total: true },
    { item: t('price-annual-service'), amount: money(quote.annualService), note: t('price-annual-service-note', { rate: formatRate(quote.annualServiceRate) }) },
    // What the investment returns sits next to what it costs (the value case's own figures).
    ...paybackRows(ctx),
  ];
  const objections = meeting.objections.filter((o) => o.kind === 'price' || o.kind === 'budget');
  return {
    kind: 'pricing',
    section: 'pricing',
    title: t('pricing-title'),
    reason: t('reason-pricing'),
    body: { kind: 'pricing', headers: [t('col-item'), t('col-amount'), t('col-note')], rows, footnote: t('price-footnote') },
    say: [t('say-pricing'), t('say-pricing-split')],
    ready: objections.map((o) => t('ready-objection', { says: o.says, answer: o.answer })),
  };
}

export function closingSlides(ctx: PlanContext): SlideDraft[] {
  const { t, meeting } = ctx;
  const { config } = meeting;
  const action = config.closing?.call_to_action;
  if (!action) ctx.warnings.push({ code: 'no-call-to-action', message: t('warn-no-call-to-action') });
  const presenter = config.presenter;
  const contact = presenter ? [presenter.name, presenter.email, presenter.website].filter((x): x is string => Boolean(x)) : [];
  const timing = meeting.objections.filter((o) => o.kind === 'timing' || o.kind === 'interest' || o.kind === 'trust');
  // Questions come before the ask, so the meeting ends on the call to action (step 6), not on
  // "any questions?".
  return [
    {
      kind: 'qna',
      section: 'qna',
      title: t('qna-title'),
      reason: t('reason-qna'),
      body: { kind: 'qna', prompt: t('qna-prompt') },
      say: [t('say-qna')],
      ready: meeting.needs.flatMap((n) => n.features.flatMap((f) => f.questions.map((q) => t('ready-question', { q: q.q, a: q.a })))).slice(0, 8),
    },
    {
      kind: 'closing',
      section: 'closing',
      title: t('closing-title'),
      reason: t('reason-closing'),
      body: { kind: 'closing', action: action ?? t('default-call-to-action'), message: config.goal?.message, contact },
      say: [t('say-closing'), t('say-closing-ask')],
      ready: timing.map((o) => t('ready-objection', { says: o.says, answer: o.answer })),
    },
  ];
}
