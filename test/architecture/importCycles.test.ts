// The pipeline's rooms import only downward (load → validate → resolve → plan → render → emit, with
// shared helpers below them all). A loop between two folders means neither can be read, tested or
// changed without the other, so any loop fails here with the imports that close it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every relative module a file imports: static, type-only, re-exports and dynamic `import()`, in any quotes. */
function importsOf(text: string): string[] {
  const found: string[] = [];
  const patterns = [/\bfrom\s+(['"])(\.{1,2}\/[^'"]+)\1/g, /\bimport\s*\(\s*(['"`])(\.{1,2}\/[^'"`]+)\1\s*\)/g, /^\s*import\s+(['"])(\.{1,2}\/[^'"]+)\1/gm];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) if (match[2]) found.push(match[2]);
  return found;
}

/**
 * The floors of src/, lowest first: a room imports only rooms on a lower floor. The pipeline
 * (load → validate → resolve → plan → render → emit) with the shared helpers below it, the
 * readers of a plan (check, brief) between plan and render, and the commands on top. A new
 * folder fails the check until it is given its floor here.
 */
const FLOORS: readonly (readonly string[])[] = [
  ['source/', 'client/', 'stdio.ts'],
  ['errors.ts'],
  ['load/'],
  ['validate/'],
  ['types.ts', 'theme/'],
  ['resolve/'],
  ['plan/'],
  ['check/', 'brief/'],
  ['render/', 'browser/'],
  ['emit/'],
  ['buildDeck.ts'],
  ['dev/', 'batch/', 'draft/'],
  ['cli.ts'],
  ['index.ts', 'startup/'],
];
const floorOf = (room: string): number => FLOORS.findIndex((floor) => floor.includes(room));

/** Imports that go up or sideways, and rooms without a floor. */
function upward(graph: Map<string, Map<string, Edge>>): string[] {
  const found: string[] = [];
  for (const [from, targets] of graph) {
    if (floorOf(from) < 0) found.push(`${from} has no floor`);
    for (const [to, edge] of targets) {
      if (floorOf(to) >= 0 && floorOf(from) >= 0 && floorOf(to) >= floorOf(from)) found.push(`${edge.from} → ${edge.to}`);
    }
  }
  return found.sort();
}

/** A module's room: its first folder under src/, or the file itself for the few files at the top. */
function roomOf(file: string): string {
  const rel = relative(SRC, file).replace(/\\/g, '/');
  return rel.includes('/') ? `${rel.slice(0, rel.indexOf('/'))}/` : rel;
}

interface Edge {
  from: string;
  to: string;
}

function roomGraph(): Map<string, Map<string, Edge>> {
  const graph = new Map<string, Map<string, Edge>>();
  for (const file of sourceFiles(SRC)) {
    const from = roomOf(file);
    const targets = graph.get(from) ?? new Map<string, Edge>();
    graph.set(from, targets);
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
      const to = roomOf(target);
      if (to === from || targets.has(to)) continue;
      targets.set(to, { from: relative(SRC, file), to: relative(SRC, target) });
    }
  }
  return graph;
}

/** Strongly connected groups of rooms (Tarjan); a group of two or more is an import loop. */
function loops(graph: Map<string, Map<string, Edge>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (room: string): void => {
    index.set(room, counter);
    low.set(room, counter++);
    stack.push(room);
    onStack.add(room);
    for (const next of graph.get(room)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(room, Math.min(low.get(room) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(room, Math.min(low.get(room) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(room) === index.get(room)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        group.push(member);
      } while (member !== room);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const room of [...graph.keys()].sort()) if (!index.has(room)) visit(room);
  return groups;
}

describe('imports between the folders of src/', () => {
  it('finds imports of every form, so a loop cannot hide behind a re-export or a lazy import', () => {
    const text = "import { a } from '../load/a.js';\nimport type { B } from './b.js';\nexport { c } from '../c.js';\nconst d = await import('../dev/d.js');\nimport './side.css';";
    expect(importsOf(text).sort()).toEqual(['../c.js', '../dev/d.js', '../load/a.js', './b.js', './side.css']);
    const doubled = 'import { a } from "../load/a.js";\nexport * from "../c.js";\nconst d = await import(`../dev/d.js`);\nimport "./side.css";\nconst e = "from \'x\'";';
    expect(importsOf(doubled).sort()).toEqual(['../c.js', '../dev/d.js', '../load/a.js', './side.css']);
  });

  it('the check sees an import that goes up a floor or sideways, and a folder without a floor', () => {
    const graph = new Map([
      ['validate/', new Map([['plan/', { from: 'validate/a.ts', to: 'plan/b.ts' }], ['load/', { from: 'validate/a.ts', to: 'load/c.ts' }]])],
      ['check/', new Map([['brief/', { from: 'check/d.ts', to: 'brief/e.ts' }]])],
      ['extras/', new Map([['plan/', { from: 'extras/f.ts', to: 'plan/b.ts' }]])],
    ]);
    expect(upward(graph)).toEqual(['check/d.ts → brief/e.ts', 'extras/ has no floor', 'validate/a.ts → plan/b.ts']);
  });

  it('every folder of src/ imports only downward', () => {
    expect(upward(roomGraph())).toEqual([]);
  });

  it('the check sees a loop when two rooms import each other', () => {
    const graph = new Map([
      ['load/', new Map([['validate/', { from: 'load/a.ts', to: 'validate/b.ts' }]])],
      ['validate/', new Map([['load/', { from: 'validate/b.ts', to: 'load/a.ts' }]])],
      ['plan/', new Map([['load/', { from: 'plan/c.ts', to: 'load/a.ts' }]])],
    ]);
    expect(loops(graph)).toEqual([['load/', 'validate/']]);
  });

  it('no two folders of src/ import each other, directly or through others', () => {
    const graph = roomGraph();
    const found = loops(graph).map((group) => {
      const edges = group.flatMap((room) => group.map((other) => graph.get(room)?.get(other)).filter((e): e is Edge => e !== undefined));
      return `${group.join(' ⇄ ')}: ${edges.map((e) => `${e.from} → ${e.to}`).join(', ')}`;
    });
    expect(found).toEqual([]);
  });
});
