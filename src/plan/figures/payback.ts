// The payback month by month, as the contract fixes it (docs/value-case.md, "When the money
// comes"): the one-time cost at signing (month 0), nothing before go-live, each gain growing
// evenly over the ramp, the yearly cost paid monthly from go-live. A CFO checks a payback by
// adding up months, so everything here is whole months counted from signing. Pure.
//
// Sums are kept in whole units of 1/(12 × steps) of a cent, where every month's amount is a whole
// number, so "the cumulative net is ≥ 0" is decided exactly and never by a rounding error.
// (Exact while the yearly value stays below about 60 billion.)

export interface PaybackTerms {
  yearlyCents: number;
  yearlyCostCents: number;
  oneTimeCents: number;
  /** Months from signing until the first gain starts. */
  goLiveMonth: number;
  /** Months after go-live until a gain is complete; 0 means complete from the first month. */
  rampMonths: number;
}

/** A month's share of the full monthly gain: `part`/`of`, 0 before go-live. */
export interface MonthShare {
  part: number;
  of: number;
}

/** Ramp 0 and ramp 1 both give the full gain in the first month after go-live. */
const steps = (terms: PaybackTerms): number => Math.max(1, terms.rampMonths);

/** The first month that earns the full gain. */
export const fullFrom = (terms: PaybackTerms): number => terms.goLiveMonth + steps(terms);

export function shareOf(terms: PaybackTerms, month: number): MonthShare {
  const after = month - terms.goLiveMonth;
  return { part: after < 1 ? 0 : Math.min(after, steps(terms)), of: steps(terms) };
}

/** Month `month`'s net (gain less yearly cost ÷ 12), in units of 1/(12 × steps) cent. */
function netScaled(terms: PaybackTerms, month: number): number {
  if (month <= terms.goLiveMonth) return 0;
  return terms.yearlyCents * shareOf(terms, month).part - terms.yearlyCostCents * steps(terms);
}

/** The cumulative net at the end of months 0…`months`, in units of 1/(12 × steps) cent. */
function cumulativeScaled(terms: PaybackTerms, months: number): number[] {
  const line = [-terms.oneTimeCents * 12 * steps(terms)];
  for (let month = 1; month <= months; month++) line.push((line[month - 1] ?? 0) + netScaled(terms, month));
  return line;
}

const toCents = (terms: PaybackTerms) => (scaled: number): number => Math.round(scaled / (12 * steps(terms)));

/** The cumulative net at the end of months 0…`months`, in cents (month 0: minus the one-time cost). */
export function cumulativeCents(terms: PaybackTerms, months = 36): number[] {
  return cumulativeScaled(terms, months).map(toCents(terms));
}

/** Month `month`'s own net (gain less the month's service fee), in cents. */
export function monthNetCents(terms: PaybackTerms, month: number): number {
  return toCents(terms)(netScaled(terms, month));
}

/**
 * The first month (1, 2, …) whose cumulative net is ≥ 0; null when the yearly value does not
 * exceed the yearly cost, since then no month ever adds more than it costs.
 */
export function paybackMonth(terms: PaybackTerms): number | null {
  if (terms.yearlyCents <= terms.yearlyCostCents) return null;
  const full = fullFrom(terms);
  const line = cumulativeScaled(terms, full);
  const hit = line.findIndex((sum, month) => month >= 1 && sum >= 0);
  if (hit !== -1) return hit;
  // From the first full month on every month adds the same net, so the rest is a division.
  const perMonth = (terms.yearlyCents - terms.yearlyCostCents) * steps(terms);
  return full + Math.ceil(-(line[full] ?? 0) / perMonth);
}

/** How many months of full gain the months 1…`months` add up to (33 for go-live 2, ramp 3, 36 months). */
export function fullGainMonths(terms: PaybackTerms, months = 36): number {
  let parts = 0;
  for (let month = 1; month <= months; month++) parts += shareOf(terms, month).part;
  return parts / steps(terms);
}

/** How many months pay the service fee in months 1…`months`. */
export function feeMonths(terms: PaybackTerms, months = 36): number {
  return Math.max(0, months - terms.goLiveMonth);
}
