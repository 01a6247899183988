// Text inside SVG does not wrap by itself, so drawings lay text out at build time: widths are
// estimated per character class (a little generously, so real glyphs fit), lines break at
// spaces for Latin text and between characters for Chinese, and text that does not fit its box
// shrinks until it does. Nothing is ever cut off.
import { isWide } from '../../source/textWidth.js';

export interface TextBox {
  lines: string[];
  size: number;
  /** Line height in drawing units. */
  leading: number;
  /** Whether the lines fit the height asked for; at READABLE they may not. */
  fits: boolean;
  /** The height the lines take. */
  height: number;
}

const LINE_HEIGHT = 1.25;

/** Estimated advance of one character, in ems. */
export function charWidth(ch: string): number {
  return codeWidth(ch.codePointAt(0) ?? 0);
}

function codeWidth(code: number): number {
  if (code < 0x80) return ASCII_WIDTHS[code] ?? 0.6;
  if (isWide(code)) return 1.0;
  if (code >= 0x1f000) return 1.2; // emoji and pictographs
  return 0.6;
}

function asciiWidth(code: number): number {
  if (code === 0x20) return 0.3;
  if (code === 0x6d || code === 0x77 || code === 0x4d || code === 0x57 || code === 0x40 || code === 0x25) return 0.9; // m w M W @ %
  if (code >= 0x41 && code <= 0x5a) return 0.7; // A-Z
  if (code === 0x69 || code === 0x6c || code === 0x2e || code === 0x2c || code === 0x3a || code === 0x3b || code === 0x27 || code === 0x21 || code === 0x7c) return 0.3; // i l . , : ; ' ! |
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return 0.58; // a-z, 0-9
  return 0.6;
}

/**
 * Widths of the ASCII characters, looked up rather than decided: a cold build lays out thousands
 * of characters before V8 has optimized anything, so each step per character counts.
 */
const ASCII_WIDTHS = Float64Array.from({ length: 0x80 }, (_, code) => asciiWidth(code));

/** Width in ems of a run of text, summed character by character (code points, as `for…of`). */
function ems(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i++;
    sum += codeWidth(code);
  }
  return sum;
}

interface Unit {
  text: string;
  /** Width without a trailing space, and with it. */
  width: number;
  advance: number;
  wide: boolean;
}

/** A list joined with " · " keeps each item whole on a line when it fits: "采购价格档案", not "采/购价格档案". */
const LIST_SEPARATOR = ' · ';

function listUnits(text: string): Unit[] | undefined {
  if (!text.includes(LIST_SEPARATOR)) return undefined;
  const items = text.split(LIST_SEPARATOR);
  return items.map((item, i) => {
    const t = i < items.length - 1 ? `${item}${LIST_SEPARATOR}` : item;
    return { text: t, width: ems(t.trimEnd()), advance: ems(t), wide: false };
  });
}

/** Units that may not be broken: Latin words (with their trailing space) and single wide characters. */
function units(text: string): Unit[] {
  return listUnits(text) ?? wordUnits(text);
}

/**
 * One pass over the text: a word's width is summed as it is read, and a trailing space adds its
 * own width last, so `advance` is the same sum `ems` gives for the word with its space.
 */
function wordUnits(text: string): Unit[] {
  const out: Unit[] = [];
  let start = 0;
  let width = 0;
  let i = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80 && unit !== 0x20) {
      // Most characters of a Latin text: one table look-up, no code point decoding.
      width += ASCII_WIDTHS[unit] ?? 0.6;
      i++;
      continue;
    }
    const code = text.codePointAt(i) ?? 0;
    const next = i + (code > 0xffff ? 2 : 1);
    if (isWide(code)) {
      if (i > start) out.push({ text: text.slice(start, i), width, advance: width, wide: false });
      out.push({ text: text.slice(i, next), width: 1.0, advance: 1.0, wide: true });
      start = next;
      width = 0;
    } else if (code === 0x20) {
      out.push({ text: text.slice(start, next), width, advance: width + 0.3, wide: false });
      start = next;
      width = 0;
    } else {
      width += codeWidth(code);
    }
    i = next;
  }
  if (text.length > start) out.push({ text: text.slice(start), width, advance: width, wide: false });
  return out;
}

/** Closing punctuation never starts a line in Chinese typesetting. */
const NO_LINE_START = new Set('，。、；：！？）》」』”’,.;:!?)');

/** Breaks text into lines no wider than `width` ems. */
function wrapEms(given: readonly Unit[], width: number): string[] {
  // A list item longer than a line breaks between its words, like any other text.
  const breaksApart = (unit: Unit): boolean => unit.width > width && unit.text.trim().includes(' ');
  const all = given.some(breaksApart) ? given.flatMap((unit) => (breaksApart(unit) ? wordUnits(unit.text) : [unit])) : given;
  const lines: string[] = [];
  let line = '';
  let lineAdvance = 0;
  const flush = (): void => {
    lines.push(line.trimEnd());
    line = '';
    lineAdvance = 0;
  };
  for (const unit of all) {
    const fits = lineAdvance + unit.width <= width;
    if (line && !fits && !NO_LINE_START.has(unit.text[0] ?? '')) flush();
    if (!line && unit.width > width && !unit.wide) {
      // A single word longer than the box is broken inside it, rather than running out of it.
      let part = '';
      let partWidth = 0;
      for (const ch of unit.text) {
        const w = charWidth(ch);
        if (part && partWidth + w > width) {
          lines.push(part);
          part = '';
          partWidth = 0;
        }
        part += ch;
        partWidth += w;
      }
      line = part;
      lineAdvance = partWidth;
      continue;
    }
    line += line ? unit.text : unit.text.trimStart();
    lineAdvance += unit.advance;
  }
  if (line.trim()) flush();
  return lines.length > 0 ? withoutOrphan(lines) : [''];
}

/** A last line of one Chinese character looks like a mistake: it takes one more from above. */
function withoutOrphan(lines: string[]): string[] {
  const last = lines.at(-1) ?? '';
  const before = lines.at(-2);
  if (before === undefined || [...last].length !== 1 || !isWide(last.codePointAt(0) ?? 0)) return lines;
  const chars = [...before];
  if (chars.length < 3) return lines;
  let cut = chars.length - 1;
  // Closing punctuation stays with the character before it.
  while (cut > 1 && NO_LINE_START.has(chars[cut] ?? '')) cut--;
  return [...lines.slice(0, -2), chars.slice(0, cut).join(''), chars.slice(cut).join('') + last];
}

/**
/**
 * The smallest type a drawing sets, in drawing units. Drawings are laid out about 1200 units wide
 * and shown across a 1280 px slide (narrower ones in proportion), so 18 units stay above 16 px:
 * text that does not fit its box at this size wraps onto more lines instead of shrinking further,
 * and the drawing makes room for it (`TextBox.fits`, `TextBox.height`).
 */
export const READABLE = 18;

/**
 * Boxes already laid out, by their inputs. A card's drawing is laid out again for each variant,
 * the client copy and each time it repeats in a long deck; the answer is always the same. Kept
 * small enough for a long preview session.
 */
const fitted = new Map<string, Readonly<TextBox>>();
const MAX_FITTED = 5000;

/**
 * The largest size from `preferred` down to `minimum` (never below READABLE) at which `text` fits
 * into width × height; at the floor it is wrapped to the width and may be taller than `height`.
 */
export function fit(text: string, width: number, height: number, preferred: number, minimum = READABLE): Readonly<TextBox> {
  const key = `${width} ${height} ${preferred} ${minimum} ${text}`;
  let box = fitted.get(key);
  if (box === undefined) {
    if (fitted.size >= MAX_FITTED) fitted.clear();
    box = Object.freeze(layOut(text, width, height, preferred, minimum));
    fitted.set(key, box);
  }
  return box;
}

function layOut(text: string, width: number, height: number, preferred: number, minimum: number): TextBox {
  const floor = Math.max(minimum, READABLE);
  const top = Math.max(preferred, floor);
  const all = units(text.replace(/\s+/g, ' ').trim());
  const fitsAt = (size: number): string[] | undefined => {
    const lines = wrapEms(all, width / size);
    return lines.length * size * LINE_HEIGHT <= height ? lines : undefined;
  };
  const box = (lines: string[], size: number, fits: boolean): TextBox => ({ lines, size, leading: size * LINE_HEIGHT, fits, height: lines.length * size * LINE_HEIGHT });
  const first = fitsAt(top);
  if (first) return box(first, top, true);
  // Binary search over half-unit steps for the largest size that fits.
  let low = floor;
  let high = top;
  let best: { lines: string[]; size: number } | undefined;
  if (!fitsAt(floor)) return box(wrapEms(all, width / floor), floor, false);
  while (high - low > 0.5) {
    const mid = Math.round(((low + high) / 2) * 2) / 2;
    const lines = fitsAt(mid);
    if (lines) {
      best = { lines, size: mid };
      low = mid;
    } else {
      high = mid;
    }
  }
  const chosen = best ?? { lines: fitsAt(floor) ?? [], size: floor };
  // Whole units, as the rest of the slide uses whole pixels.
  const size = Math.max(floor, Math.floor(chosen.size));
  return box(fitsAt(size) ?? chosen.lines, size, true);
}
