// Watches what a deck is built from — its config, the content cards and templates of its project
// and of the tool, a --templates folder — and calls back once per burst of changes (an editor's
// save is often a write, a rename and a chmod within a few milliseconds).
import { existsSync, readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface WatchTargets {
  deckFile: string;
  projectDir: string;
  toolRoot: string;
  templatesDir?: string;
}

// Long enough to fold one save's write, rename and chmod into one rebuild, short enough not to be felt.
const SETTLE_MS = 25;

export function watchSources(targets: WatchTargets, onChange: (what: string) => void): () => void {
  const watchers: FSWatcher[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let changed = '';
  const fire = (what: string): void => {
    changed = what;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => onChange(changed), SETTLE_MS);
  };
  const folders = new Set([
    join(targets.projectDir, 'content'), join(targets.projectDir, 'templates'),
    join(targets.toolRoot, 'content'), join(targets.toolRoot, 'templates'),
    ...(targets.templatesDir ? [targets.templatesDir] : []),
  ]);
  // Every folder is watched on its own, set up before this returns: Node's recursive watch on
  // Linux walks the tree in the background and misses changes made right after start-up. A
  // folder made later (a new content/features/) is picked up when it appears.
  const watched = new Set<string>();
  const watchFolder = (dir: string): void => {
    if (watched.has(dir)) return;
    watched.add(dir);
    watchers.push(watch(dir, (_event, file) => {
      const path = join(dir, String(file ?? ''));
      if (file !== null && existsSync(path) && statSync(path).isDirectory()) for (const sub of [path, ...subfolders(path)]) watchFolder(sub);
      fire(path);
    }));
  };
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const dir of [folder, ...subfolders(folder)]) watchFolder(dir);
  }
  // The config's folder, not the file: editors often replace the file, which ends a file watch.
  const deckName = basename(targets.deckFile);
  watchers.push(watch(dirname(targets.deckFile), (_event, file) => {
    if (file === null || String(file) === deckName || /\.(png|jpe?g|gif|webp|svg)$/i.test(String(file))) fire(targets.deckFile);
  }));
  return () => {
    if (timer) clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}

function subfolders(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((relativePath) => join(folder, relativePath))
    .filter((path) => statSync(path).isDirectory());
}
