// Builds plans from variations of the "everything" fixture, written to a temporary project.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { loadAndPlan } from '../../src/buildDeck.js';
import type { PlannedSlide, SlidePlan } from '../../src/plan/slidePlan.js';
import type { DeckConfig } from '../../src/validate/deckSchema.js';

type Config = Record<string, unknown> & { audience: Record<string, unknown>[]; needs: Record<string, unknown>[] };

export function baseConfig(): Config {
  return parse(readFileSync('test/fixtures/everything/deck.yaml', 'utf8')) as Config;
}

const dir = mkdtempSync(join(tmpdir(), 'demodeck-tailor-'));
let count = 0;

/** Plans a variation; focus ids and supporters that the variation removed are dropped with it. */
export function planOf(config: Config | Partial<DeckConfig>, forPerson?: string): SlidePlan {
  return loadAndPlan(writeConfig(config), { forPerson }).plan;
}

/** Writes a variation to a temporary deck file and returns its path. */
export function writeConfig(config: Config | Partial<DeckConfig>): string {
  const c = structuredClone(config) as Config;
  const needIds = c.needs.map((n) => n.id);
  const names = c.audience.map((p) => p.name);
  const goal = c.goal as { focus?: unknown[] } | undefined;
  if (goal?.focus) goal.focus = goal.focus.filter((id) => needIds.includes(id));
  const strategy = c.strategy as { supporters?: unknown[]; excitement?: unknown[] } | undefined;
  if (strategy?.supporters) strategy.supporters = strategy.supporters.filter((n) => names.includes(n));
  // A link to a need or card the variation removed would be refused: the point stays, unlinked.
  const targets = c.needs.flatMap((n) => [n.id, ...((n.features as unknown[] | undefined) ?? []).map((f) => (typeof f === 'string' ? f : (f as { id?: string }).id))]);
  if (strategy?.excitement) strategy.excitement = strategy.excitement.map((e) => (typeof e === 'object' && e !== null && 'at' in e && !targets.includes((e as { at: string }).at) ? (e as unknown as { point: string }).point : e));
  const file = join(dir, `deck-${++count}.yaml`);
  writeFileSync(file, stringify(c));
  return file;
}

export const mainLine = (plan: SlidePlan): PlannedSlide[] => plan.slides.filter((s) => !s.appendix);
export const appendix = (plan: SlidePlan): PlannedSlide[] => plan.slides.filter((s) => s.appendix);
export const kinds = (slides: readonly PlannedSlide[]): string[] => slides.map((s) => s.kind);
export const notesText = (slide: PlannedSlide | undefined): string =>
  slide ? [...slide.notes.say, ...slide.notes.ready, ...slide.notes.audience.map((a) => `${a.name}: ${a.stress}`)].join('\n') : '';

/** An audience of one, in the given role, who decides. */
export function only(role: string): Record<string, unknown>[] {
  return [{ name: 'Pat Doe', role, decision: 'decision-maker' }];
}
