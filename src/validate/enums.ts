// The closed vocabularies of the deck contract (docs/config-reference.md).
export const LANGUAGES = ['en', 'zh-CN'] as const;
export const ROLES = ['executive', 'business-lead', 'manager', 'user', 'peer'] as const;
export const DECISIONS = ['decision-maker', 'influencer', 'user', 'none'] as const;
export const STANCES = ['supporter', 'neutral', 'resistant'] as const;
export const VALUE_POINTS = ['reduce-cost', 'improve-turnover', 'increase-revenue'] as const;
export const POSITIONINGS = ['core-needs', 'right-size', 'reposition', 'criteria'] as const;
export const STRUCTURES = ['stacked', 'concentric', 'pyramid', 'staircase'] as const;
export const REQUESTERS = ['customer', 'competitor'] as const;
export const TECHNIQUES = ['question', 'fact', 'story', 'quotation'] as const;
export const SALES = ['quick', 'process'] as const;
export const OBJECTION_KINDS = ['price', 'timing', 'budget', 'trust', 'interest'] as const;
/** The industries library content is written for; a customer's free-text industry maps onto them (src/resolve/industry.ts). */
export const INDUSTRIES = ['manufacturing', 'trading', 'retail', 'services'] as const;

export type Language = (typeof LANGUAGES)[number];
export type Role = (typeof ROLES)[number];
export type Decision = (typeof DECISIONS)[number];
export type Stance = (typeof STANCES)[number];
export type ValuePoint = (typeof VALUE_POINTS)[number];
export type Positioning = (typeof POSITIONINGS)[number];
export type Structure = (typeof STRUCTURES)[number];
export type Technique = (typeof TECHNIQUES)[number];
export type Industry = (typeof INDUSTRIES)[number];
export type Sale = (typeof SALES)[number];
