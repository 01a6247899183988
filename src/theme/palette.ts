// Colours of a deck: read from the theme's CSS custom properties, adjusted by the deck's brand,
// and checked against WCAG 2.x contrast. The HTML deck gets them as CSS variables, the PPTX as
// hex values, so both formats show the same colours.

export interface Palette {
  bg: string;
  text: string;
  heading: string;
  muted: string;
  accent: string;
  onAccent: string;
  figure: string;
  panel: string;
  line: string;
}

export interface Brand {
  primary?: string;
  accent?: string;
}

const VARIABLES: Record<keyof Palette, string> = {
  bg: '--dd-bg', text: '--dd-text', heading: '--dd-heading', muted: '--dd-muted', accent: '--dd-accent',
  onAccent: '--dd-on-accent', figure: '--dd-figure', panel: '--dd-panel', line: '--dd-line',
};

/** The default theme's values, for a user theme that leaves some variables out. */
const FALLBACK: Palette = {
  bg: '#ffffff', text: '#1f2933', heading: '#102a43', muted: '#52606d', accent: '#0b5cad',
  onAccent: '#ffffff', figure: '#b4380c', panel: '#eef3f8', line: '#cbd2d9',
};

/** The last `--dd-*: #hex` of each variable in the stylesheet, as in the cascade (brand last). */
export function paletteFromCss(css: string): Palette {
  const palette = { ...FALLBACK };
  for (const [key, name] of Object.entries(VARIABLES) as [keyof Palette, string][]) {
    const matches = [...css.matchAll(new RegExp(`${name}\\s*:\\s*(#[0-9a-fA-F]{3,8})\\b`, 'g'))];
    const value = matches.at(-1)?.[1];
    if (value) palette[key] = normalizeHex(value);
  }
  return palette;
}

export function normalizeHex(hex: string): string {
  const h = hex.replace('#', '').toLowerCase();
  const six = h.length === 3 || h.length === 4 ? h.slice(0, 3).split('').map((c) => c + c).join('') : h.slice(0, 6);
  return `#${six}`;
}

function channels(hex: string): [number, number, number] {
  const h = normalizeHex(hex).slice(1);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2.x relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function mix(a: string, b: string, weight: number): string {
  const ca = channels(a);
  const cb = channels(b);
  return `#${ca.map((c, i) => Math.round(c + ((cb[i] ?? 0) - c) * weight).toString(16).padStart(2, '0')).join('')}`;
}

/** AA for normal text; the deck's smallest text (footnotes) is normal-size. */
export const AA = 4.5;

/**
 * A brand colour as given when it is readable on `bg`, otherwise moved step by step towards the
 * theme's text colour until it is: a brand must never make a slide unreadable.
 */
export function readableOn(colour: string, bg: string, towards: string, ratio = AA): string {
  let candidate = normalizeHex(colour);
  for (let step = 1; contrastRatio(candidate, bg) < ratio && step <= 10; step++) candidate = mix(colour, towards, step / 10);
  return candidate;
}

/** White or the darkest theme colour, whichever reads better on a filled `colour`. */
function textOn(colour: string, palette: Palette): string {
  const dark = luminance(palette.text) < luminance(palette.bg) ? palette.text : palette.bg;
  return contrastRatio('#ffffff', colour) >= contrastRatio(dark, colour) ? '#ffffff' : dark;
}

export function applyBrand(palette: Palette, brand: Brand | undefined): Palette {
  if (!brand || (!brand.primary && !brand.accent)) return palette;
  const out = { ...palette };
  // On a dark theme a brand colour only just at AA makes headings dimmer than body text: there
  // they must stand out as much as the theme's own headings do, up to 7:1 (AAA).
  const dark = luminance(palette.bg) < 0.2;
  const headingRatio = dark ? Math.max(AA, Math.min(7, contrastRatio(palette.heading, palette.bg))) : AA;
  if (brand.primary) out.heading = readableOn(brand.primary, palette.bg, palette.text, headingRatio);
  if (brand.accent) {
    out.accent = readableOn(brand.accent, palette.bg, palette.text);
    out.onAccent = textOn(out.accent, palette);
  }
  return out;
}

/** CSS that overrides the theme's variables with the branded ones (only those that changed). */
export function brandCss(theme: Palette, branded: Palette): string {
  const lines = (Object.keys(VARIABLES) as (keyof Palette)[])
    .filter((key) => theme[key] !== branded[key])
    .map((key) => `  ${VARIABLES[key]}: ${branded[key]};`);
  return lines.length > 0 ? `\n/* deck.brand */\n:root {\n${lines.join('\n')}\n}\n` : '';
}
