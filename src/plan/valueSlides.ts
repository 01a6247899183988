// The value case on the slides (docs/value-case.md): where it sits in the deck (the sale's rule),
// the value slide in the customer's own money, each need's money, and the payback beside the
// quote. Every figure comes from the one computed ValueCase and says where it comes from.
import type { DeckConfig, Person, Sale } from '../types.js';
import type { PlanContext, SlideDraft } from './context.js';
import { cumulativeNet, paybackTerms, type ValueCase, type ValueGain } from './figures/valueCase.js';
import { compactMoney } from './figures/moneyText.js';
import { fullFrom } from './figures/payback.js';
import { formatMoney } from './pricing.js';
import type { LabelledText, PaybackChart, ValueCaseBody } from './slidePlan.js';

/** 工序式 (process) is the default once the customer's money is known; 快刀式 (quick) otherwise. */
export function saleOf(config: DeckConfig): Sale {
  return config.strategy?.sale ?? (config.value ? 'process' : 'quick');
}

export interface ValuePlacement {
  sale: Sale;
  /** `before-needs`: right after the situation and overview; `after-needs`: among the blocks that follow the needs. */
  position: 'before-needs' | 'after-needs';
  /** A decision maker in the room keeps the value slide in the main line of every variant. */
  mainLine: boolean;
}

/**
 * Where the value slide goes — one rule, read by the planner and by anything that needs to know
 * where the value case is (notes, contingencies): the process sale opens the needs with it, the
 * quick sale sums up after them, and it leaves the main line only when nobody who decides attends
 * and the primary listener hears functions (a user).
 */
export function valuePlacement(config: DeckConfig, people: readonly Person[], valueInAppendix: boolean): ValuePlacement {
  const sale = saleOf(config);
  const decides = people.some((p) => p.decision === 'decision-maker');
  return { sale, position: sale === 'process' ? 'before-needs' : 'after-needs', mainLine: decides || !valueInAppendix };
}

export function valueCaseSlide(ctx: PlanContext, value: ValueCase, placement: ValuePlacement): SlideDraft {
  const { t } = ctx;
  const supporters = ctx.meeting.config.strategy?.supporters ?? [];
  return {
    kind: 'value',
    section: 'value',
    title: t('value-title'),
    reason: t(placement.sale === 'process' ? 'reason-value-case-process' : 'reason-value-case'),
    body: { kind: 'value', columns: [], valueCase: valueCaseBody(value, ctx) },
    say: [
      t('say-value-case'),
      ...confirmLines(value, supporters, ctx.people, t),
    ],
  };
}

function valueCaseBody(value: ValueCase, ctx: PlanContext): ValueCaseBody {
  const { t } = ctx;
  const money = moneyOf(value, ctx);
  return {
    headline: t('value-yearly', { money: money(value.yearly) }),
    payback: paybackText(value, ctx),
    cash: value.cashFreed > 0 ? t('value-cash-freed', { money: money(value.cashFreed) }) : undefined,
    points: value.points.map((point) => ({
      point: point.point,
      title: t(`value-${point.point}`),
      total: [
        ...(point.yearly > 0 || point.cashFreed === 0 ? [t('value-yearly', { money: money(point.yearly) })] : []),
        ...(point.cashFreed > 0 ? [t('value-gain-cash', { money: money(point.cashFreed) })] : []),
      ].join(' · '),
      gains: point.gains.map((gain) => ({ label: gain.label, money: gainMoney(gain, value, ctx), source: gainSource(gain, value, ctx) })),
    })),
    chart: paybackChart(value, ctx),
  };
}

export function paybackText(value: ValueCase, ctx: PlanContext): string | undefined {
  const { t } = ctx;
  if (value.yearlyCost === null) return undefined;
  if (value.paybackMonth === null) return t('value-no-payback', { money: moneyOf(value, ctx)(value.yearlyCost) });
  // A whole month counted from signing: the month a CFO can find on the chart and in the brief.
  return t('value-payback', { month: value.paybackMonth });
}

/** A turnover gain frees cash once and, with a rate, saves its cost every year; others are yearly. */
function gainMoney(gain: ValueGain, value: ValueCase, ctx: PlanContext): string {
  const { t } = ctx;
  const money = moneyOf(value, ctx);
  if (gain.cashFreed === 0) return t('value-yearly', { money: money(gain.yearly) });
  return [t('value-gain-cash', { money: money(gain.cashFreed) }), ...(gain.rate !== null ? [t('value-gain-interest', { money: money(gain.yearly) })] : [])].join(' · ');
}

/** Where the figure comes from: the customer's own fact and who gave it, or our estimate; a case is evidence beside it. */
export function gainSource(gain: ValueGain, value: ValueCase, ctx: PlanContext): string {
  const { t } = ctx;
  const basis = gain.basis;
  const own = basis.kind === 'amount'
    ? t('value-source-estimate')
    : t(basis.fact.source ? 'value-source-fact' : 'value-source-fact-unsourced', {
      fact: basis.fact.label,
      amount: moneyOf(value, ctx)(basis.fact.amount),
      source: basis.fact.source ?? '',
    });
  return [own, ...(gain.evidence ? [t('value-source-case', { client: gain.evidence.client })] : [])].join(t('clause-separator'));
}

/** A need's money, stated on its slide in the process sale. */
export function needMoney(ctx: PlanContext, needId: string): LabelledText | undefined {
  const value = ctx.value;
  if (!value) return undefined;
  const gains = value.points.flatMap((p) => p.gains).filter((g) => g.need === needId);
  if (gains.length === 0) return undefined;
  const money = moneyOf(value, ctx);
  const yearly = gains.reduce((sum, g) => sum + Math.round(g.yearly * 100), 0) / 100;
  const cash = gains.reduce((sum, g) => sum + Math.round(g.cashFreed * 100), 0) / 100;
  const parts = [
    ...(yearly > 0 || cash === 0 ? [ctx.t('value-yearly', { money: money(yearly) })] : []),
    ...(cash > 0 ? [ctx.t('value-gain-cash', { money: money(cash) })] : []),
  ];
  return { label: ctx.t('value-need-money'), text: `${gains.map((g) => g.label).join(ctx.t('list-separator'))}${ctx.t('label-colon')}${parts.join(' · ')}` };
}

function paybackChart(value: ValueCase, ctx: PlanContext): PaybackChart | undefined {
  const { t } = ctx;
  const cumulative = cumulativeNet(value);
  if (cumulative.length === 0 || value.oneTime === null || value.threeYearNet === null) return undefined;
  const money = moneyOf(value, ctx);
  const payback = value.paybackMonth;
  const within = payback !== null && payback < cumulative.length ? payback : null;
  return {
    cumulative,
    paybackMonths: within,
    title: t('chart-label'),
    oneTime: t('chart-one-time', { money: money(value.oneTime) }),
    payback: within !== null ? t('chart-payback', { month: within }) : t('chart-no-payback'),
    end: t('chart-three-year', { money: money(value.threeYearNet) }),
    months: t('chart-months'),
  };
}

/** The pricing slide's rows under the one-time total: payback and three-year net. */
export function paybackRows(ctx: PlanContext): { item: string; amount: string; note?: string; total?: boolean }[] {
  const value = ctx.value;
  if (!value || value.yearlyCost === null || value.threeYearNet === null) return [];
  const { t } = ctx;
  // A quote is read to the unit, so its payback rows are too.
  const money = (amount: number): string => formatMoney(Math.round(amount), value.currency);
  const payback = value.paybackMonth;
  const terms = paybackTerms(value);
  const timing = { 'month-golive': value.goLiveMonth, 'month-full': terms ? fullFrom(terms) : value.goLiveMonth + 1 };
  return [
    payback === null
      ? { item: t('price-payback'), amount: t('price-payback-none'), note: t('price-payback-none-note', { yearly: money(value.yearly) }), total: true }
      : { item: t('price-payback'), amount: t('price-payback-months', { month: payback }), note: t('price-payback-note', { ...timing, yearly: money(value.yearly), cost: money(value.yearlyCost) }), total: true },
    { item: t('price-three-year-net'), amount: money(value.threeYearNet), note: t('price-three-year-note'), total: true },
  ];
}

function moneyOf(value: ValueCase, ctx: PlanContext): (amount: number) => string {
  return (amount) => compactMoney(amount, value.currency, ctx.meeting.language);
}

/** Who confirms the figures in the room: each person who gave one, for theirs; else the supporters, else the customer. */
function confirmLines(value: ValueCase, supporters: readonly string[], people: readonly Person[], t: PlanContext['t']): string[] {
  const byPerson = new Map<string, string[]>();
  for (const fact of value.facts) if (fact.from !== null) byPerson.set(fact.from, [...(byPerson.get(fact.from) ?? []), fact.label]);
  // A resistant listener is not asked to own a loss in front of their boss.
  const key = (name: string): string => (people.find((p) => p.name === name)?.stance === 'resistant' ? 'say-value-fact-from-private' : 'say-value-fact-from');
  if (byPerson.size > 0) return [...byPerson].map(([name, labels]) => t(key(name), { name, facts: labels.join(t('list-separator')) }));
  return [supporters.length > 0 ? t('say-value-case-confirm', { names: supporters.join(t('list-separator')) }) : t('say-value-case-confirm-all')];
}
