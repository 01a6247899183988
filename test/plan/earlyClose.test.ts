// The close of a decision maker who leaves early (src/plan/earlyClose.ts): who gets one, and what
// joins the price and the ask as the minute they leave moves. The base meeting (60 minutes, no
// value case) starts the close at minute 10; its parts take: price and ask 5 minutes (10–15), the
// case 3, the focus need 7. Each expected end below is those minutes added up by hand.
import { describe, expect, it } from 'vitest';
import { earlyDecider } from '../../src/plan/earlyClose.js';
import type { Person } from '../../src/types.js';
import { baseConfig, planOf } from './tailoringHelpers.js';

const person = (name: string, fields: Partial<Person>): Person => ({ name, role: 'manager', decision: 'none', ...fields }) as Person;

describe('earlyDecider', () => {
  it('picks the earliest leaver who decides or is an executive, and nobody else', () => {
    const people = [
      person('Ann', { decision: 'decision-maker', leaves_after: 30 }),
      person('Bo', { role: 'executive', leaves_after: 20 }),
      person('Cy', { decision: 'influencer', leaves_after: 5 }),
      person('Di', { decision: 'decision-maker' }),
    ];
    expect(earlyDecider(people)?.name).toBe('Bo');
    expect(earlyDecider(people.slice(0, 1))?.name).toBe('Ann');
    expect(earlyDecider([people[2] as Person, people[3] as Person])).toBeUndefined();
    expect(earlyDecider([])).toBeUndefined();
  });
});

describe('what joins the price and the ask', () => {
  const closeAt = (minute: number) => {
    const config = baseConfig();
    (config.audience[0] as Record<string, unknown>).leaves_after = minute;
    return planOf(config).leavers[0]?.close;
  };

  // The close must end a minute before they may leave; its parts are listed in the order shown.
  it('when even the price and the ask end too late, shows them anyway and names the rest as missed', () => {
    expect(closeAt(10)).toMatchObject({ from: 10, to: 15, shown: ['pricing', 'ask'], missed: ['case', 'focus'], fits: false });
    expect(closeAt(15)).toMatchObject({ to: 15, fits: false });
  });

  it('at minute 16 shows the price and the ask, which end a minute before', () => {
    expect(closeAt(16)).toMatchObject({ from: 10, to: 15, shown: ['pricing', 'ask'], fits: true });
  });

  it('adds the focus need before the case when both cannot fit, and the case when the focus need does not', () => {
    // 15 + 3 = 18 is too late at 18 (a minute's margin), fits at 19; 15 + 7 = 22 fits from 23.
    expect(closeAt(18)).toMatchObject({ to: 15, shown: ['pricing', 'ask'], missed: ['case', 'focus'], fits: true });
    expect(closeAt(19)).toMatchObject({ to: 18, shown: ['case', 'pricing', 'ask'], missed: ['focus'], fits: true });
    expect(closeAt(23)).toMatchObject({ to: 22, shown: ['focus', 'pricing', 'ask'], missed: ['case'], fits: true });
    // From 26 everything fits (15 + 7 + 3 = 25).
    expect(closeAt(26)).toMatchObject({ to: 25, shown: ['case', 'focus', 'pricing', 'ask'], missed: [], fits: true });
  });
});
