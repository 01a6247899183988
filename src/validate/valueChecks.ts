// The value case's cross-field rules: every id a gain names exists in this file, and each gain
// says its figure one way only (the contract's arithmetic reads exactly one of them).
import type { DeckConfig } from './deckSchema.js';
import { suggest } from '../source/didYouMean.js';

export type Report = (path: (string | number)[], code: string, message: string, hint: string) => void;

export function checkValueCase(config: DeckConfig, needIds: readonly string[], report: Report): void {
  const value = config.value;
  if (!value) return;
  const factIds: string[] = [];
  value.facts.forEach((fact, i) => {
    if (factIds.includes(fact.id)) report(['value', 'facts', i, 'id'], 'duplicate-fact', `fact id \`${fact.id}\` is used twice`, 'give every fact its own id');
    factIds.push(fact.id);
  });
  const caseIds = config.cases.filter((c): c is string => typeof c === 'string');

  value.gains.forEach((gain, i) => {
    const at = (key: string): (string | number)[] => ['value', 'gains', i, key];
    if (!needIds.includes(gain.need)) report(at('need'), 'unknown-need', `\`${gain.need}\` is not the id of a need in this file`, suggest(gain.need, needIds, 'a need id:'));
    if (gain.of !== undefined && !factIds.includes(gain.of)) {
      report(at('of'), 'unknown-fact', `\`${gain.of}\` is not the id of a fact in \`value.facts\``, factIds.length > 0 ? suggest(gain.of, factIds, 'a fact id:') : 'add the figure to `value.facts` (id, label, amount, source) and name its id here');
    }
    if (gain.evidence !== undefined && !caseIds.includes(gain.evidence)) {
      report(at('evidence'), 'unknown-case', `\`${gain.evidence}\` is not a case listed in \`cases\``, caseIds.length > 0 ? suggest(gain.evidence, caseIds, 'a case id:') : 'add the case id to `cases:` so the deck shows the case it cites');
    }
    checkGainShape(gain, i, report);
  });

  const priced = config.pricing?.currency;
  if (value.currency === undefined && priced === undefined) {
    report(['value'], 'no-currency', '`value` has no `currency`, and there is no `pricing` to take it from', 'add `currency: CNY` (or EUR, USD, …) under `value:`');
  } else if (value.currency !== undefined && priced !== undefined && value.currency !== priced) {
    report(['value', 'currency'], 'currency-mismatch', `the value case is in ${value.currency} but the quote in \`pricing\` is in ${priced}; payback compares the two`, `write both in the same currency (remove \`currency\` here to use ${priced})`);
  }
}

type Gain = NonNullable<DeckConfig['value']>['gains'][number];

function checkGainShape(gain: Gain, index: number, report: Report): void {
  const at = (key: string): (string | number)[] => ['value', 'gains', index, key];
  const figures = (['amount', 'change', 'days'] as const).filter((key) => gain[key] !== undefined);
  const turnover = gain.point === 'improve-turnover';
  if (figures.length > 1) {
    const [first, second = ''] = figures;
    report(at(second), 'gain-two-figures', `the gain gives both \`${first}\` and \`${second}\`; it must use exactly one of \`amount\`, \`change\` or \`days\``, `keep the one the customer confirmed and remove the other`);
    return;
  }
  if (figures.length === 0) {
    if (gain.of !== undefined) {
      const message = turnover ? 'this turnover gain has neither `change` nor `days`' : 'this gain names a fact in `of` but has no `change`';
      const hint = turnover ? 'add `change: -0.3` (the fact falls by 30%) or `days: 5` (five days faster)' : 'add `change: -0.3` (the fact falls by 30%) or `change: 0.1` (it grows by 10%)';
      report(at('of'), 'gain-no-figure', message, hint);
    } else {
      report(['value', 'gains', index], 'gain-no-figure', 'this gain has no figure', 'add `amount:` (a yearly sum) or `of:` a fact id with `change:`');
    }
    return;
  }
  const kind = figures[0];
  if (kind === 'amount' && gain.of !== undefined) {
    report(at('of'), 'gain-of-with-amount', '`of` names a fact to change, but this gain already gives its `amount` in money', 'remove `of`, or replace `amount` with `change` (a fraction of the fact)');
  }
  if (kind !== 'amount' && gain.of === undefined) {
    report(at(kind ?? 'change'), 'gain-without-fact', `\`${kind}\` needs \`of:\` naming the fact it applies to`, 'add `of: <fact id>` from `value.facts`');
  }
  if (kind === 'days' && !turnover) {
    report(at('days'), 'days-not-turnover', `\`days\` frees cash, which only an \`improve-turnover\` gain does; this one is \`${gain.point}\``, 'use `change` here, or set `point: improve-turnover`');
  }
  if (gain.rate !== undefined && (!turnover || kind === 'amount')) {
    report(at('rate'), 'rate-without-cash', '`rate` is the yearly cost of money on cash freed; this gain frees no cash', turnover ? 'remove `rate`, or use `change`/`days` instead of `amount`' : 'remove `rate`, or set `point: improve-turnover`');
  }
}
