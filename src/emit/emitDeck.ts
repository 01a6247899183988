// Writes one deck's files under OUT/<deck name>/.
import { join } from 'node:path';
import { toPlanJson, type SlidePlan } from '../plan/slidePlan.js';
import { ASSET_DIR, type RuntimeFiles } from './runtimeAssets.js';
import { writeFileAtomic } from './writeAtomic.js';

export interface EmittedDeck {
  dir: string;
  indexHtml: string;
  planJson: string;
}

/** `extras`: further files of the deck (brief, readiness, client copy) by name, in a fixed order. */
export function emitDeck(outDir: string, plan: SlidePlan, html: string, runtime: RuntimeFiles | undefined, extras: ReadonlyMap<string, string> = new Map()): EmittedDeck {
  const dir = join(outDir, plan.deck);
  if (runtime) {
    writeFileAtomic(join(dir, ASSET_DIR, 'demodeck.js'), runtime.js);
    writeFileAtomic(join(dir, ASSET_DIR, 'demodeck.css'), runtime.css);
  }
  const indexHtml = join(dir, 'index.html');
  const planJson = join(dir, 'plan.json');
  writeFileAtomic(planJson, `${JSON.stringify(toPlanJson(plan), null, 2)}\n`);
  for (const [name, content] of extras) writeFileAtomic(join(dir, name), content);
  writeFileAtomic(indexHtml, html);
  return { dir, indexHtml, planJson };
}
