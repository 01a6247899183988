// Where a value was written: its field path (`needs[2].features[0]`) and its line and column in
// the YAML file, taken from the parser's node ranges. Every stage that reports a problem points
// with these, so they sit below all of them and import nothing of the pipeline.
import type { Document, LineCounter, Node } from 'yaml';
import { isMap, isPair, isScalar, isSeq } from './yamlLibrary.js';

export interface SourceLocation {
  file: string;
  line: number;
  col: number;
}

/** A YAML text and its parsed document: what it takes to say where a value was written. */
export interface PositionedYaml {
  file: string;
  /** Text as decoded (BOM removed, line endings as written). */
  text: string;
  doc: Document;
  lineCounter: LineCounter;
  /**
   * Read without the YAML document (load/jsonFastPath.ts, load/blockYamlFastPath.ts), which found
   * that no unquoted flow-list item can be the tail of a text a comma split (listSplits.ts).
   */
  noListSplits?: boolean;
}

/** Line and column of the value at `path`, or of its nearest existing parent. */
export function locate(source: PositionedYaml, path: readonly PropertyKey[], atKey = false): SourceLocation {
  let node: unknown = source.doc.contents;
  let found: Node | null = (source.doc.contents as Node | null) ?? null;
  let keyNode: Node | null = null;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value;
      found = (pair.value as Node | null) ?? keyNode;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!item) break;
      keyNode = null;
      node = item;
      found = item as Node;
    } else {
      break;
    }
  }
  const target = atKey && keyNode ? keyNode : found;
  const offset = target?.range?.[0] ?? 0;
  const pos = source.lineCounter.linePos(offset);
  return { file: source.file, line: pos.line, col: pos.col };
}

/** A field path as the user reads it: `needs[2].features[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

/** Problems in the order of the file, so a user fixes them top to bottom. */
export function byPosition<T extends { loc?: SourceLocation }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.loc?.line ?? 0) - (b.loc?.line ?? 0) || (a.loc?.col ?? 0) - (b.loc?.col ?? 0));
}
