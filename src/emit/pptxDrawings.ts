// The deck's drawings (src/render/svg) as editable PowerPoint shapes with text in them: a
// pyramid of trapezoids, concentric ellipses, stacked bowls, a staircase, FFAB as chevrons, the
// agenda and the implementation plan as bars proportional to their time. Every word stays text.
import type Pptx from 'pptxgenjs';
import type { SlideBody } from '../plan/slidePlan.js';
import type { Palette } from '../theme/palette.js';

type Slide = Pptx.default.Slide;
type TextProps = Pptx.default.TextPropsOptions;
type Shape = NonNullable<TextProps['shape']>;
type Body<K extends SlideBody['kind']> = Extract<SlideBody, { kind: K }>;

export const hex = (colour: string): string => colour.replace('#', '').toUpperCase();
/** The content area on the 13.33 × 7.5 in slide, shared with pptxSlides.ts. */
export const LEFT = 0.5;
export const WIDTH = 12.33;

export interface DrawingStyle {
  palette: Palette;
  base: TextProps;
}

function shape(slide: Slide, style: DrawingStyle, kind: string, lines: { text: string; bold?: boolean; size: number }[], box: TextProps, filled: boolean): void {
  const p = style.palette;
  slide.addText(
    lines.map((line, i) => ({ text: line.text, options: { bold: line.bold, fontSize: line.size, color: hex(filled ? p.onAccent : line.bold ? p.accent : p.text), breakLine: i < lines.length - 1 } })),
    { ...style.base, ...box, shape: kind as Shape, align: 'center', valign: 'middle', fill: { color: hex(filled ? p.accent : p.panel) }, line: { color: hex(p.line), width: 0.75 } },
  );
}

/** Step 4's structure modules: each layer a shape holding its title and items. */
export function overviewShapes(slide: Slide, body: Body<'overview'>, style: DrawingStyle, top: number): void {
  const layers = body.layers;
  const n = Math.max(1, layers.length);
  const height = 7.0 - top;
  const texts = (i: number): { text: string; bold?: boolean; size: number }[] => {
    const layer = layers[i];
    return layer ? [{ text: layer.title, bold: true, size: 16 }, ...(layer.items.length > 0 ? [{ text: layer.items.join(' · '), size: 13 }] : [])] : [];
  };
  if (body.structure === 'concentric') {
    // Rings drawn outside-in so each smaller ellipse sits on top; a ring's text sits in its top band.
    const size = height;
    const cx = LEFT + size / 2;
    for (let i = n - 1; i >= 0; i--) {
      const d = (size * (i + 1)) / n;
      const band = size / n / 2;
      shape(slide, style, 'ellipse', i === 0 ? texts(0) : [], { x: cx - d / 2, y: top + (size - d) / 2, w: d, h: d }, i === 0);
      if (i > 0) slide.addText(layers[i]?.title ?? '', { ...style.base, x: cx - d / 2, y: top + (size - d) / 2 + 0.05, w: d, h: band, align: 'center', valign: 'middle', bold: true, fontSize: 14, color: hex(style.palette.accent) });
    }
    // The rings' contents, spelled out beside them where there is room.
    slide.addText(layers.toReversed().flatMap((layer) => [
      { text: layer.title, options: { bold: true, color: hex(style.palette.accent), fontSize: 16, breakLine: true } },
      { text: layer.items.join(' · ') || layer.title, options: { fontSize: 14, breakLine: true } },
    ]), { ...style.base, x: LEFT + size + 0.4, y: top, w: WIDTH - size - 0.4, h: height, valign: 'middle' });
    return;
  }
  if (body.structure === 'staircase') {
    const w = WIDTH / n;
    layers.forEach((_layer, i) => {
      const h = (height * (i + 1)) / n;
      shape(slide, style, 'rect', texts(i), { x: LEFT + i * w, y: top + height - h, w: w - 0.1, h }, i === n - 1);
    });
    return;
  }
  const band = height / n;
  layers.forEach((_layer, i) => {
    if (body.structure === 'pyramid') {
      // Trapezoids widening downwards; the top one is a triangle.
      const w = (WIDTH * (i + 1)) / n;
      shape(slide, style, i === 0 ? 'triangle' : 'trapezoid', texts(i), { x: LEFT + (WIDTH - w) / 2, y: top + i * band, w, h: band - 0.08 }, i === 0);
    } else {
      // Stacked bowls: the customer's needs widest on top, the platform at the bottom.
      const w = WIDTH - i * 1.2;
      shape(slide, style, 'flowChartManualOperation', texts(i), { x: LEFT + (WIDTH - w) / 2, y: top + i * band, w, h: band - 0.12 }, i === n - 1);
    }
  });
}

/** Feature → Function → Advantage → Benefit as arrows pointing on, the Benefit filled. Arrow
 * heads (homePlate) keep the whole box free for text, where chevrons would cut into it. */
export function ffabShapes(slide: Slide, parts: { label: string; text: string }[], style: DrawingStyle, top: number, height: number): void {
  const gap = 0.08;
  const w = (WIDTH - gap * (parts.length - 1)) / parts.length;
  parts.forEach((part, i) => {
    shape(slide, style, 'homePlate', [{ text: part.label, bold: true, size: 14 }, { text: part.text, size: 13 }], { x: LEFT + i * (w + gap), y: top, w, h: height, inset: 0.1 }, i === parts.length - 1);
  });
}

/** A segment wide enough for a two-digit number and "2 分钟" on one line each. */
const MIN_SEGMENT = 0.6;

/** Widths in proportion to `values`, none under `min`: the short ones are raised to it and the
 * rest share what is left, until no proportional width falls below it. */
function segmentWidths(values: readonly number[], width: number, min: number): number[] {
  const raised = new Set<number>();
  for (;;) {
    const left = width - raised.size * min;
    const total = values.reduce((sum, v, i) => (raised.has(i) ? sum : sum + v), 0) || 1;
    const widths = values.map((v, i) => (raised.has(i) ? min : (left * v) / total));
    const short = widths.findIndex((w, i) => w < min && !raised.has(i));
    if (short < 0 || raised.size + 1 >= values.length) return widths;
    raised.add(short);
  }
}

/** Segments as wide as their share of `values`, numbered, with a caption under each. */
export function barShapes(slide: Slide, segments: { label: string; caption: string; value: number }[], style: DrawingStyle, top: number, height: number): void {
  const widths = segmentWidths(segments.map((s) => s.value), WIDTH, Math.min(MIN_SEGMENT, WIDTH / Math.max(1, segments.length)));
  let x = LEFT;
  segments.forEach((segment, i) => {
    const w = widths[i] ?? 0;
    shape(slide, style, 'rect', [{ text: segment.label, bold: true, size: 12 }], { x, y: top, w, h: height }, i % 2 === 0);
    slide.addText(segment.caption, { ...style.base, x, y: top + height, w, h: 0.35, align: 'center', fontSize: 9, color: hex(style.palette.muted) });
    x += w;
  });
}

/** The payback chart (src/render/svg/paybackDrawing.ts) as shapes: one bar per month, the zero
 * line, the payback mark, and its labels as text boxes a presenter can still edit. */
export function paybackShapes(slide: Slide, chart: Body<'value'>['valueCase'] & object, style: DrawingStyle, box: { x: number; y: number; w: number; h: number }): void {
  const data = chart.chart;
  if (!data) return;
  const p = style.palette;
  const values = data.cumulative;
  const months = Math.max(1, values.length - 1);
  const label = (text: string, x: number, y: number, w: number, align: 'left' | 'right', color: string, bold = true): void => {
    slide.addText(text, { ...style.base, x, y, w, h: 0.4, fontSize: 14, bold, color: hex(color), align, valign: 'middle', margin: 0 });
  };
  label(data.oneTime, box.x, box.y, box.w / 2, 'left', p.heading);
  label(data.end, box.x + box.w / 2, box.y, box.w / 2, 'right', p.figure);
  const top = box.y + 0.9;
  const bottom = box.y + box.h - 0.4;
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const yOf = (v: number): number => top + ((max - v) / span) * (bottom - top);
  const slot = box.w / (months + 1);
  const xOf = (m: number): number => box.x + (m + 0.5) * slot;
  const zero = yOf(0);
  values.forEach((v, m) => {
    const y = Math.min(zero, yOf(v));
    slide.addShape('rect', { x: xOf(m) - slot * 0.36, y, w: slot * 0.72, h: Math.max(0.01, Math.abs(yOf(v) - zero)), fill: { color: hex(v < 0 ? p.muted : p.accent) }, line: { color: hex(v < 0 ? p.muted : p.accent), width: 0 } });
  });
  slide.addShape('line', { x: box.x, y: zero, w: box.w, h: 0, line: { color: hex(p.text), width: 1.5 } });
  if (data.paybackMonths !== null) {
    const at = xOf(data.paybackMonths);
    slide.addShape('line', { x: at, y: top - 0.1, w: 0, h: bottom - top + 0.1, line: { color: hex(p.heading), width: 1.25, dashType: 'dash' } });
    const right = data.paybackMonths < 12;
    label(data.payback, right ? at + 0.08 : box.x, top - 0.45, right ? box.x + box.w - at - 0.08 : at - box.x - 0.08, right ? 'left' : 'right', p.heading);
  } else {
    label(data.payback, box.x, box.y + 0.45, box.w, 'left', p.heading);
  }
  [0, 12, 24, 36].filter((m) => m <= months).forEach((m) => {
    slide.addText(String(m), { ...style.base, x: xOf(m) - 0.3, y: bottom + 0.05, w: 0.6, h: 0.3, fontSize: 12, color: hex(p.muted), align: 'center', margin: 0 });
  });
  slide.addText(data.months, { ...style.base, x: xOf(30) - 0.5, y: bottom + 0.05, w: 1.0, h: 0.3, fontSize: 12, color: hex(p.muted), align: 'center', margin: 0 });
}
