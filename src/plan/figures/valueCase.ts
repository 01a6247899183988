// The value case's arithmetic, exactly as the contract fixes it (docs/value-case.md): every
// output reads these figures and none recomputes them. Pure; money is summed in whole cents so
// the same config always gives the same totals.
import type { ResolvedCase, ResolvedNeed, ValuePoint } from '../../types.js';
import type { ValueCaseConfig } from '../../validate/deckSchema.js';
import { VALUE_POINTS } from '../../validate/enums.js';
import type { Quote } from '../pricing.js';
import { cumulativeCents, paybackMonth, type PaybackTerms } from './payback.js';

export interface ValueFact {
  id: string;
  label: string;
  amount: number;
  /** Who said it or where it is written; null when the config gives none (readiness warns). */
  source: string | null;
  /** Who in the room gave the figure: said in the notes and the brief, never shown on a slide. */
  from: string | null;
}

/** How a gain's money is reached, so slides and the brief can write the arithmetic out. */
export type GainBasis =
  | { kind: 'amount' }
  | { kind: 'change'; fact: ValueFact; change: number }
  | { kind: 'days'; fact: ValueFact; days: number };

export interface ValueGain {
  need: string;
  needTitle: string;
  point: ValuePoint;
  label: string;
  /** Money per year. */
  yearly: number;
  /** Cash freed once (turnover gains only). */
  cashFreed: number;
  /** The source of the customer's fact the gain is computed from, or null. */
  source: string | null;
  basis: GainBasis;
  /** The yearly cost of money that turns freed cash into a yearly gain. */
  rate: number | null;
  /** A named case that measured a similar change: evidence, never this customer's figure. */
  evidence: { id: string; client: string } | null;
}

export interface PointValue {
  point: ValuePoint;
  yearly: number;
  cashFreed: number;
  gains: ValueGain[];
}

export interface ValueCase {
  currency: string;
  yearly: number;
  cashFreed: number;
  /** Licence total + delivery; null without a quote. */
  oneTime: number | null;
  /** The yearly service fee; null without a quote. */
  yearlyCost: number | null;
  /** Months from signing until the first gain starts (`value.go_live_month`). */
  goLiveMonth: number;
  /** Months after go-live until a gain is complete (`value.ramp_months`). */
  rampMonths: number;
  /** The first month after signing whose cumulative net is ≥ 0; null when it never comes or there is no quote. */
  paybackMonth: number | null;
  /** The same whole month, under the name plan.json has always had. */
  paybackMonths: number | null;
  /** The cumulative net at month 36. */
  threeYearNet: number | null;
  points: PointValue[];
  facts: ValueFact[];
}

export interface ValueCaseInput {
  value: ValueCaseConfig;
  quote?: Quote;
  needs: readonly ResolvedNeed[];
  cases: readonly ResolvedCase[];
}

const toCents = (amount: number): number => Math.round(amount * 100);

export function computeValueCase({ value, quote, needs, cases }: ValueCaseInput): ValueCase {
  const facts: ValueFact[] = value.facts.map((f) => ({ id: f.id, label: f.label, amount: f.amount, source: f.source ?? null, from: f.from ?? null }));
  const factById = new Map(facts.map((f) => [f.id, f]));
  const gains = value.gains.map((gain): { gain: ValueGain; yearlyCents: number; cashCents: number } => {
    const fact = gain.of === undefined ? undefined : factById.get(gain.of);
    const basis: GainBasis = fact && gain.change !== undefined ? { kind: 'change', fact, change: gain.change }
      : fact && gain.days !== undefined ? { kind: 'days', fact, days: gain.days }
        : { kind: 'amount' };
    const { yearlyCents, cashCents } = gainCents(gain.point, basis, gain.amount ?? 0, gain.rate);
    const found = gain.evidence === undefined ? undefined : cases.find((c) => c.id === gain.evidence);
    return { yearlyCents, cashCents, gain: {
      need: gain.need,
      needTitle: needs.find((n) => n.id === gain.need)?.title ?? gain.need,
      point: gain.point,
      label: gain.label,
      yearly: yearlyCents / 100,
      cashFreed: cashCents / 100,
      source: fact?.source ?? null,
      basis,
      rate: gain.rate ?? null,
      evidence: found ? { id: found.id, client: found.client } : null,
    } };
  });

  const points: PointValue[] = VALUE_POINTS.flatMap((point) => {
    const mine = gains.filter((g) => g.gain.point === point);
    if (mine.length === 0) return [];
    return [{
      point,
      yearly: sum(mine.map((g) => g.yearlyCents)) / 100,
      cashFreed: sum(mine.map((g) => g.cashCents)) / 100,
      gains: mine.map((g) => g.gain),
    }];
  });
  const yearlyCents = sum(gains.map((g) => g.yearlyCents));
  const cashCents = sum(gains.map((g) => g.cashCents));
  const timing = { goLiveMonth: value.go_live_month, rampMonths: value.ramp_months };
  const terms: PaybackTerms | undefined = quote
    ? { yearlyCents, yearlyCostCents: toCents(quote.annualService), oneTimeCents: toCents(quote.oneTimeTotal), ...timing }
    : undefined;
  const payback = terms ? paybackMonth(terms) : null;
  return {
    currency: value.currency ?? quote?.currency ?? '',
    yearly: yearlyCents / 100,
    cashFreed: cashCents / 100,
    oneTime: quote ? quote.oneTimeTotal : null,
    yearlyCost: quote ? quote.annualService : null,
    ...timing,
    paybackMonth: payback,
    paybackMonths: payback,
    threeYearNet: terms ? (cumulativeCents(terms).at(-1) ?? 0) / 100 : null,
    points,
    facts,
  };
}

/** The contract's rules for one gain, in cents. */
function gainCents(point: ValuePoint, basis: GainBasis, amount: number, rate: number | undefined): { yearlyCents: number; cashCents: number } {
  if (basis.kind === 'amount') return { yearlyCents: toCents(amount), cashCents: 0 };
  const factCents = toCents(basis.fact.amount);
  const moved = basis.kind === 'change' ? Math.round(Math.abs(factCents * basis.change)) : Math.round((factCents / 365) * basis.days);
  if (point !== 'improve-turnover') return { yearlyCents: moved, cashCents: 0 };
  // Faster turnover frees the cash once; only its cost of money recurs every year.
  return { yearlyCents: rate === undefined ? 0 : Math.round(moved * rate), cashCents: moved };
}

/** The terms of the month-by-month payback; null without a quote. */
export function paybackTerms(value: ValueCase): PaybackTerms | null {
  if (value.oneTime === null || value.yearlyCost === null) return null;
  return {
    yearlyCents: toCents(value.yearly),
    yearlyCostCents: toCents(value.yearlyCost),
    oneTimeCents: toCents(value.oneTime),
    goLiveMonth: value.goLiveMonth,
    rampMonths: value.rampMonths,
  };
}

/** The cumulative net value at the end of each month 0…`months` (month 0: the one-time cost). */
export function cumulativeNet(value: ValueCase, months = 36): number[] {
  const terms = paybackTerms(value);
  return terms ? cumulativeCents(terms, months).map((cents) => cents / 100) : [];
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
