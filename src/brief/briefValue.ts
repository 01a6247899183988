// The brief's "Value case" section: every fact with its source, every gain with its arithmetic
// written out, the totals and the payback — the same figures the slides show (plan.value), to the
// unit, so the presenter can check them and confirm them with the customer before the meeting.
import type { ValueCase, ValueGain } from '../plan/figures/valueCase.js';
import { changeText, monthsText, rateText } from '../plan/figures/moneyText.js';
import { formatMoney, type Quote } from '../plan/pricing.js';
import type { Translate } from '../plan/text.js';

export interface BriefValueCase {
  /** "Overdue receivables: ¥5,000,000 (Chen Jie, call of 20 Nov)", punctuated per language. */
  facts: string[];
  gains: string[];
  totals: string[];
  confirm: string;
}

export function briefValueCase(value: ValueCase, quote: Quote | undefined, supporters: readonly string[], t: Translate): BriefValueCase {
  const money = (amount: number): string => formatMoney(Math.round(amount), value.currency);
  const gains = value.points.flatMap((p) => p.gains);
  const sum = (terms: number[]): string => terms.map(money).join(' + ');
  const yearlyTerms = gains.map((g) => g.yearly).filter((y) => y > 0);
  const cashTerms = gains.map((g) => g.cashFreed).filter((c) => c > 0);
  const totals = [
    t('brief-total-yearly', { terms: sum(yearlyTerms.length > 0 ? yearlyTerms : [0]), total: money(value.yearly) }),
    ...(cashTerms.length > 0 ? [t('brief-total-cash', { terms: sum(cashTerms), total: money(value.cashFreed) })] : []),
  ];
  if (quote && value.oneTime !== null && value.yearlyCost !== null && value.threeYearNet !== null) {
    const cost = { yearly: money(value.yearly), cost: money(value.yearlyCost), onetime: money(value.oneTime) };
    totals.push(
      t('brief-total-one-time', { licence: money(quote.licenceTotal), delivery: money(quote.delivery), total: money(value.oneTime) }),
      t('brief-total-yearly-cost', { licence: money(quote.licenceTotal), rate: rateText(quote.annualServiceRate), total: cost.cost }),
      value.paybackMonths === null ? t('brief-total-no-payback', cost) : t('brief-total-payback', { ...cost, months: monthsText(value.paybackMonths) }),
      t('brief-total-three-year', { ...cost, net: money(value.threeYearNet) }),
    );
  } else {
    totals.push(t('brief-total-no-quote'));
  }
  return {
    facts: value.facts.map((f) => t(f.from === null ? 'brief-value-fact' : 'brief-value-fact-from', { label: f.label, amount: money(f.amount), source: f.source ?? t('brief-value-no-source'), from: f.from ?? '' })),
    gains: gains.map((g) => gainArithmetic(g, money, t)),
    totals,
    confirm: confirmWith(value, supporters, t),
  };
}

function gainArithmetic(gain: ValueGain, money: (amount: number) => string, t: Translate): string {
  const basis = gain.basis;
  const evidence = gain.evidence ? t('brief-gain-evidence', { client: gain.evidence.client }) : '';
  if (basis.kind === 'amount') return t('brief-gain-amount', { label: gain.label, yearly: money(gain.yearly) }) + evidence;
  const vars = { label: gain.label, fact: basis.fact.label, amount: money(basis.fact.amount), yearly: money(gain.yearly), cash: money(gain.cashFreed) };
  const change = basis.kind === 'change' ? Math.abs(basis.change) : 0;
  if (gain.cashFreed === 0) return t('brief-gain-change', { ...vars, change: changeText(change).slice(1) }) + evidence;
  const freed = basis.kind === 'change' ? t('brief-gain-change-cash', { ...vars, change: changeText(change).slice(1) }) : t('brief-gain-days-cash', { ...vars, days: basis.days });
  return freed + (gain.rate !== null ? t('brief-gain-interest', { rate: rateText(gain.rate), yearly: money(gain.yearly) }) : '') + evidence;
}

/** Each figure is confirmed by whoever gave it (`from`); without that, by the supporters, else by the customer. */
function confirmWith(value: ValueCase, supporters: readonly string[], t: Translate): string {
  const givers = [...new Set(value.facts.flatMap((f) => (f.from === null ? [] : [f.from])))];
  if (givers.length > 0) return t('brief-value-confirm-from', { names: givers.join(t('list-separator')) });
  return supporters.length > 0 ? t('brief-value-confirm', { names: supporters.join(t('list-separator')) }) : t('brief-value-confirm-all');
}
