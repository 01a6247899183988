// Step 4's progressive structures: stacked bowls, concentric circles, pyramid, staircase.
import { path, rect, svg, textBlock } from './svgMarkup.js';
import { fit } from './textLayout.js';

export interface Layer {
  title: string;
  items: string[];
}

const W = 1200;
const H = 500;
const SEPARATOR = ' · ';

export function overviewDrawing(structure: string, layers: readonly Layer[], label: string): string {
  switch (structure) {
    case 'pyramid':
      return pyramid(layers, label);
    case 'concentric':
      return concentric(layers, label);
    case 'staircase':
      return staircase(layers, label);
    default:
      return stacked(layers, label);
  }
}

/** A layer's title above its items, fitted into one box. */
function layerText(layer: Layer, cx: number, cy: number, width: number, height: number, onAccent: boolean): string {
  const hasItems = layer.items.length > 0;
  const title = fit(layer.title, width, hasItems ? height * 0.35 : height, 24, 10);
  const out = [textBlock(title, cx, hasItems ? cy - height / 2 + title.lines.length * title.leading / 2 + 2 : cy, onAccent ? 'dd-t-title-on' : 'dd-t-title')];
  if (hasItems) {
    const items = fit(layer.items.join(SEPARATOR), width, height * 0.6, 20, 8);
    out.push(textBlock(items, cx, cy + height * 0.18, onAccent ? 'dd-t-on' : 'dd-t'));
  }
  return out.join('');
}

/** The goal at the top, value in the middle, features at the base. */
function pyramid(layers: readonly Layer[], label: string): string {
  const n = Math.max(1, layers.length);
  const band = H / n;
  const parts = layers.map((layer, i) => {
    const topHalf = ((i / n) * W) / 2;
    const bottomHalf = (((i + 1) / n) * W) / 2;
    const y0 = i * band;
    const y1 = y0 + band - 6;
    const d = `M${600 - topHalf} ${y0}L${600 + topHalf} ${y0}L${600 + bottomHalf} ${y1}L${600 - bottomHalf} ${y1}Z`;
    // The apex triangle is narrow at the top: keep its text in the lower, wider part.
    const textWidth = i === 0 ? bottomHalf * 0.9 : (topHalf + bottomHalf) * 0.85;
    const textTop = i === 0 ? y0 + band * 0.35 : y0;
    const textHeight = i === 0 ? band * 0.6 : band - 12;
    return path(d, i === 0 ? 'dd-f-accent' : 'dd-f-panel') + layerText(layer, 600, textTop + textHeight / 2, textWidth, textHeight, i === 0);
  });
  return svg(W, H, 'pyramid', parts.join(''), label);
}

/** Bowls stacked from the platform (bottom) up to the customer's needs (top). */
function stacked(layers: readonly Layer[], label: string): string {
  const n = Math.max(1, layers.length);
  const band = H / n;
  const parts = layers.map((layer, i) => {
    const y0 = i * band + 4;
    const y1 = y0 + band - 10;
    const inset = i * 60;
    const left = 40 + inset;
    const right = W - 40 - inset;
    const curve = 40;
    const d = `M${left} ${y0}L${right} ${y0}L${right - 30} ${y1 - curve}Q${(left + right) / 2} ${y1 + curve / 2} ${left + 30} ${y1 - curve}Z`;
    return path(d, i === n - 1 ? 'dd-f-accent' : 'dd-f-panel') + layerText(layer, 600, (y0 + y1 - curve / 2) / 2, (right - left) * 0.8, band - curve - 8, i === n - 1);
  });
  return svg(W, H, 'stacked', parts.join(''), label);
}

/** The customer at the centre, the core, the modules and the services around it; each ring's
 * contents are spelled out beside the circles, where there is room for readable text. */
function concentric(layers: readonly Layer[], label: string): string {
  const n = Math.max(1, layers.length);
  const cx = 260;
  const cy = H / 2;
  const step = (H / 2 - 4) / n;
  const fill = (i: number): string => (i === 0 ? 'dd-f-accent' : i % 2 ? 'dd-f-panel' : 'dd-f-panel2');
  const rings: string[] = [];
  for (let i = n - 1; i >= 0; i--) rings.push(`<circle cx="${cx}" cy="${cy}" r="${Math.round(step * (i + 1))}" class="${fill(i)}"/>`);
  const centre = layers[0];
  const texts = [centre ? textBlock(fit(centre.items.join(SEPARATOR) || centre.title, step * 1.6, step * 1.3, 24, 9), cx, cy, 'dd-t-title-on') : ''];
  layers.forEach((layer, i) => {
    if (i > 0) texts.push(textBlock(fit(layer.title, step * 1.6, step * 0.8, 20, 9), cx, cy - step * (i + 0.5), 'dd-t-title'));
  });
  // The legend lists the rings from the outside in, as one reads a target from its edge.
  const legendX = 560;
  const rowHeight = H / n;
  const legend = layers.toReversed().map((layer, r) => {
    const i = n - 1 - r;
    const y = r * rowHeight;
    const title = fit(layer.title, 560, 34, 24, 10);
    const items = fit(layer.items.join(SEPARATOR) || layer.title, 600, rowHeight - 52, 21, 8);
    return `<circle cx="${legendX + 14}" cy="${y + 22}" r="12" class="${fill(i)}"/>`
      + textBlock(title, legendX + 38, y + 4, 'dd-t-title', { anchor: 'start', middle: false })
      + textBlock(items, legendX + 38, y + 42, 'dd-t', { anchor: 'start', middle: false });
  });
  return svg(W, H, 'concentric', rings.join('') + texts.join('') + legend.join(''), label);
}

/** Implementation phases as steps rising from left to right, each with its days. */
function staircase(layers: readonly Layer[], label: string): string {
  const n = Math.max(1, layers.length);
  const stepWidth = W / n;
  const rise = (H - 80) / n;
  const parts = layers.map((layer, i) => {
    const x = i * stepWidth + 4;
    const height = rise * (i + 1) + 60;
    const y = H - height;
    const title = fit(layer.title, stepWidth - 24, 70, 24, 10);
    const days = layer.items.length > 0 ? textBlock(fit(layer.items.join(SEPARATOR), stepWidth - 24, 40, 22, 9), x + stepWidth / 2 - 4, y + 100, i === n - 1 ? 'dd-t-figure-on' : 'dd-t-figure') : '';
    return rect(x, y, stepWidth - 8, height, i === n - 1 ? 'dd-f-accent' : 'dd-f-panel', 6) + textBlock(title, x + stepWidth / 2 - 4, y + 40, i === n - 1 ? 'dd-t-title-on' : 'dd-t-title') + days;
  });
  return svg(W, H, 'staircase', parts.join(''), label);
}
