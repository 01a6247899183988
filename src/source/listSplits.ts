// A comma inside an unquoted item of a flow list (`[a, b]`) ends the item: `[invoices drafted
// live, with Elena confirming it]` is two texts, the second a fragment. The parsed data cannot
// tell this from two real items, but the fragment gives itself away by opening with a connective,
// and the YAML source still knows it was written unquoted in flow style.
import type { Node, Scalar, YAMLSeq } from 'yaml';
import { isMap, isPair, isScalar, isSeq } from './yamlLibrary.js';
import { formatPath, type PositionedYaml } from './location.js';

export interface ListSplit {
  /** The fragment's field path, like `strategy.excitement[1]`. */
  path: string;
  /** The fragment's line in the file. */
  line: number;
  /** The fragment as it was read. */
  item: string;
  /** The list's line(s), indentation dropped, with the split text quoted back together. */
  corrected: string;
}

/** Words that continue a sentence and never start a list item of their own. */
const CONNECTIVE = /^(?:(?:with|and|or|but|so|then|which|while|including|plus|because)\s|并且|以及|和)/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Whether an unquoted list item reads as the tail of the item before it. */
export function opensWithConnective(text: string): boolean {
  return CONNECTIVE.test(text);
}

/** Every flow-list item of the file that a comma split off the text before it. */
export function listSplits(source: PositionedYaml): ListSplit[] {
  // Known from the reading (JSON quotes every text; the block reader looked at every item): the
  // document is not even built.
  if (source.noListSplits === true) return [];
  const found: ListSplit[] = [];
  walk(source.doc.contents as Node | null, [], (seq, path) => found.push(...splitsIn(source, seq, path)));
  return found;
}

function walk(node: Node | null, path: PropertyKey[], onFlowSeq: (seq: YAMLSeq, path: PropertyKey[]) => void): void {
  if (isMap(node)) {
    for (const pair of node.items) if (isPair(pair) && isScalar(pair.key)) walk(pair.value as Node | null, [...path, String(pair.key.value)], onFlowSeq);
  } else if (isSeq(node)) {
    if (node.flow) onFlowSeq(node, path);
    node.items.forEach((item, i) => walk(item as Node | null, [...path, i], onFlowSeq));
  }
}

/** An unquoted text item that opens with a connective, so it is the tail of the item before it. */
const isFragment = (item: unknown): item is Scalar<string> =>
  isScalar(item) && item.type === 'PLAIN' && typeof item.value === 'string' && opensWithConnective(item.value);

function splitsIn(source: PositionedYaml, seq: YAMLSeq, path: PropertyKey[]): ListSplit[] {
  const items = seq.items;
  const fragments = items.flatMap((item, i) => (i > 0 && isFragment(item) && isScalar(items[i - 1]) ? [i] : []));
  if (fragments.length === 0) return [];
  const corrected = correctedLines(source, seq, new Set(fragments));
  return fragments.map((i) => {
    const item = items[i] as Scalar<string>;
    return { path: formatPath([...path, i]), line: source.lineCounter.linePos(item.range?.[0] ?? 0).line, item: item.value, corrected };
  });
}

/** The lines holding the list, each split text joined again and written as one quoted item. */
function correctedLines(source: PositionedYaml, seq: YAMLSeq, fragments: ReadonlySet<number>): string {
  const { text } = source;
  const start = text.lastIndexOf('\n', (seq.range?.[0] ?? 0) - 1) + 1;
  const endAt = text.indexOf('\n', seq.range?.[1] ?? text.length);
  const end = endAt === -1 ? text.length : endAt;
  // Runs of items to join: an item and the fragments that follow it, replaced from the last back.
  const runs: [number, number][] = [];
  seq.items.forEach((_item, i) => {
    const last = runs[runs.length - 1];
    if (fragments.has(i) && last) last[1] = i;
    else runs.push([i, i]);
  });
  let line = text.slice(start, end).replace(/\r$/, '');
  for (const [first, last] of runs.filter(([a, b]) => a !== b).toReversed()) {
    const parts = seq.items.slice(first, last + 1) as Scalar[];
    const joined = parts.map((p) => String(p.value)).reduce((whole, part) => whole + (HAN.test(whole.slice(-1)) || HAN.test(part[0] ?? '') ? '，' : ', ') + part);
    const from = (parts[0]?.range?.[0] ?? 0) - start;
    const to = (parts[parts.length - 1]?.range?.[1] ?? 0) - start;
    line = line.slice(0, from) + JSON.stringify(joined) + line.slice(to);
  }
  return line.trim();
}
