// Schemas of the content library (docs/content-format.md). Every shown text is localized.
// They are built on first use: a build that reads only the shipped library takes its entries
// validated at install time (lib/cache/library.cache) and never needs them, and building zod
// schemas is a measurable part of a cold start.
import type { z } from 'zod';
import { zodLibrary } from './zodLibrary.js';
import { INDUSTRIES, OBJECTION_KINDS, ROLES, VALUE_POINTS } from './enums.js';
import { MAX_TEXT, zodFields } from './fields.js';

/** Each must-show step number names a step of the click path it belongs to (the card's or its wording's). */
function mustShowInRange(steps: number, mustShow: readonly number[] | undefined, path: (string | number)[], ctx: z.RefinementCtx): void {
  mustShow?.forEach((n, i) => {
    if (n > steps) ctx.addIssue({ code: 'custom', path: [...path, 'must_show', i], message: `names step ${n}, but the click path \`demo\` has ${steps} steps: use a number from 1 to ${steps}` });
  });
}

function buildContentSchemas() {
  const { z } = zodLibrary();
  const { localized, slug } = zodFields();
  const stepNumber = z.number({ error: 'must be a step number, like 2' }).int({ error: 'must be a whole step number' }).min(1, { error: 'step numbers start at 1' });

  const figure = z.string({ error: 'must be text: quote it, like "-30%"' }).trim().min(1).max(40);

  const cardTexts = {
    name: localized,
    feature: localized,
    function: localized,
    advantage: localized,
    benefit: localized,
    benefits: z.partialRecord(z.enum(ROLES), localized).optional(),
    // `measures`: what the figure measures, so a case in the same deck that measured the same thing
    // shows its own figure (with its name) instead of the card's typical one.
    metric: z.strictObject({ figure, label: localized, measures: slug.optional() }).optional(),
    demo: z.array(localized).min(1).max(8),
    // Added 2026-12-03 (the brief's demo preparation): the step numbers, from 1, that carry the
    // card's point and are shown even when time is short; the rest are shown if time allows.
    must_show: z.array(stepNumber).min(1).max(8).optional(),
    // What must exist on the demo system before the meeting for those steps; `{date}` stands for
    // the meeting's date, for data that only shows near it (batches about to expire, this month's invoices).
    prepare: z.array(localized).max(6).optional(),
    questions: z.array(z.strictObject({ q: localized, a: localized })).max(6),
  };

  /** A card's texts for customers outside its `industries`: any field given replaces the card's own. */
  const industryWording = z.strictObject(cardTexts).partial();

  const featureCardSchema = z.strictObject({
    ...cardTexts,
    module: slug.optional(),
    value: z.enum(VALUE_POINTS),
    /** The industries the card's own text is written for; without it the card fits every industry. */
    industries: z.array(z.enum(INDUSTRIES)).min(1).optional(),
    /** How the card reads to a customer of another industry, by industry. */
    wording: z.partialRecord(z.enum(INDUSTRIES), industryWording).optional(),
    questions: cardTexts.questions.default([]),
  }).superRefine((card, ctx) => {
    mustShowInRange(card.demo.length, card.must_show, [], ctx);
    for (const [industry, wording] of Object.entries(card.wording ?? {})) {
      if (wording?.must_show || wording?.demo) mustShowInRange((wording.demo ?? card.demo).length, wording.must_show ?? card.must_show, ['wording', industry], ctx);
    }
  });

  const caseSchema = z.strictObject({
    client: localized,
    industry: localized,
    industry_tags: z.array(slug).default([]),
    business: localized.optional(),
    problem: localized,
    solution: localized,
    delivery: localized,
    results: z
      .array(
        z
          .strictObject({ label: localized, before: figure.optional(), after: figure.optional(), change: figure.optional(), measures: slug.optional() })
          .refine((r) => r.before !== undefined || r.after !== undefined || r.change !== undefined, {
            error: 'needs at least one figure: before, after or change',
          }),
      )
      .min(1),
    recognition: z.array(localized).default([]),
  });

  const productSchema = z.strictObject({
    name: localized,
    segment: localized,
    positioning: localized,
    modules: z.array(z.strictObject({ id: slug, name: localized })).min(1),
    decision_maker: localized.optional(),
  });

  const objectionTexts = { says: localized, meaning: localized, answer: localized };

  const objectionSchema = z.strictObject({
    ...objectionTexts,
    kind: z.enum(OBJECTION_KINDS),
    // Answers are read out in the closing and pricing notes, so one that argues from stock must not
    // reach a consultancy as written: like a card, it names its industries and rewords for others.
    /** The industries the answer's own text is written for; without it the answer fits every industry. */
    industries: z.array(z.enum(INDUSTRIES)).min(1).optional(),
    /** How the objection reads to a customer of another industry, by industry: any field given replaces its own. */
    wording: z.partialRecord(z.enum(INDUSTRIES), z.strictObject(objectionTexts).partial()).optional(),
  });

  // UI strings keep their spaces (a list separator is ", ") and may be empty (Chinese joins
  // sentences without a space), so they are not trimmed like user text.
  const stringsSchema = z.record(slug, z.string().max(MAX_TEXT));

  return {
    featureCardSchema,
    caseSchema,
    productSchema,
    objectionSchema,
    stringsSchema,
    kinds: { features: featureCardSchema, cases: caseSchema, products: productSchema, objections: objectionSchema },
  };
}

export type ContentSchemas = ReturnType<typeof buildContentSchemas>;

let built: ContentSchemas | undefined;

export function contentSchemas(): ContentSchemas {
  return (built ??= buildContentSchemas());
}

export const CONTENT_KINDS = ['features', 'cases', 'products', 'objections'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export type FeatureCard = z.output<ContentSchemas['featureCardSchema']>;
export type CaseEntry = z.output<ContentSchemas['caseSchema']>;
export type ProductEntry = z.output<ContentSchemas['productSchema']>;
export type ObjectionEntry = z.output<ContentSchemas['objectionSchema']>;
