// The deck config contract (docs/config-reference.md) as one zod schema. The JSON Schema for
// editors is generated from it (`npm run schema`), so editor hints and build errors never disagree,
// and so is the description a valid config is checked against without zod (deckSpec.generated.ts).
// Built on first use: only a config with a problem, a new meeting or the schema export need it.
import type { z } from 'zod';
import { zodLibrary } from './zodLibrary.js';
import {
  DECISIONS, LANGUAGES, POSITIONINGS, REQUESTERS, ROLES, SALES, STANCES, STRUCTURES, TECHNIQUES, VALUE_POINTS,
} from './enums.js';
import { onWrongType, withRule, withRuleReport, zodFields } from './fields.js';
import { brandSchema } from './brandSchema.js';
import { stepsOutOfRange } from './refinements.js';

function buildDeckSchema() {
  const { z } = zodLibrary();
  const { projectPath, slug, text, textList, webUrl } = zodFields();

  const isoDate = withRule(
    z
      .string(onWrongType('must be a date written as text, like "2026-12-03"'))
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date like 2026-12-03' }),
    'calendarDate',
    'is not a real calendar date',
  );

  const inlineFeatureSchema = withRuleReport(z.strictObject({
    // Added 2026-12-02: an id a concern, an excitement point or a jump can link to.
    id: slug.optional(),
    name: text,
    feature: text,
    function: text,
    advantage: text,
    benefit: text,
    value: z.enum(VALUE_POINTS).optional(),
    demo: textList.optional(),
    // Added 2026-12-03: as in a library card (docs/content-format.md).
    must_show: z.array(z.number(onWrongType('must be a step number, like 2')).int({ error: 'must be a whole step number' }).min(1, { error: 'step numbers start at 1' })).min(1).max(20).optional(),
    prepare: textList.optional(),
  }), 'stepsInRange', (card, ctx) => {
    for (const { index, step, steps } of stepsOutOfRange(card)) {
      ctx.addIssue({ code: 'custom', path: ['must_show', index], message: `names step ${step}, but the card's \`demo\` has ${steps} steps: use a number from 1 to ${steps}` });
    }
  });

  const inlineCaseSchema = z.strictObject({
    id: slug.optional(),
    client: text,
    industry: text.optional(),
    problem: text,
    solution: text,
    delivery: text.optional(),
    results: textList.min(1, { error: 'needs at least one result' }),
    recognition: textList.optional(),
  });

  /** Where a concern is answered or an excitement point shown: a need id, a card id or a section id. */
  const linkTarget = slug;

  // Added 2026-12-02: a concern may carry its own answer and the slide that gives it.
  const concern = z.union([text, z.strictObject({ concern: text, answer: text.optional(), at: linkTarget.optional() })]);
  const excitementPoint = z.union([text, z.strictObject({ point: text, at: linkTarget.optional() })]);

  const person = z.strictObject({
    name: text,
    title: text.optional(),
    role: z.enum(ROLES),
    decision: z.enum(DECISIONS).default('influencer'),
    stance: z.enum(STANCES).default('neutral'),
    experienced: z.boolean(onWrongType('must be true or false')).default(false),
    concerns: z.array(concern).max(20).default([]),
    background: text.optional(),
    // Added to the contract: the person may leave this many minutes after the start.
    leaves_after: z.number(onWrongType('must be a number of minutes')).finite().int({ error: 'must be whole minutes' }).min(1).max(240).optional(),
  });

  const need = z.strictObject({
    id: slug,
    title: text,
    priority: z.number(onWrongType('must be a whole number from 1 to 5')).int().min(1).max(5).default(3),
    situation: text.optional(),
    problem: text.optional(),
    implication: text.optional(),
    payoff: text.optional(),
    value: z.enum(VALUE_POINTS).optional(),
    // Added 2026-12-02: whose problem it is (a name in audience) and the case that proves it.
    owner: text.optional(),
    evidence: text.optional(),
    features: z.array(z.union([slug, inlineFeatureSchema])).min(1, { error: 'needs at least one feature' }).max(12),
  });

  const competitor = z.strictObject({
    name: text,
    strengths: textList.default([]),
    weaknesses: textList.default([]),
    incumbent: z.boolean(onWrongType('must be true or false')).default(false),
    positioning: z.enum(POSITIONINGS).optional(),
    rebuttals: textList.default([]),
    website: webUrl.optional(),
  });

  const money = z.number(onWrongType('must be a number (an amount, without currency sign)')).finite().min(0).max(1e12);
  const currency = z.string(onWrongType('must be a three-letter currency code like CNY or EUR')).regex(/^[A-Z]{3}$/, { error: 'must be a three-letter currency code like CNY or EUR' });
  /** A customer's own figure is a size, never negative: the gain's `change` carries the direction. */
  const amount = z.number(onWrongType('must be a number (an amount, without currency sign)')).finite()
    .min(0, { error: 'must not be negative: write the size of the figure; a gain\'s `change` says which way it moves' }).max(1e12);

  // The value case (contract section "The value case"): the customer's own figures and what the
  // solution changes in each. Which of `amount` / `change` / `days` a gain uses is checked with
  // the ids in crossChecks.ts, so each mistake is reported at its own line.
  const valueFact = z.strictObject({
    id: slug,
    label: text,
    amount,
    source: text.optional(),
    // Added 2026-12-02: who gave the figure; notes and brief only, never a slide.
    from: text.optional(),
  });

  const valueGain = z.strictObject({
    need: slug,
    point: z.enum(VALUE_POINTS),
    label: text,
    amount: amount.optional(),
    of: slug.optional(),
    change: z.number(onWrongType('must be a fraction like -0.33 (a third less) or 0.1 (a tenth more)')).finite()
      .min(-1, { error: 'cannot be below -1 (a figure cannot fall by more than all of it)' }).max(10).optional(),
    days: z.number(onWrongType('must be a number of days')).finite().positive({ error: 'must be more than 0 days' }).max(365).optional(),
    rate: z.number(onWrongType('must be a fraction like 0.05 (5% a year)')).finite().min(0).max(1).optional(),
    evidence: slug.optional(),
  });

  /** Whole months within `max`: the payback is counted in whole months from signing. */
  const wholeMonths = (max: number, what: string) =>
    z.number(onWrongType(`must be a whole number of months (${what})`)).finite()
      .int({ error: `must be a whole number of months (${what}), like 2` })
      .min(0, { error: 'cannot be below 0 months' })
      .max(max, { error: `is more than ${max} months; write at most ${max}` });

  const valueCaseSchema = z.strictObject({
    currency: currency.optional(),
    // When the money comes (docs/value-case.md): the payback counts whole months from signing.
    go_live_month: wholeMonths(36, 'from signing until the first gain starts').default(2),
    ramp_months: wholeMonths(24, 'after go-live until a gain is complete').default(3),
    facts: z.array(valueFact).max(50).default([]),
    gains: z.array(valueGain).min(1, { error: 'needs at least one gain' }).max(50),
  });

  const deck = z.strictObject({
    deck: z.strictObject({
      title: text,
      subtitle: text.optional(),
      language: z.enum(LANGUAGES).default('en'),
      duration: z.number(onWrongType('must be a number of minutes')).finite().int({ error: 'must be whole minutes' }).min(5).max(240).default(45),
      // Added 2026-12-02: minutes no slide is planned for (interruptions, a late start); default 10% of duration, rounded up.
      buffer: z.number(onWrongType('must be a number of minutes')).finite().int({ error: 'must be whole minutes' }).min(0).max(120).optional(),
      date: isoDate.optional(),
      theme: slug.default('default'),
      product: slug.optional(),
      // Added to the contract: the presenter's colours and logo (src/validate/brandSchema.ts).
      brand: brandSchema().optional(),
    }),
    presenter: z
      .strictObject({
        name: text,
        title: text.optional(),
        company: text.optional(),
        email: z.email({ error: 'must be an e-mail address' }).optional(),
        logo: projectPath.optional(),
        website: webUrl.optional(),
      })
      .optional(),
    customer: z.strictObject({
      name: text,
      industry: text.optional(),
      size: z
        .strictObject({
          employees: z.number(onWrongType('must be a number of people')).int().min(0).max(10_000_000).optional(),
          revenue: text.optional(),
        })
        .optional(),
      situation: text.optional(),
      logo: projectPath.optional(),
      website: webUrl.optional(),
    }),
    goal: z
      .strictObject({
        message: text.optional(),
        why_us: textList.default([]),
        advantages: textList.default([]),
        focus: z.array(slug).default([]),
      })
      .optional(),
    audience: z.array(person).min(1, { error: 'needs at least one person' }).max(40),
    needs: z.array(need).min(1, { error: 'needs at least one need' }).max(500),
    competitors: z.array(competitor).max(10).default([]),
    strategy: z
      .strictObject({
        requested_by: z.enum(REQUESTERS).default('customer'),
        groundwork: z.boolean(onWrongType('must be true or false')).optional(),
        structure: z.enum(STRUCTURES).optional(),
        excitement: z.array(excitementPoint).max(20).default([]),
        // `jump_to` (added to the contract): a need id, a card id or a section id; Shift+N jumps there.
        // Added 2026-12-03: `show`, the cards whose click path the contingency needs (the brief lists their steps).
        contingencies: z.array(z.strictObject({ if: text, then: text, jump_to: slug.optional(), show: z.array(slug).min(1).max(6).optional() })).max(20).default([]),
        supporters: textList.default([]),
        // Added to the contract: 快刀式 (quick, feature-led) or 工序式 (process, value-led);
        // the default depends on whether a value case is given (src/plan/saleOrder.ts).
        sale: z.enum(SALES).optional(),
      })
      .optional(),
    cases: z.array(z.union([slug, inlineCaseSchema])).max(10).default([]),
    pricing: z
      .strictObject({
        currency,
        licence: z.array(z.strictObject({ item: text, amount: money })).min(1, { error: 'needs at least one licence line' }).max(50),
        delivery: z.strictObject({ amount: money, days: z.number().finite().min(0).max(1000).optional() }),
        annual_service_rate: z.number(onWrongType('must be a fraction like 0.15')).finite().min(0).max(1),
      })
      .optional(),
    opening: z
      .strictObject({
        technique: z.enum(TECHNIQUES).default('question'),
        hook: text.optional(),
        rules: textList.default([]),
      })
      .optional(),
    closing: z.strictObject({ call_to_action: text.optional() }).optional(),
    value: valueCaseSchema.optional(),
    // Added to the contract: the 7+3 facts of opportunity confirmation that the readiness check asks for.
    qualification: z
      .strictObject({
        timeline: text.optional(),
        budget: text.optional(),
        decision_process: text.optional(),
        notes: text.optional(),
      })
      .optional(),
  });

  return { deck, inlineFeatureSchema, inlineCaseSchema, concern, excitementPoint, valueCaseSchema };
}

type DeckSchemas = ReturnType<typeof buildDeckSchema>;

let built: DeckSchemas | undefined;

/** The whole deck config schema, built on first use. */
export function deckSchema(): DeckSchemas['deck'] {
  return (built ??= buildDeckSchema()).deck;
}

export type DeckConfig = z.output<DeckSchemas['deck']>;
export type InlineFeature = z.output<DeckSchemas['inlineFeatureSchema']>;
export type InlineCase = z.output<DeckSchemas['inlineCaseSchema']>;
export type ConcernConfig = z.output<DeckSchemas['concern']>;
export type ExcitementConfig = z.output<DeckSchemas['excitementPoint']>;
export type ValueCaseConfig = z.output<DeckSchemas['valueCaseSchema']>;
export type ValueGainConfig = ValueCaseConfig['gains'][number];
