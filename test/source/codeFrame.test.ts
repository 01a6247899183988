// The code frame under every message (src/source/codeFrame.ts): the line of the problem with one
// line either side, a caret under the column, long lines cut around the column, and control
// characters spelt out so they never reach the terminal raw. Frames worked out by hand.
import { describe, expect, it } from 'vitest';
import { codeFrame, showControls } from '../../src/source/codeFrame.js';

describe('codeFrame', () => {
  it('shows the line with one line either side and a caret under the column', () => {
    expect(codeFrame('deck:\n  title: Hi\n  language: fr\n', 2, 10)).toBe([
      '  1 | deck:',
      '> 2 |   title: Hi',
      '    |          ^',
      '  3 |   language: fr',
    ].join('\n'));
  });

  it('shows no line before the first nor after the last, and reads Windows line ends', () => {
    expect(codeFrame('a: 1\r\nb: 2', 1, 1)).toBe(['> 1 | a: 1', '    | ^', '  2 | b: 2'].join('\n'));
    expect(codeFrame('a: 1\r\nb: 2', 2, 4)).toBe(['  1 | a: 1', '> 2 | b: 2', '    |    ^'].join('\n'));
  });

  it('pads line numbers to the widest one shown', () => {
    const source = Array.from({ length: 12 }, (_, i) => `k${i + 1}: v`).join('\n');
    expect(codeFrame(source, 10, 1)).toBe(['   9 | k9: v', '> 10 | k10: v', '     | ^', '  11 | k11: v'].join('\n'));
  });

  it('keeps a line of 100 characters whole and cuts a longer one around the column, the caret still under it', () => {
    const hundred = 'x'.repeat(99) + 'y';
    expect(codeFrame(hundred, 1, 100)).toBe([`> 1 | ${hundred}`, `    | ${' '.repeat(99)}^`].join('\n'));
    // 300 characters, column 150: characters 100–199 are shown, with an ellipsis at both ends.
    const long = Array.from({ length: 300 }, (_, i) => (i === 149 ? 'X' : String(i % 10))).join('');
    const [line, caret] = codeFrame(long, 1, 150).split('\n');
    expect(line).toBe(`> 1 | …${long.slice(99, 199)}…`);
    expect(caret).toBe(`    | ${' '.repeat(51)}^`);
    expect(line?.slice(6)[51]).toBe('X');
    // Near the start nothing is cut before the column; near the end nothing after it.
    expect(codeFrame(long, 1, 3).split('\n')).toEqual([`> 1 | ${long.slice(0, 100)}…`, `    |   ^`]);
    expect(codeFrame(long, 1, 300).split('\n')).toEqual([`> 1 | …${long.slice(200)}`, `    | ${' '.repeat(100)}^`]);
  });

  it('cuts a long neighbouring line from its start', () => {
    const long = 'z'.repeat(150);
    expect(codeFrame(`${long}\nk: v`, 2, 1).split('\n')[0]).toBe(`  1 | ${'z'.repeat(100)}…`);
  });

  it('spells out control characters in the frame', () => {
    expect(codeFrame('a: "\u0007"', 1, 5).split('\n')[0]).toBe('> 1 | a: "U+0007"');
  });
});

describe('showControls', () => {
  it('spells out control and direction characters as U+XXXX and leaves tabs, text and spaces alone', () => {
    expect(showControls('\u0000\u0008\u000b\u001f\u007f\u009f')).toBe('U+0000U+0008U+000BU+001FU+007FU+009F');
    expect(showControls('\u061c\u200e\u200f\u2028\u2029\u202a\u202e\u2066\u2069')).toBe('U+061CU+200EU+200FU+2028U+2029U+202AU+202EU+2066U+2069');
    expect(showControls('a\tb 华东\u00a0€ \u200d\u202f\u206a')).toBe('a\tb 华东\u00a0€ \u200d\u202f\u206a');
  });
});
