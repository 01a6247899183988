// The public API: stage functions and types, re-exported. No logic lives here.
export { buildDeck, loadAndPlan, type BuildOptions, type BuildResult } from './buildDeck.js';
export { run } from './cli.js';
export { DeckError, formatDeckError, type Problem } from './errors.js';
export { planDeck } from './plan/planDeck.js';
export { toPlanJson, type SlidePlan, type PlannedSlide, type SlideKind } from './plan/slidePlan.js';
export { computeQuote, formatMoney } from './plan/pricing.js';
export { deckSchema, type DeckConfig } from './validate/deckSchema.js';
export type * from './types.js';
