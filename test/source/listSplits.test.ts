// The flow-list comma trap (src/source/listSplits.ts) at the edges: which items count as a
// fragment, where in the file it sits, and the corrected line the readiness check hands back.
import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/load/yamlSource.js';
import { listSplits } from '../../src/source/listSplits.js';

const splitsOf = (yaml: string) => listSplits(parseYamlText(yaml, 'deck.yaml'));
const items = (yaml: string): string[] => splitsOf(yaml).map((s) => s.item);

describe('what counts as a fragment', () => {
  it('a connective as a word of its own at the start, not a word that begins with one or one later on', () => {
    expect(items('x: [first part, android app, orbit, sofa, thence, plushie, butter]\n')).toEqual([]);
    expect(items('x: [first part, the rest with care]\n')).toEqual([]);
    expect(items('x: [first part, and the rest]\n')).toEqual(['and the rest']);
  });

  it('only an unquoted text after another text, in a list written in brackets', () => {
    expect(items('x: [first part, "with quotes"]\n')).toEqual([]);
    expect(items("x: [first part, 'with quotes']\n")).toEqual([]);
    expect(items('x: [with a start, b]\n')).toEqual([]);
    expect(items('x: [{a: 1}, with b]\n')).toEqual([]);
    expect(items('x:\n  - first part\n  - with the rest\n')).toEqual([]);
  });
});

describe('where it is and how to write it', () => {
  it('names the field path and line of a list inside lists and mappings', () => {
    expect(splitsOf('deck: {title: T}\nneeds:\n  - id: a\n  - id: b\n    features: [credit, with limits]\n')).toEqual([
      { path: 'needs[1].features[1]', line: 5, item: 'with limits', corrected: 'features: ["credit, with limits"]' },
    ]);
  });

  it('quotes the line back without a Windows line end, and on the last line without a line end', () => {
    expect(splitsOf('x: [a, with b]\r\ny: 1\r\n')[0]?.corrected).toBe('x: ["a, with b"]');
    expect(splitsOf('x: [a, with b]')[0]?.corrected).toBe('x: ["a, with b"]');
  });

  it('gives every line of a list written over several lines', () => {
    expect(splitsOf('x: [a,\n  with b, c]\ny: 1\n')).toEqual([{ path: 'x[1]', line: 2, item: 'with b', corrected: 'x: ["a, with b", c]' }]);
  });

  it('joins with a Chinese comma when either side of the comma is Chinese', () => {
    expect(splitsOf('x: [ERP, 和盘点]\n')[0]?.corrected).toBe('x: ["ERP，和盘点"]');
    expect(splitsOf('x: [盘点, and more]\n')[0]?.corrected).toBe('x: ["盘点，and more"]');
    expect(splitsOf('x: [stock, and more]\n')[0]?.corrected).toBe('x: ["stock, and more"]');
  });

  it('finds nothing in an empty file', () => {
    expect(splitsOf('')).toEqual([]);
  });
});
