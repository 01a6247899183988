// Step 4's progressive structures: stacked bowls, concentric circles, pyramid, staircase.
// Text never drops below READABLE: where a layer's words need more room, its band grows, and a
// shape too narrow to hold them (the pyramid's tip) gets its words beside it instead.
import { path, rect, svg, textBlock } from './svgMarkup.js';
import { fit, type TextBox } from './textLayout.js';

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

interface LayerBoxes {
  title: TextBox;
  items?: TextBox;
  /** Both boxes with the gap between them. */
  height: number;
  fits: boolean;
}

/** A layer's title above its items, each as large as fits into width × height. */
function layerBoxes(layer: Layer, width: number, height: number): LayerBoxes {
  const hasItems = layer.items.length > 0;
  const title = fit(layer.title, width, hasItems ? height * 0.35 : height, 24);
  const items = hasItems ? fit(layer.items.join(SEPARATOR), width, height - title.height - 4, 20) : undefined;
  const total = title.height + (items ? items.height + 4 : 0);
  return { title, items, height: total, fits: total <= height + 0.5 };
}

/** The boxes of a layer centred on (cx, cy), or starting at x when anchored at the start. */
function layerText(boxes: LayerBoxes, x: number, cy: number, onAccent: boolean, anchor: 'middle' | 'start' = 'middle'): string {
  const top = cy - boxes.height / 2;
  const title = textBlock(boxes.title, x, top, onAccent ? 'dd-t-title-on' : 'dd-t-title', { anchor, middle: false });
  const items = boxes.items ? textBlock(boxes.items, x, top + boxes.title.height + 4, onAccent ? 'dd-t-on' : 'dd-t', { anchor, middle: false }) : '';
  return title + items;
}

/** The goal at the top, value in the middle, features at the base. */
function pyramid(layers: readonly Layer[], label: string): string {
  const n = Math.max(1, layers.length);
  const band = H / n;
  const inside = layers.map((layer, i) => {
    const topHalf = ((i / n) * W) / 2;
    const bottomHalf = (((i + 1) / n) * W) / 2;
    // The apex triangle is narrow at the top: keep its text in the lower, wider part.
    const width = i === 0 ? bottomHalf * 0.9 : (topHalf + bottomHalf) * 0.85;
    return layerBoxes(layer, width, i === 0 ? band * 0.6 : band - 12);
  });
  if (inside.every((boxes) => boxes.fits)) {
    const parts = layers.map((_, i) => {
      const topHalf = ((i / n) * W) / 2;
      const bottomHalf = (((i + 1) / n) * W) / 2;
      const y0 = i * band;
      const y1 = y0 + band - 6;
      const d = `M${600 - topHalf} ${y0}L${600 + topHalf} ${y0}L${600 + bottomHalf} ${y1}L${600 - bottomHalf} ${y1}Z`;
      const textTop = i === 0 ? y0 + band * 0.35 : y0;
      const textHeight = i === 0 ? band * 0.6 : band - 12;
      return path(d, i === 0 ? 'dd-f-accent' : 'dd-f-panel') + layerText(inside[i] as LayerBoxes, 600, textTop + textHeight / 2, i === 0);
    });
    return svg(W, H, 'pyramid', parts.join(''), label);
  }
  return pyramidWithLegend(layers, label);
}

/** The pyramid on the left, each layer's words beside its band, as many lines as they need. */
function pyramidWithLegend(layers: readonly Layer[], label: string): string {
  const n = Math.max(1, layers.length);
  const shapeWidth = 460;
  const textX = shapeWidth + 40;
  const textWidth = W - textX;
  const rows = layers.map((layer) => layerBoxes(layer, textWidth, Number.POSITIVE_INFINITY));
  const heights = rows.map((row) => Math.max(H / n, row.height + 16));
  const total = heights.reduce((a, b) => a + b, 0);
  let y0 = 0;
  const parts = layers.map((_, i) => {
    const height = heights[i] ?? 0;
    const topHalf = ((y0 / total) * shapeWidth) / 2;
    const bottomHalf = (((y0 + height) / total) * shapeWidth) / 2;
    const centre = shapeWidth / 2;
    const y1 = y0 + height - 6;
    const d = `M${centre - topHalf} ${y0}L${centre + topHalf} ${y0}L${centre + bottomHalf} ${y1}L${centre - bottomHalf} ${y1}Z`;
    const out = path(d, i === 0 ? 'dd-f-accent' : 'dd-f-panel') + path(`M${centre + bottomHalf + 8} ${(y0 + y1) / 2}L${textX - 10} ${(y0 + y1) / 2}`, 'dd-s-line')
      + layerText(rows[i] as LayerBoxes, textX, (y0 + y1) / 2, false, 'start');
    y0 += height;
    return out;
  });
  return svg(W, Math.ceil(total), 'pyramid', parts.join(''), label);
}

/** Bowls stacked from the platform (bottom) up to the customer's needs (top); a bowl deepens
 * when its words need more lines. */
function stacked(layers: readonly Layer[], label: string): string {
  const n = Math.max(1, layers.length);
  const curve = 40;
  const widthOf = (i: number): number => (W - 80 - 2 * i * 60) * 0.8;
  const boxes = layers.map((layer, i) => layerBoxes(layer, widthOf(i), H / n - curve - 8));
  const bands = boxes.map((b) => Math.max(H / n, b.height + curve + 8));
  let top = 0;
  const parts = layers.map((layer, i) => {
    const band = bands[i] ?? H / n;
    const y0 = top + 4;
    const y1 = y0 + band - 10;
    top += band;
    const left = 40 + i * 60;
    const right = W - 40 - i * 60;
    const d = `M${left} ${y0}L${right} ${y0}L${right - 30} ${y1 - curve}Q${(left + right) / 2} ${y1 + curve / 2} ${left + 30} ${y1 - curve}Z`;
    const text = layerBoxes(layer, widthOf(i), band - curve - 8);
    return path(d, i === n - 1 ? 'dd-f-accent' : 'dd-f-panel') + layerText(text, 600, (y0 + y1 - curve / 2) / 2, i === n - 1);
  });
  return svg(W, Math.max(H, Math.ceil(top)), 'stacked', parts.join(''), label);
}

/** The customer at the centre, the core, the modules and the services around it; each ring's
 * contents are spelled out beside the circles, where there is room for readable text. */
function concentric(layers: readonly Layer[], label: string): string {
  const n = Math.max(1, layers.length);
  const legendX = 560;
  const rows = layers.toReversed().map((layer) => {
    const title = fit(layer.title, 560, 34, 24);
    const items = fit(layer.items.join(SEPARATOR) || layer.title, 600, H / n - 52, 21);
    return { title, items, height: Math.max(H / n, 42 + items.height + 10) };
  });
  const height = Math.max(H, Math.ceil(rows.reduce((sum, row) => sum + row.height, 0)));
  const cx = 260;
  const cy = height / 2;
  const step = (H / 2 - 4) / n;
  const fill = (i: number): string => (i === 0 ? 'dd-f-accent' : i % 2 ? 'dd-f-panel' : 'dd-f-panel2');
  const rings: string[] = [];
  for (let i = n - 1; i >= 0; i--) rings.push(`<circle cx="${cx}" cy="${cy}" r="${Math.round(step * (i + 1))}" class="${fill(i)}"/>`);
  // A ring's name is written on it only where it fits readably; the legend always names it.
  const centre = layers[0];
  const centreText = centre ? fit(centre.items.join(SEPARATOR) || centre.title, step * 1.6, step * 1.3, 24) : undefined;
  const texts = [centreText?.fits ? textBlock(centreText, cx, cy, 'dd-t-title-on') : ''];
  layers.forEach((layer, i) => {
    const ring = fit(layer.title, step * 1.6, step * 0.8, 20);
    if (i > 0 && ring.fits) texts.push(textBlock(ring, cx, cy - step * (i + 0.5), 'dd-t-title'));
  });
  // The legend lists the rings from the outside in, as one reads a target from its edge.
  let y = 0;
  const legend = rows.map((row, r) => {
    const i = n - 1 - r;
    const out = `<circle cx="${legendX + 14}" cy="${y + 22}" r="12" class="${fill(i)}"/>`
      + textBlock(row.title, legendX + 38, y + 4, 'dd-t-title', { anchor: 'start', middle: false })
      + textBlock(row.items, legendX + 38, y + 42, 'dd-t', { anchor: 'start', middle: false });
    y += row.height;
    return out;
  });
  return svg(W, height, 'concentric', rings.join('') + texts.join('') + legend.join(''), label);
}

/** Implementation phases as steps rising from left to right, each with its days. */
function staircase(layers: readonly Layer[], label: string): string {
  const n = Math.max(1, layers.length);
  const stepWidth = W / n;
  const boxes = layers.map((layer) => ({
    title: fit(layer.title, stepWidth - 24, 70, 24),
    days: layer.items.length > 0 ? fit(layer.items.join(SEPARATOR), stepWidth - 24, 40, 22) : undefined,
  }));
  // Every step is raised by what the wordiest step needs beyond the usual room.
  const extra = Math.max(0, ...boxes.map((b) => b.title.height - 70 + Math.max(0, (b.days?.height ?? 0) - 40)));
  const height = H + extra;
  const rise = (H - 80) / n;
  const parts = layers.map((_, i) => {
    const box = boxes[i];
    if (!box) return '';
    const x = i * stepWidth + 4;
    const stepHeight = rise * (i + 1) + 60 + extra;
    const y = height - stepHeight;
    const last = i === n - 1;
    const titleTop = y + 40 - Math.min(box.title.height, 70) / 2;
    const daysTop = titleTop + box.title.height + 8;
    const days = box.days ? textBlock(box.days, x + stepWidth / 2 - 4, daysTop, last ? 'dd-t-figure-on' : 'dd-t-figure', { middle: false }) : '';
    return rect(x, y, stepWidth - 8, stepHeight, last ? 'dd-f-accent' : 'dd-f-panel', 6) + textBlock(box.title, x + stepWidth / 2 - 4, titleTop, last ? 'dd-t-title-on' : 'dd-t-title', { middle: false }) + days;
  });
  return svg(W, Math.ceil(height), 'staircase', parts.join(''), label);
}
