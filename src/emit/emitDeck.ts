// Writes one deck's files under OUT/<deck name>/, replacing the folder as a whole.
import { copyFileSync, linkSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toPlanJson, type SlidePlan } from '../plan/slidePlan.js';
import { replaceFolder } from './atomicFolder.js';
import { checkReplaceable, outputUnwritable } from './outputFolder.js';
import { ASSET_DIR, type RuntimeFiles } from './runtimeAssets.js';

export interface EmittedDeck {
  dir: string;
  indexHtml: string;
  planJson: string;
}

/** `extras`: further files of the deck (brief, readiness, client copy) by name, in a fixed order. */
export function emitDeck(outDir: string, plan: SlidePlan, html: string, runtime: RuntimeFiles | undefined, extras: ReadonlyMap<string, string> = new Map()): EmittedDeck {
  const dir = join(outDir, plan.deck);
  checkReplaceable(dir);
  try {
    writeFolder(dir, plan, html, runtime, extras);
  } catch (error) {
    throw outputUnwritable(dir, error) ?? error;
  }
  return { dir, indexHtml: join(dir, 'index.html'), planJson: join(dir, 'plan.json') };
}

function writeFolder(dir: string, plan: SlidePlan, html: string, runtime: RuntimeFiles | undefined, extras: ReadonlyMap<string, string>): void {
  // The folder is new and renamed into place only when complete, so its files are written
  // directly; the runtime is copied as bytes, not read into text and encoded again.
  replaceFolder(dir, (temp) => {
    if (runtime) {
      mkdirSync(join(temp, ASSET_DIR));
      placeRuntimeFile(runtime.jsFile, () => runtime.jsBytes, join(dir, ASSET_DIR, 'demodeck.js'), join(temp, ASSET_DIR, 'demodeck.js'));
      placeRuntimeFile(runtime.cssFile, () => runtime.cssBytes, join(dir, ASSET_DIR, 'demodeck.css'), join(temp, ASSET_DIR, 'demodeck.css'));
    }
    writeFileSync(join(temp, 'plan.json'), `${JSON.stringify(toPlanJson(plan), null, 2)}\n`);
    for (const [name, content] of extras) writeFileSync(join(temp, name), content);
    writeFileSync(join(temp, 'index.html'), html);
  });
}

/**
 * A runtime file of the new deck. When the deck it replaces holds the same bytes in a plain file
 * of its own (one link, not a symbolic link), the new folder links to that file: nothing is
 * copied now, and deleting the previous deck frees nothing. Otherwise, or where the disk has no
 * links, the file is copied from the runtime. The tool's own runtime is never linked, so editing
 * a deck's copy cannot change it.
 */
function placeRuntimeFile(source: string, sourceBytes: () => Buffer, previous: string, dest: string): void {
  try {
    const stats = lstatSync(previous);
    if (stats.isFile() && stats.nlink === 1 && stats.size === sourceBytes().length && readFileSync(previous).equals(sourceBytes())) {
      linkSync(previous, dest);
      return;
    }
  } catch {
    // No previous deck, no such file in it, or no links on this disk: copy.
  }
  copyFileSync(source, dest);
}
