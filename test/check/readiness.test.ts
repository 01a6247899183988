// Each readiness code fires on a config built to trigger it and stays silent otherwise; the
// score moves as docs/readiness.md says.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessReadiness, type Readiness } from '../../src/check/readiness.js';
import { translator } from '../../src/plan/text.js';
import { loadAndPlan } from '../../src/buildDeck.js';
import { baseConfig, writeConfig } from '../plan/tailoringHelpers.js';

type Config = ReturnType<typeof baseConfig>;

/** The "everything" fixture with every fact filled in: nothing to fix. */
function ready(): Config {
  const config = baseConfig();
  config.qualification = { timeline: 'live by April', budget: '60k approved', decision_process: 'finance proposes, the GM signs' };
  config.needs = config.needs.map((n) => ({ ...n, situation: n.situation ?? 'by hand', problem: n.problem ?? 'late', payoff: n.payoff ?? 'on time' }));
  (config.deck as Record<string, unknown>).product = 'ledger-trade';
  (config.deck as Record<string, unknown>).duration = 90;
  config.value = {
    facts: [{ id: 'overdue', label: 'Overdue receivables', amount: 800000, source: 'finance manager, call of 20 Nov' }],
    gains: [{ need: 'receivables', point: 'improve-turnover', label: 'Overdue down by a quarter', of: 'overdue', change: -0.25, rate: 0.06 }],
  };
  return config;
}

/** A trigger changes the config, or returns how to rewrite its YAML text (for what only the source shows). */
type Trigger = (c: Config) => unknown;

function readiness(config: Config, rewrite?: (yaml: string) => string): Readiness {
  const file = writeConfig(config);
  if (rewrite) writeFileSync(file, rewrite(readFileSync(file, 'utf8')));
  const { meeting, plan } = loadAndPlan(file);
  return assessReadiness(meeting, plan, translator(meeting.strings));
}

const failed = (r: Readiness): string[] => r.checks.filter((c) => !c.ok).map((c) => c.code);

const triggers: Record<string, Trigger> = {
  'no-decision-maker': (c) => (c.audience = c.audience.map((p) => ({ ...p, decision: 'influencer' }))),
  'competitor-driven': (c) => ((c.strategy as Record<string, unknown>).requested_by = 'competitor'),
  'no-groundwork': (c) => ((c.strategy as Record<string, unknown>).groundwork = false),
  'needs-unclear': (c) => delete (c.needs[0] as Record<string, unknown>).payoff,
  'no-competitor-info': (c) => (c.competitors = [{ name: 'Quiet Rival' }]),
  'resistant-without-plan': (c) => {
    (c.strategy as Record<string, unknown>).supporters = [];
    (c.strategy as Record<string, unknown>).contingencies = [];
  },
  'time-overflow': (c) => ((c.deck as Record<string, unknown>).duration = 15),
  'no-call-to-action': (c) => delete c.closing,
  'no-case-for-executive': (c) => (c.cases = []),
  'content-industry-mismatch': (c) => {
    (c.customer as Record<string, unknown>).industry = 'retail chain';
    c.needs[0] = { ...c.needs[0], features: [...((c.needs[0]?.features as unknown[] | undefined) ?? []), 'mrp-planning'] };
  },
  'concern-unanswered': (c) => ((c.audience[1] as Record<string, unknown>).concerns = ['parking spaces near the lobby']),
  'excitement-unplaced': (c) => ((c.strategy as Record<string, unknown>).excitement = ['a surprise nobody expects']),
  'name-on-slide': (c) => ((c.customer as Record<string, unknown>).situation = `${String((c.audience[0] as Record<string, unknown>).name)} reconciles by hand`),
  'no-demo-steps': (c) => (c.needs[0] = { ...c.needs[0], features: [{ name: 'Policy page', feature: 'a', function: 'b', advantage: 'c', benefit: 'd' }] }),
  'contingency-without-steps': (c) => ((c.strategy as Record<string, unknown>).contingencies = [{ if: 'the warehouse doubts it', then: 'show receiving with a scanner' }]),
  'leaves-before-value': (c) => ((c.audience[1] as Record<string, unknown>).leaves_after = 2),
  'leaves-before-ask': (c) => ((c.audience[0] as Record<string, unknown>).leaves_after = 6),
  'leaver-misses-own': (c) => {
    const person = c.audience[0] as Record<string, unknown>;
    person.leaves_after = 12;
    person.concerns = [{ concern: 'whether month-end can close earlier', answer: 'the balances are matched every day', at: 'implementation' }];
  },
  'no-payback': (c) => delete c.value,
  'unsourced-figure': (c) => delete ((c.value as { facts: Record<string, unknown>[] }).facts[0] as Record<string, unknown>).source,
  'qualification-gap': (c) => delete (c.qualification as Record<string, unknown>).budget,
  'list-split-at-comma': () => (yaml: string): string => yaml.replace(/excitement:\n\s*- .*\n(?: {5,}.*\n)*/, 'excitement: [live mobile approval, with Chen Jie signing off]\n'),
  'placeholders-left': (c) => ((c.customer as Record<string, unknown>).industry = 'TODO: the customer\'s industry'),
};

describe('readiness check', () => {
  it('finds nothing to fix in a fully prepared meeting, which scores 100', () => {
    const r = readiness(ready());
    expect(failed(r)).toEqual([]);
    expect(r.score).toBe(100);
    expect(r.checks.map((c) => c.code)).toEqual(Object.keys(triggers));
  });

  for (const [code, trigger] of Object.entries(triggers)) {
    it(`${code} fires on a config built to trigger it, with a fix`, () => {
      const config = ready();
      const rewrite = trigger(config);
      const r = readiness(config, typeof rewrite === 'function' ? (rewrite as (yaml: string) => string) : undefined);
      expect(failed(r)).toContain(code);
      const check = r.checks.find((c) => c.code === code);
      expect(check?.fix.length).toBeGreaterThan(10);
      expect(check?.message).not.toBe('');
    });
  }

  it('names the unanswered concern with its person, and the early leaver with the minute and the key', () => {
    const config = ready();
    (config.audience[1] as Record<string, unknown>).concerns = ['parking spaces near the lobby'];
    (config.audience[0] as Record<string, unknown>).leaves_after = 2;
    (config.strategy as Record<string, unknown>).contingencies = [{ if: 'Zhang Min has to go', then: 'show the value', jump_to: 'value' }];
    const r = readiness(config);
    expect(r.checks.find((c) => c.code === 'concern-unanswered')?.message).toBe('No slide answers: Chen Jie: parking spaces near the lobby.');
    const leaves = r.checks.find((c) => c.code === 'leaves-before-value');
    expect(leaves?.ok).toBe(false);
    expect(leaves?.message).toMatch(/^Zhang Min may leave at minute 2, before the value case starts \(minute \d+, slide \d+\); Shift\+1 jumps there\.$/);
  });

  it('asks for the cards behind a contingency that shows something, and is satisfied by `show` or a jump to a card but not by a jump to a section', () => {
    const check = (contingencies: unknown[]) => {
      const config = ready();
      (config.strategy as Record<string, unknown>).contingencies = contingencies;
      return readiness(config).checks.find((c) => c.code === 'contingency-without-steps');
    };
    const bare = check([{ if: 'the warehouse doubts it', then: 'show receiving with a scanner', jump_to: 'value' }, { if: 'asked about payroll', then: 'say we do not do payroll' }]);
    expect(bare?.message).toBe('Contingencies that show something live but name no card, so the brief has no steps behind them: the warehouse doubts it.');
    expect(bare?.fix).toContain('(cards with steps in this deck: credit-check)');
    expect(check([{ if: 'the warehouse doubts it', then: 'show receiving with a scanner', show: ['credit-check'] }])?.ok).toBe(true);
    expect(check([{ if: 'the warehouse doubts it', then: 'show receiving with a scanner', jump_to: 'credit-check' }])?.ok).toBe(true);
  });

  it('names a leaver\'s own concern answered after their minute, and is quiet when it comes before', () => {
    const leaving = (at: string, minute = 12) => {
      const config = ready();
      const person = config.audience[0] as Record<string, unknown>;
      person.leaves_after = minute;
      person.concerns = [{ concern: 'whether month-end can close earlier', answer: 'the balances are matched every day', at }];
      return readiness(config).checks.find((c) => c.code === 'leaver-misses-own');
    };
    expect(leaving('implementation')?.message).toMatch(/^Zhang Min may leave at minute 12, but their concern “whether month-end can close earlier” is answered on slide \d+, at minute (1[2-9]|[2-9]\d)\.$/);
    // Their own close (price and ask) comes before their minute: an answer linked there is heard.
    expect(leaving('pricing', 16)?.ok).toBe(true);
    expect(leaving('implementation', 16)?.ok).toBe(false);
  });

  it('gives the YAML to add for an unplaced concern or excitement point, with an `at` suggested by shared words for the author to confirm', () => {
    const config = ready();
    (config.audience[1] as Record<string, unknown>).concerns = ['counting the shelves takes the whole weekend'];
    (config.strategy as Record<string, unknown>).excitement = ['the shelves counted live on a phone'];
    const r = readiness(config);
    const concern = r.checks.find((c) => c.code === 'concern-unanswered');
    expect(concern?.message).toBe('No slide answers: Chen Jie: counting the shelves takes the whole weekend.');
    // Shared words ("count", "shelf") only suggest where it may belong; the deck did not place it there.
    expect(concern?.fix).toContain('Chen Jie: `- {concern: "counting the shelves takes the whole weekend", answer: "what you will say", at: ');
    const suggested = /at: ([a-z0-9-]+)\}`/.exec(concern?.fix ?? '')?.[1];
    expect(['stock', 'cycle-counts', 'stock-1']).toContain(suggested);
    const excitement = r.checks.find((c) => c.code === 'excitement-unplaced');
    expect(excitement?.fix).toMatch(/`- \{point: "the shelves counted live on a phone", at: [a-z0-9-]+\}`/);
  });

  it('names the field that would put an audience member\'s name on a slide, and not a figure\'s `from`', () => {
    const config = ready();
    (config.opening as Record<string, unknown>).hook = 'Chen Jie, how many days does your month-end take?';
    const value = config.value as { facts: Record<string, unknown>[] };
    if (value.facts[0]) value.facts[0].from = 'Chen Jie';
    const check = readiness(config).checks.find((c) => c.code === 'name-on-slide');
    expect(check?.ok).toBe(false);
    expect(check?.message).toBe('A person\'s name would be shown on a slide: opening.hook (Chen Jie).');
    // A name with a title counts too: "Ms Jie" in English, 马主管 for 马强 in Chinese.
    (config.opening as Record<string, unknown>).hook = 'How many days does the close take?';
    (config.closing as Record<string, unknown>).call_to_action = 'A pilot, with two clerks named by Ms Jie';
    expect(readiness(config).checks.find((c) => c.code === 'name-on-slide')?.message).toBe('A person\'s name would be shown on a slide: closing.call_to_action (Chen Jie).');
    const zh = ready();
    (zh.audience[1] as Record<string, unknown>).name = '马强';
    (zh.strategy as Record<string, unknown>).supporters = [];
    (zh.closing as Record<string, unknown>).call_to_action = '两周内启动试点，由马主管指定两名仓管参与';
    expect(readiness(zh).checks.find((c) => c.code === 'name-on-slide')?.message).toContain('closing.call_to_action (马强)');
  });

  it('names what is missing: the qualification facts and the unclear needs', () => {
    const config = ready();
    config.qualification = { budget: 'known' };
    delete (config.needs[1] as Record<string, unknown>).problem;
    const r = readiness(config);
    expect(r.checks.find((c) => c.code === 'qualification-gap')?.message).toBe('Qualification facts missing: timeline, decision_process.');
    expect(r.checks.find((c) => c.code === 'needs-unclear')?.message).toContain('Stock accuracy');
  });

  it('marks a missing decision maker and missing groundwork as blocking', () => {
    const r = readiness(ready());
    expect(r.checks.filter((c) => c.severity === 'block').map((c) => c.code)).toEqual(['no-decision-maker', 'no-groundwork', 'placeholders-left']);
  });

  it('takes 6 points per missing 7+3 fact, 5 for a missing message, hook, rules or call to action', () => {
    const full = readiness(ready());
    const drop = (change: (c: Config) => void): Readiness['breakdown'] => {
      const config = ready();
      change(config);
      return readiness(config).breakdown;
    };
    expect(drop((c) => delete (c.qualification as Record<string, unknown>).timeline).facts).toBe(full.breakdown.facts - 6);
    expect(drop((c) => delete (c.deck as Record<string, unknown>).product).facts).toBe(full.breakdown.facts - 6);
    expect(drop((c) => delete (c.goal as Record<string, unknown>).why_us).facts).toBe(full.breakdown.facts - 6);
    expect(drop((c) => delete (c.goal as Record<string, unknown>).message).logic).toBe(15);
    expect(drop((c) => delete (c.opening as Record<string, unknown>).hook).form).toBe(15);
    expect(drop((c) => delete c.closing).form).toBe(15);
    expect(drop((c) => ((c.deck as Record<string, unknown>).duration = 15)).form).toBe(15);
  });

  it('gives the logic points in proportion to the needs carried from problem to payoff', () => {
    const config = ready();
    delete (config.needs[0] as Record<string, unknown>).payoff;
    // 5 for the message, 10 × two of three needs carried, 5 for a sourced value case that pays back.
    expect(readiness(config).breakdown.logic).toBe(5 + 7 + 5);
  });

  it('counts the value case: no payback and an unsourced figure each cost its 5 logic points, and say how to fix it', () => {
    const full = readiness(ready());
    const noValue = ready();
    delete noValue.value;
    const r = readiness(noValue);
    expect(r.breakdown.logic).toBe(full.breakdown.logic - 5);
    expect(r.checks.find((c) => c.code === 'no-payback')?.message).toMatch(/quote is given but no value case/);
    expect(r.checks.find((c) => c.code === 'no-payback')?.fix).toMatch(/docs\/value-case\.md/);
    const small = ready();
    (small.value as { gains: Record<string, unknown>[] }).gains = [{ need: 'receivables', point: 'reduce-cost', label: 'Tiny', amount: 100 }];
    const below = readiness(small);
    expect(below.checks.find((c) => c.code === 'no-payback')?.message).toMatch(/¥100 a year\) do not exceed the yearly service fee/);
    expect(below.breakdown.logic).toBe(full.breakdown.logic - 5);
  });
});
