// "Did you mean" (src/source/didYouMean.ts): the closest valid word when it is close enough for the
// user's slip, else the list of valid values. Edit distances worked out by hand.
import { describe, expect, it } from 'vitest';
import { closest, suggest } from '../../src/source/didYouMean.js';

describe('closest', () => {
  it('finds the word one slip away, whatever the case, and returns it as the tool spells it', () => {
    expect(closest('languge', ['title', 'language', 'duration'])).toBe('language');
    expect(closest('EXECUTIV', ['manager', 'executive'])).toBe('executive');
    expect(closest('bigsuite', ['BigSuite'])).toBe('BigSuite');
  });

  it('allows two slips, or one in three letters for a long word, and no more', () => {
    // "abcdef" (6 letters): 2 allowed. Two substituted, two added, two swapped: all found.
    expect(closest('abcdef', ['abcdxy'])).toBe('abcdxy');
    expect(closest('abcd', ['abcdef'])).toBe('abcdef');
    expect(closest('abdc', ['abcd'])).toBe('abcd');
    // Three apart: nothing.
    expect(closest('abcdef', ['abxyzf'])).toBeUndefined();
    expect(closest('abcd', ['abcdefg'])).toBeUndefined();
    // "abcdefghijkl" (12 letters): 4 allowed.
    expect(closest('abcdefghijkl', ['abcdefghwxyz'])).toBe('abcdefghwxyz');
    expect(closest('abcdefghijkl', ['abcdefgvwxyz'])).toBeUndefined();
  });

  it('of two words equally close, keeps the first; a closer one later wins', () => {
    expect(closest('cat', ['bat', 'hat'])).toBe('bat');
    // "abcdeq" is one from "abcdex" and one from "abcde": the first stays.
    expect(closest('abcdeq', ['abcdex', 'abcde'])).toBe('abcdex');
    expect(closest('abcdeq', ['abxdex', 'abcdeq'])).toBe('abcdeq');
    expect(closest('kitten', ['sitting', 'mitten'])).toBe('mitten');
  });

  it('finds nothing among no words', () => {
    expect(closest('anything', [])).toBeUndefined();
  });
});

describe('suggest', () => {
  it('asks "did you mean" for a close word', () => {
    expect(suggest('executiv', ['executive', 'manager'])).toBe('did you mean `executive`?');
  });

  it('lists the valid values when nothing is close, with the noun given', () => {
    expect(suggest('zzz', ['executive', 'manager'])).toBe('use one of `executive`, `manager`');
    expect(suggest('zzz', ['stock', 'credit'], 'a need id:')).toBe('use a need id: `stock`, `credit`');
  });

  it('lists at most twelve values and says how many there are', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => `value-${String.fromCharCode(97 + i)}${i}`);
    expect(suggest('zzz', twelve)).toBe(`use one of ${twelve.map((v) => `\`${v}\``).join(', ')}`);
    const thirteen = [...twelve, 'value-m12'];
    expect(suggest('zzz', thirteen)).toBe(`use one of ${twelve.map((v) => `\`${v}\``).join(', ')}, … (13 in all)`);
  });
});
