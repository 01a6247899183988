// How wide a character is drawn (src/source/textWidth.ts): a wide character takes two terminal
// columns in the readiness table and a full em in a drawing, so a range that ends one code point
// early or late shifts every column after a Chinese title.
import { describe, expect, it } from 'vitest';
import { isWide } from '../../src/source/textWidth.js';

const wide = (text: string): boolean[] => [...text].map((c) => isWide(c.codePointAt(0) ?? 0));

describe('isWide', () => {
  it('counts Chinese, Japanese and Korean text and full-width punctuation as wide, Latin text as narrow', () => {
    expect(wide('华东汽配')).toEqual([true, true, true, true]);
    expect(wide('，。：（）')).toEqual([true, true, true, true, true]);
    expect(wide('カナ한국')).toEqual([true, true, true, true]);
    expect(wide('DSO 68 days, €1.5')).toEqual(Array(17).fill(false));
    // Half-width katakana are drawn narrow; an emoji is left to the font.
    expect(wide('ｶﾅ😀')).toEqual([false, false, false]);
    // An ideograph outside the basic plane (U+20BB7 𠮷) is wide too.
    expect(wide('𠮷')).toEqual([true]);
  });

  // Each range's first and last code point are wide, the code points just outside are not.
  const ranges: [number, number, string][] = [
    [0x1100, 0x115f, 'Hangul Jamo'],
    [0x2e80, 0xa4cf, 'CJK radicals … Yi'],
    [0xac00, 0xd7a3, 'Hangul syllables'],
    [0xf900, 0xfaff, 'CJK compatibility ideographs'],
    [0xfe30, 0xfe4f, 'CJK compatibility forms'],
    [0xff00, 0xff60, 'full-width forms'],
    [0xffe0, 0xffe6, 'full-width signs'],
    [0x20000, 0x3fffd, 'supplementary ideographs'],
  ];
  for (const [first, last, name] of ranges) {
    it(`${name}: U+${first.toString(16).toUpperCase()} to U+${last.toString(16).toUpperCase()}, not one more`, () => {
      expect([isWide(first - 1), isWide(first), isWide(last), isWide(last + 1)]).toEqual([false, true, true, false]);
    });
  }
});
