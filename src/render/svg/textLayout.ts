// Text inside SVG does not wrap by itself, so drawings lay text out at build time: widths are
// estimated per character class (a little generously, so real glyphs fit), lines break at
// spaces for Latin text and between characters for Chinese, and text that does not fit its box
// shrinks until it does. Nothing is ever cut off.

export interface TextBox {
  lines: string[];
  size: number;
  /** Line height in px. */
  leading: number;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f]/;
const LINE_HEIGHT = 1.25;

/** Estimated advance of one character, in ems. */
export function charWidth(ch: string): number {
  if (WIDE.test(ch)) return 1.0;
  if (/\p{Extended_Pictographic}/u.test(ch)) return 1.2;
  if (/[A-Z]/.test(ch)) return 0.7;
  if (/[mwMW@%]/.test(ch)) return 0.9;
  if (/[a-z0-9]/.test(ch)) return 0.58;
  if (ch === ' ') return 0.3;
  if (/[.,:;'!|il]/.test(ch)) return 0.3;
  return 0.6;
}

export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const ch of text) ems += charWidth(ch);
  return ems * size;
}

/** Splits into units that may not be broken: Latin words (with their trailing space) and single wide characters. */
function units(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    if (WIDE.test(ch)) {
      if (word) out.push(word);
      word = '';
      out.push(ch);
    } else if (ch === ' ') {
      out.push(`${word} `);
      word = '';
    } else {
      word += ch;
    }
  }
  if (word) out.push(word);
  return out;
}

/** Closing punctuation never starts a line in Chinese typesetting. */
const NO_LINE_START = /^[，。、；：！？）》」』”’,.;:!?)]/;

export function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of units(text.replace(/\s+/g, ' ').trim())) {
    const candidate = line + unit;
    if (line && textWidth(candidate.trimEnd(), size) > width && !NO_LINE_START.test(unit)) {
      lines.push(line.trimEnd());
      line = unit.trimStart();
    } else {
      line = candidate;
    }
    // A single word longer than the box is broken inside, rather than running out of it.
    while (textWidth(line.trimEnd(), size) > width && [...line].length > 1) {
      const chars = [...line];
      let cut = chars.length - 1;
      while (cut > 1 && textWidth(chars.slice(0, cut).join(''), size) > width) cut--;
      if (cut > 1 && NO_LINE_START.test(chars[cut] ?? '')) cut--;
      lines.push(chars.slice(0, cut).join(''));
      line = chars.slice(cut).join('');
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [''];
}

/** The largest size from `preferred` down that fits `text` into width × height. */
export function fit(text: string, width: number, height: number, preferred: number, minimum = 9): TextBox {
  for (let size = preferred; size > minimum; size -= 1) {
    const lines = wrap(text, width, size);
    if (lines.length * size * LINE_HEIGHT <= height) return { lines, size, leading: size * LINE_HEIGHT };
  }
  // Below the minimum the text still fits, only smaller: shrink until the lines fit the height.
  let size = minimum;
  let lines = wrap(text, width, size);
  while (lines.length * size * LINE_HEIGHT > height && size > 4) {
    size -= 0.5;
    lines = wrap(text, width, size);
  }
  return { lines, size, leading: size * LINE_HEIGHT };
}
