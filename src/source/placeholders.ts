// A placeholder is a text `demodeck new` writes where the presales engineer has not answered yet:
// it starts with `TODO` (English) or `待填写` (Chinese). It validates and builds like any text, so
// the only thing that keeps it off a customer's screen is being found here and named by the
// readiness check `placeholders-left` — with its field path and line, in the order of the file.
import type { Node } from 'yaml';
import { isMap, isPair, isScalar, isSeq } from './yamlLibrary.js';
import { formatPath, type PositionedYaml } from './location.js';

export interface PlaceholderField {
  /** The field's path, like `needs[0].problem` or `name.en`. */
  path: string;
  /** Its line in the file. */
  line: number;
}

const PLACEHOLDER = /^\s*(?:TODO\b|待填写)/;

export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && PLACEHOLDER.test(value);
}

/** Every text of the file that still holds a placeholder, in the order of the file. */
export function placeholderFields(source: PositionedYaml & { data?: unknown; problems?: readonly unknown[] }): PlaceholderField[] {
  // Asking for the document builds it when the file was read as JSON (positions on demand): look
  // in the plain data first, which holds every text the document does, and find the lines only
  // when there is something to report. A file with problems (a repeated key hides a value from
  // the data) is always searched in the document.
  if ('data' in source && (source.problems?.length ?? 0) === 0 && !holdsPlaceholder(source.data)) return [];
  const found: { path: string; offset: number }[] = [];
  const walk = (node: Node | null, path: PropertyKey[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) if (isPair(pair) && isScalar(pair.key)) walk(pair.value as Node | null, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as Node | null, [...path, i]));
    } else if (isScalar(node) && isPlaceholder(node.value)) {
      found.push({ path: formatPath(path), offset: node.range?.[0] ?? 0 });
    }
  };
  walk(source.doc.contents as Node | null, []);
  return found.sort((a, b) => a.offset - b.offset).map((f) => ({ path: f.path, line: source.lineCounter.linePos(f.offset).line }));
}

function holdsPlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return isPlaceholder(value);
  if (Array.isArray(value)) return value.some(holdsPlaceholder);
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsPlaceholder);
  return false;
}
