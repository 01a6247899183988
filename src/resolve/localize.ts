// Library entries hold every text in both languages; a deck shows one.
import type { CaseEntry, FeatureCard, ObjectionEntry, ProductEntry } from '../validate/contentSchema.js';
import { isolateBidi } from './bidiIsolation.js';
import type { Industry, IndustryFit, Language, ResolvedCase, ResolvedFeature, ResolvedObjection, ResolvedProduct, Role } from '../types.js';
import { INDUSTRIES } from '../validate/enums.js';
import { suits } from './industry.js';

type Localized = Record<Language, string>;

// Library text may be pasted from anywhere too: right-to-left runs are isolated like config text.
const pick = (text: Localized, language: Language): string => isolateBidi(text[language]);

/**
 * The wording an entry (card or objection) outside its industries is shown in: the one for the
 * first of the customer's industries that has one; none when the entry fits or has none to offer.
 */
function wordingFor<W>(own: readonly Industry[] | undefined, wordings: Partial<Record<Industry, W>> | undefined, industries: readonly Industry[]): { wording?: W; fit: IndustryFit } {
  if (suits(own, industries)) return { fit: { status: 'fits' } };
  const industry = industries.find((i) => wordings?.[i] !== undefined);
  const wording = industry ? wordings?.[industry] : undefined;
  if (!industry || !wording) return { fit: { status: 'mismatch', written: [...(own ?? [])] } };
  return { wording, fit: { status: 'reworded', industry } };
}

/**
 * A card outside its industries speaks the customer's industry when it has a wording for it: each
 * field the wording gives replaces the card's own (benefits role by role).
 */
function fitToIndustry(card: FeatureCard, industries: readonly Industry[]): { card: FeatureCard; fit: IndustryFit } {
  const { wording, fit } = wordingFor(card.industries, card.wording, industries);
  if (!wording) return { card, fit };
  return { card: { ...card, ...wording, benefits: { ...card.benefits, ...wording.benefits } }, fit };
}

export function localizeFeature(id: string, origin: ResolvedFeature['origin'], shipped: FeatureCard, language: Language, industries: readonly Industry[] = []): ResolvedFeature {
  const { card, fit } = fitToIndustry(shipped, industries);
  const benefitsByRole: Partial<Record<Role, string>> = {};
  for (const [role, text] of Object.entries(card.benefits ?? {}) as [Role, Localized | undefined][]) {
    if (text) benefitsByRole[role] = pick(text, language);
  }
  return {
    id,
    origin,
    name: pick(card.name, language),
    module: card.module,
    value: card.value,
    feature: pick(card.feature, language),
    function: pick(card.function, language),
    advantage: pick(card.advantage, language),
    benefit: pick(card.benefit, language),
    benefitsByRole,
    metric: card.metric ? { figure: typographicMinus(card.metric.figure), label: pick(card.metric.label, language), measures: card.metric.measures } : undefined,
    demo: card.demo.map((step) => pick(step, language)),
    mustShow: card.must_show ?? [],
    prepare: (card.prepare ?? []).map((item) => pick(item, language)),
    questions: card.questions.map(({ q, a }) => ({ q: pick(q, language), a: pick(a, language) })),
    industryFit: fit,
  };
}

export function localizeCase(id: string, entry: CaseEntry, language: Language, industries: readonly Industry[] = []): ResolvedCase {
  const own = entry.industry_tags.filter((tag): tag is Industry => (INDUSTRIES as readonly string[]).includes(tag));
  return {
    id,
    client: pick(entry.client, language),
    industry: pick(entry.industry, language),
    industryTags: entry.industry_tags,
    business: entry.business ? pick(entry.business, language) : undefined,
    problem: pick(entry.problem, language),
    solution: pick(entry.solution, language),
    delivery: pick(entry.delivery, language),
    results: entry.results.map((r) => ({ label: pick(r.label, language), before: r.before, after: r.after, change: r.change === undefined ? undefined : typographicMinus(r.change), measures: r.measures })),
    recognition: entry.recognition.map((r) => pick(r, language)),
    ...(suits(own, industries) ? {} : { otherIndustries: own }),
  };
}

export function localizeProduct(id: string, entry: ProductEntry, language: Language): ResolvedProduct {
  return {
    id,
    name: pick(entry.name, language),
    segment: pick(entry.segment, language),
    positioning: pick(entry.positioning, language),
    modules: entry.modules.map((m) => ({ id: m.id, name: pick(m.name, language) })),
  };
}

export function localizeObjection(id: string, entry: ObjectionEntry, language: Language, industries: readonly Industry[] = []): ResolvedObjection {
  const { wording, fit } = wordingFor(entry.industries, entry.wording, industries);
  const texts = { ...entry, ...wording };
  return { id, kind: entry.kind, says: pick(texts.says, language), meaning: pick(texts.meaning, language), answer: pick(texts.answer, language), industryFit: fit };
}

/** Library files write "-30%" with the keyboard's hyphen; slides show the minus sign the value case uses ("−30%"). */
function typographicMinus(figure: string): string {
  return figure.replace(/^-/, '\u2212');
}
