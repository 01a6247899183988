// Where a value was written (src/source/location.ts): the line and column a message points at, the
// field path it names, and problems in the order of the file. Positions counted by hand.
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { byPosition, formatPath, locate, type PositionedYaml } from '../../src/source/location.js';

function yaml(text: string): PositionedYaml {
  const lineCounter = new LineCounter();
  return { file: 'talk.yaml', text, doc: parseDocument(text, { lineCounter }), lineCounter };
}

const TEXT = [
  'deck:',                       // 1
  '  title: Stock you can see',  // 2
  'needs:',                      // 3
  '  - id: stock',               // 4
  '    features: [credit, scan]',// 5
  '  - id: margin',              // 6
  '    owner:',                  // 7
  '2024: launch',                // 8
].join('\n');

describe('locate', () => {
  const source = yaml(TEXT);
  const at = (path: PropertyKey[], atKey = false): string => {
    const loc = locate(source, path, atKey);
    return `${loc.file}:${loc.line}:${loc.col}`;
  };

  it('points at the value of a field, through mappings and lists', () => {
    expect(at(['deck', 'title'])).toBe('talk.yaml:2:10');
    expect(at(['needs', 1, 'id'])).toBe('talk.yaml:6:9');
    expect(at(['needs', 0, 'features', 1])).toBe('talk.yaml:5:24');
  });

  it('points at the key instead when asked (an unknown key is the key’s fault)', () => {
    expect(at(['deck', 'title'], true)).toBe('talk.yaml:2:3');
    expect(at(['needs', 0, 'features'], true)).toBe('talk.yaml:5:5');
    // A list item has no key: the item itself.
    expect(at(['needs', 1], true)).toBe('talk.yaml:6:5');
  });

  it('points just after the colon of a field written without a value', () => {
    expect(at(['needs', 1, 'owner'])).toBe('talk.yaml:7:11');
  });

  it('falls back to the nearest parent that exists', () => {
    expect(at(['deck', 'language'])).toBe('talk.yaml:2:3');
    expect(at(['needs', 5, 'id'])).toBe('talk.yaml:4:3');
    // A name where a list has numbers, and a number where a mapping has names.
    expect(at(['needs', 'id'])).toBe('talk.yaml:4:3');
    expect(at(['deck', 0])).toBe('talk.yaml:2:3');
    // Below a plain value there is nothing.
    expect(at(['deck', 'title', 'x'])).toBe('talk.yaml:2:10');
  });

  it('matches a key written as a number', () => {
    expect(at([2024])).toBe('talk.yaml:8:7');
  });

  it('points at the start of an empty file', () => {
    const loc = locate(yaml(''), ['deck', 'title']);
    expect(loc).toEqual({ file: 'talk.yaml', line: 1, col: 1 });
  });
});

describe('formatPath', () => {
  it('writes a field path as the user reads it', () => {
    expect(formatPath(['needs', 2, 'features', 0])).toBe('needs[2].features[0]');
    expect(formatPath(['deck', 'title'])).toBe('deck.title');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath([])).toBe('');
  });
});

describe('byPosition', () => {
  it('orders problems by line, then column, those without a place first, others as they came', () => {
    const p = (name: string, line?: number, col?: number) => ({ name, loc: line === undefined ? undefined : { file: 'f', line, col: col ?? 1 } });
    const sorted = byPosition([p('c', 10, 3), p('a', 2, 9), p('b', 10, 1), p('none'), p('d', 10, 3)]);
    expect(sorted.map((x) => x.name)).toEqual(['none', 'a', 'b', 'c', 'd']);
  });
});
