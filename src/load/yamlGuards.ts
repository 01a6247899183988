// Rules for the YAML document itself, checked on its nodes before it becomes data, so each problem
// has its line, column and field path. A deck config is plain data: no custom tags, no merge keys,
// no keys that reach JavaScript prototypes, no control characters, bounded nesting, and aliases
// only for small reuse (never circular, never expanding into a bomb).
import type { Document, LineCounter, Node } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq } from '../source/yamlLibrary.js';
import type { Problem } from '../errors.js';
import { codeFrame, showControls } from '../source/codeFrame.js';
import { formatPath } from '../source/location.js';
import { MAX_DEPTH } from './yamlPrescan.js';

/** Values an alias may expand into, all aliases of a file together. */
export const MAX_EXPANDED = 50_000;

/** The tags of the YAML 1.2 core schema; they only say what a plain value already is. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));
/** Keys that reach JavaScript prototypes: reported here, and left here by the fast readers. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
// C0 and C1 controls and DEL; tab and line breaks are ordinary text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

type Segment = string | number;

export function guardDocument(doc: Document, text: string, lineCounter: LineCounter, file: string): Problem[] {
  const problems: Problem[] = [];
  const report = (node: Node | null | undefined, path: Segment[], code: string, message: string, hint: string): void => {
    const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
    const loc = { file, line: pos.line, col: pos.col };
    problems.push({ code, path: formatPath(path), message, hint, loc, frame: codeFrame(text, loc.line, loc.col) });
  };
  const sizes = new Map<Node, number>();
  let expanded = 0;
  let biggest: { node: Node; path: Segment[]; size: number } | undefined;

  const visit = (node: unknown, path: Segment[], ancestors: Node[]): void => {
    if (!node || typeof node !== 'object') return;
    const current = node as Node;
    if (ancestors.length > MAX_DEPTH) {
      report(current, path, 'yaml-too-deep', `nested more than ${MAX_DEPTH} levels deep`, 'a deck config is a few levels deep: flatten this part');
      return;
    }
    if (current.tag !== undefined && !CORE_TAGS.has(current.tag)) {
      report(current, path, 'yaml-tag', `the tag \`${current.tag.replace(/^tag:yaml\.org,2002:/, '!!')}\` is not supported`, 'tags like !include, !!binary or !!js/function are not supported: write the value itself as text');
      return;
    }
    if (isAlias(current)) {
      const target = current.resolve(doc);
      if (!target) {
        report(current, path, 'yaml-alias', `the alias \`*${current.source}\` has no anchor \`&${current.source}\` before it`, 'define the anchor first, or write the value out');
      } else if (ancestors.includes(target)) {
        report(current, path, 'yaml-alias', `the alias \`*${current.source}\` refers to a value that contains it (a circle)`, 'write the value out instead of using anchors and aliases');
      } else {
        const size = sizeOf(target, sizes, doc);
        expanded += size;
        if (!biggest || size > biggest.size) biggest = { node: current, path, size };
      }
      return;
    }
    if (isScalar(current)) {
      if (typeof current.value === 'string' && CONTROL.test(current.value)) {
        const char = CONTROL.exec(current.value)?.[0] ?? '';
        report(current, path, 'control-character', `holds the control character ${showControls(char)}`, 'remove it: control characters (often pasted from a terminal or a PDF) cannot be shown on a slide');
      }
      return;
    }
    const inside = [...ancestors, current];
    if (isSeq(current)) {
      current.items.forEach((item, i) => visit(item, [...path, i], inside));
      return;
    }
    if (!isMap(current)) return;
    const seen = new Map<string, number>();
    for (const pair of current.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      if (!isScalar(keyNode)) {
        report(keyNode ?? current, path, 'yaml-complex-key', 'a key must be a plain name, not a list, mapping or alias', 'write the key as a word followed by a colon');
        continue;
      }
      const key = String(keyNode.value);
      const keyPath = [...path, key];
      if (key === '<<' && keyNode.type === 'PLAIN') {
        report(keyNode, keyPath, 'yaml-merge-key', 'merge keys (`<<`) are not supported', 'write the keys out in this mapping');
        continue;
      }
      if (RESERVED_KEYS.has(key)) {
        report(keyNode, keyPath, 'reserved-key', `\`${key}\` is a reserved name and cannot be used as a key`, 'rename or remove the key');
        continue;
      }
      if (CONTROL.test(key)) {
        report(keyNode, path, 'control-character', `a key holds the control character ${showControls(CONTROL.exec(key)?.[0] ?? '')}`, 'remove it from the key');
        continue;
      }
      const first = seen.get(key);
      if (first !== undefined) {
        report(keyNode, keyPath, 'yaml-duplicate-key', `the key \`${key}\` appears twice in this mapping (first on line ${first}); keys must be unique`, 'each key may appear once in a mapping: remove or rename the repeated one');
        continue;
      }
      seen.set(key, lineCounter.linePos(keyNode.range?.[0] ?? 0).line);
      visit(pair.value, keyPath, inside);
    }
  };

  visit(doc.contents, [], []);
  if (biggest && expanded > MAX_EXPANDED) {
    report(biggest.node, biggest.path, 'yaml-alias-bomb', `the aliases of this file expand into ${expanded > 1e9 ? 'billions of' : expanded} values; the limit is ${MAX_EXPANDED}`, 'write the repeated text out instead of nesting aliases');
  }
  return problems;
}

/** How many values a node stands for once its aliases are expanded (memoized, so linear). */
function sizeOf(node: Node, sizes: Map<Node, number>, doc: Document, stack = new Set<Node>()): number {
  const known = sizes.get(node);
  if (known !== undefined) return known;
  if (stack.has(node)) return Infinity;
  stack.add(node);
  let size = 1;
  if (isAlias(node)) {
    const target = node.resolve(doc);
    size = target ? sizeOf(target, sizes, doc, stack) : 1;
  } else if (isSeq(node)) {
    for (const item of node.items) size += item && typeof item === 'object' ? sizeOf(item as Node, sizes, doc, stack) : 1;
  } else if (isMap(node)) {
    for (const pair of node.items) if (isPair(pair) && pair.value && typeof pair.value === 'object') size += sizeOf(pair.value as Node, sizes, doc, stack);
  }
  stack.delete(node);
  sizes.set(node, size);
  return size;
}

/** The field path of the innermost node at `offset`, so even a syntax error can name its field. */
export function pathAtOffset(doc: Document, offset: number): string {
  const path: Segment[] = [];
  const within = (node: unknown): boolean => {
    const range = (node as Node | null)?.range;
    return Boolean(range && range[0] <= offset && offset <= range[1]);
  };
  let node: unknown = doc.contents;
  for (let depth = 0; depth <= MAX_DEPTH && node; depth++) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && (within(p.key) || within(p.value)));
      // A key with spaces here is a line the parser could not split; the path ends above it.
      if (!pair || !isScalar(pair.key) || !/^[\w-]+$/.test(String(pair.key.value))) break;
      path.push(String(pair.key.value));
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => within(item));
      if (index < 0) break;
      path.push(index);
      node = node.items[index];
    } else {
      break;
    }
  }
  return formatPath(path);
}
