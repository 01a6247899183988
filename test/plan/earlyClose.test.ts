// The close of a decision maker who leaves early (src/plan/earlyClose.ts): who gets one, and what
// joins the price and the ask as the minute they leave moves. The base meeting (60 minutes, no
// value case) starts the close at minute 9; its parts take: price and ask 5 minutes (9–14), the
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

  it('when even the price and the ask end after the minute, shows them anyway and names the rest as missed', () => {
    expect(closeAt(10)).toMatchObject({ from: 9, to: 14, shown: ['pricing', 'ask'], missed: ['case', 'focus'], fits: false });
  });

  it('at minute 14 shows the price and the ask, which end just in time', () => {
    expect(closeAt(14)).toMatchObject({ from: 9, to: 14, shown: ['pricing', 'ask'], fits: true });
  });

  it('adds the focus need before the case when both cannot fit, and the case when the focus need does not', () => {
    // 14 + 7 = 21 is too late at 18, 14 + 3 = 17 is not.
    expect(closeAt(18)).toMatchObject({ to: 17, shown: ['pricing', 'ask', 'case'], missed: ['focus'], fits: true });
    // At 22 the focus need fits (21); with the case too it would end at 24.
    expect(closeAt(22)).toMatchObject({ to: 21, shown: ['pricing', 'ask', 'focus'], missed: ['case'], fits: true });
    // From 24 everything fits.
    expect(closeAt(24)).toMatchObject({ to: 24, shown: ['pricing', 'ask', 'focus', 'case'], missed: [], fits: true });
  });
});
