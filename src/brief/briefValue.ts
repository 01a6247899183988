// The brief's "Value case" section: every fact with its source, every gain with its arithmetic
// written out, the totals and the payback — the same figures the slides show (plan.value), to the
// unit, so the presenter can check them and confirm them with the customer before the meeting.
import { paybackTerms, type ValueCase, type ValueGain } from '../plan/figures/valueCase.js';
import { changeText, rateText } from '../plan/figures/moneyText.js';
import { feeMonths, fullFrom, fullGainMonths, monthNetCents, cumulativeCents, shareOf, type PaybackTerms } from '../plan/figures/payback.js';
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
  // A sum is written out only when it adds something: "€728,767 = €728,767" says nothing.
  const line = (key: string, terms: number[], total: number): string => (terms.length > 1 ? t(key, { terms: sum(terms), total: money(total) }) : t(`${key}-single`, { total: money(total) }));
  const totals = [line('brief-total-yearly', yearlyTerms, value.yearly), ...(cashTerms.length > 0 ? [line('brief-total-cash', cashTerms, value.cashFreed)] : [])];
  const terms = paybackTerms(value);
  if (quote && terms && value.oneTime !== null && value.yearlyCost !== null && value.threeYearNet !== null) {
    const cost = { yearly: money(value.yearly), cost: money(value.yearlyCost), onetime: money(value.oneTime) };
    totals.push(
      t('brief-total-one-time', { licence: money(quote.licenceTotal), delivery: money(quote.delivery), total: money(value.oneTime) }),
      t('brief-total-yearly-cost', { licence: money(quote.licenceTotal), rate: rateText(quote.annualServiceRate), total: cost.cost }),
      ...monthByMonth(value, terms, t),
      value.paybackMonth === null ? t('brief-total-no-payback', cost) : t('brief-total-payback', { month: value.paybackMonth }),
      threeYearLine(value, terms, t),
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

/** Money to the cent with a true minus sign: a month's gain is a twelfth of a year, and a CFO
 * checks each subtraction, which whole units would leave off by one. */
function signedMoney(currency: string): (cents: number) => string {
  return (cents) => {
    const whole = Math.round(cents);
    return `${whole < 0 ? '−' : ''}${formatMoney(Math.abs(whole) / 100, currency)}`;
  };
}

/**
 * The payback written out month by month, so a CFO can add it up: when the money starts, a full
 * month's gain and fee, then each month (or run of equal months) with the cumulative net, up to
 * the payback month. Without a payback the months are not listed: none of them reaches 0.
 */
function monthByMonth(value: ValueCase, terms: PaybackTerms, t: Translate): string[] {
  const cents = signedMoney(value.currency);
  const first = terms.goLiveMonth + 1;
  const full = fullFrom(terms);
  const timing = { 'month-golive': terms.goLiveMonth, 'month-first': first, 'month-full': full, months: terms.rampMonths };
  const gain = terms.yearlyCents / 12;
  const fee = terms.yearlyCostCents / 12;
  const lines = [
    t(terms.rampMonths > 1 ? 'brief-total-timing' : 'brief-total-timing-at-once', timing),
    ...(value.cashFreed > 0 ? [t('brief-total-cash-timing', { cash: cents(Math.round(value.cashFreed) * 100), 'month-full': full })] : []),
    t('brief-total-monthly', { yearly: cents(terms.yearlyCents), gain: cents(gain), cost: cents(terms.yearlyCostCents), fee: cents(fee), net: cents(gain - fee) }),
  ];
  const last = value.paybackMonth;
  if (last === null) return lines;
  const line = cumulativeCents(terms, last);
  const at = (month: number): string => cents(line[month] ?? 0);
  const when = (from: number, to: number): string => (from === to ? t('brief-month-one', { month: from }) : t('brief-month-range', { 'month-from': from, 'month-to': to }));
  const money = { gain: cents(gain), fee: cents(fee) };
  lines.push(t('brief-month-signing', { onetime: cents(terms.oneTimeCents), cumulative: at(0) }));
  if (terms.goLiveMonth >= 1) lines.push(t('brief-month-before', { when: when(1, Math.min(terms.goLiveMonth, last)), cumulative: at(Math.min(terms.goLiveMonth, last)) }));
  for (let month = first; month < Math.min(full, last + 1); month++) {
    const { part, of } = shareOf(terms, month);
    lines.push(t('brief-month-ramp', { when: when(month, month), share: `${part}/${of}`, ...money, net: cents(monthNetCents(terms, month)), cumulative: at(month) }));
  }
  // The full months are all alike: a run of them in one line, the payback month on its own.
  const run = last - Math.max(full, first);
  if (run >= 2) lines.push(t('brief-months-full', { when: when(full, last - 1), count: run, ...money, net: cents((line[last - 1] ?? 0) - (line[full - 1] ?? 0)), cumulative: at(last - 1) }));
  if (run === 1) lines.push(t('brief-month-full', { when: when(full, full), ...money, net: cents(monthNetCents(terms, full)), cumulative: at(full) }));
  if (last >= full) lines.push(t('brief-month-full', { when: when(last, last), ...money, net: cents(monthNetCents(terms, last)), cumulative: at(last) }));
  return lines;
}

/** The three-year net as months of gain and months of fee, the same figure as the chart's end. */
function threeYearLine(value: ValueCase, terms: PaybackTerms, t: Translate): string {
  const cents = signedMoney(value.currency);
  const count = fullGainMonths(terms);
  const months = feeMonths(terms);
  return t('brief-total-three-year', {
    yearly: cents(terms.yearlyCents),
    count: String(count),
    gains: cents((terms.yearlyCents * count) / 12),
    cost: cents(terms.yearlyCostCents),
    months,
    fees: cents((terms.yearlyCostCents * months) / 12),
    onetime: cents(terms.oneTimeCents),
    net: cents((value.threeYearNet ?? 0) * 100),
  });
}

/** Each figure is confirmed by whoever gave it (`from`); without that, by the supporters, else by the customer. */
function confirmWith(value: ValueCase, supporters: readonly string[], t: Translate): string {
  const givers = [...new Set(value.facts.flatMap((f) => (f.from === null ? [] : [f.from])))];
  if (givers.length > 0) return t('brief-value-confirm-from', { names: givers.join(t('list-separator')) });
  return supporters.length > 0 ? t('brief-value-confirm', { names: supporters.join(t('list-separator')) }) : t('brief-value-confirm-all');
}
