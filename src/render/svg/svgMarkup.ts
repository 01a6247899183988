// Small builders for SVG markup. Every text and attribute value passes through `xml()`: the
// drawings are inserted into the page as markup, so escaping is done here, once.
import type { TextBox } from './textLayout.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };

/** Escapes the same characters Handlebars does, so text reads the same wherever it lands. */
export function xml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => ENTITIES[c] ?? c);
}

const num = (n: number): string => String(Math.round(n * 10) / 10);

export function rect(x: number, y: number, w: number, h: number, cls: string, radius = 0): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}"${radius ? ` rx="${num(radius)}"` : ''} class="${cls}"/>`;
}

export function path(d: string, cls: string): string {
  return `<path d="${d}" class="${cls}"/>`;
}

/** Text laid out in a box: `anchor` middle centres each line on x; the block is centred on y when `middle`. */
export function textBlock(box: TextBox, x: number, y: number, cls: string, options: { anchor?: 'start' | 'middle' | 'end'; middle?: boolean } = {}): string {
  const anchor = options.anchor ?? 'middle';
  const blockHeight = box.lines.length * box.leading;
  const top = options.middle === false ? y : y - blockHeight / 2;
  const first = top + box.leading * 0.8;
  const spans = box.lines.map((line, i) => `<tspan x="${num(x)}" y="${num(first + i * box.leading)}">${xml(line)}</tspan>`).join('');
  return `<text class="${cls}" font-size="${num(box.size)}" text-anchor="${anchor}">${spans}</text>`;
}

export function svg(width: number, height: number, kind: string, body: string, label: string): string {
  return `<svg class="dd-svg dd-svg-${kind}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${xml(label)}" xmlns="http://www.w3.org/2000/svg">${body}</svg>`;
}
