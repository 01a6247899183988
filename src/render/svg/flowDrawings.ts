// FFAB as one flow, the agenda as a proportional bar, the implementation plan as a timeline.
import { path, rect, svg, textBlock } from './svgMarkup.js';
import { fit } from './textLayout.js';

export interface LabelledText {
  label: string;
  text: string;
}

const W = 1200;

/** Feature → Function → Advantage → Benefit, the Benefit emphasised. */
export function ffabDrawing(parts: readonly LabelledText[], label: string, compact: boolean): string {
  const H = compact ? 300 : 420;
  const n = parts.length;
  const gap = 8;
  const width = (W - gap * (n - 1)) / n;
  const head = 22;
  const body = parts.map((part, i) => {
    const x = i * (width + gap);
    const benefit = i === n - 1;
    const tip = i < n - 1 ? head : 0;
    const notch = i > 0 ? head : 0;
    // A chevron: each part points into the next.
    const d = `M${x} 0L${x + width - tip} 0L${x + width} ${H / 2}L${x + width - tip} ${H}L${x} ${H}L${x + notch} ${H / 2}Z`;
    // The text may use the chevron's body up to where its point begins.
    const labelBox = fit(part.label, width - head - 28, 40, benefit ? 28 : 24, 12);
    const textBox = fit(part.text, width - head - 28, H - 90, benefit ? 26 : 23, 9);
    const cx = x + width / 2 + (notch - tip) / 4;
    return path(d, benefit ? 'dd-f-accent' : 'dd-f-panel')
      + textBlock(labelBox, cx, 22, benefit ? 'dd-t-label-on' : 'dd-t-label', { middle: false })
      + textBlock(textBox, cx, 22 + 48 + (H - 80) / 2 - 10, benefit ? 'dd-t-strong-on' : 'dd-t');
  });
  return svg(W, H, 'ffab', body.join(''), label);
}

/** The agenda's sections as segments whose widths follow their minutes, numbered like the list. */
export function agendaDrawing(items: readonly { title: string; minutes: string; value: number }[], label: string): string {
  const H = 86;
  const total = items.reduce((sum, item) => sum + item.value, 0) || 1;
  let x = 0;
  const body = items.map((item, i) => {
    const width = (item.value / total) * W;
    const segment = rect(x + 1, 0, Math.max(0, width - 2), 50, i % 2 ? 'dd-f-accent2' : 'dd-f-accent');
    const number = fit(String(i + 1), Math.max(8, width - 6), 40, 24, 6);
    // Minutes under a segment only where they can be read; the list below repeats them all.
    const minutes = width >= 64 ? textBlock(fit(item.minutes, width - 6, 30, 17, 14), x + width / 2, 70, 'dd-t-muted') : '';
    const out = segment + textBlock(number, x + width / 2, 25, 'dd-t-label-on') + minutes;
    x += width;
    return out;
  });
  return svg(W, H, 'agenda', body.join(''), label);
}

/** Phases on a line of days, each block as long as its share of the days. */
export function timelineDrawing(phases: readonly { title: string; days: string; dayCount: number; text: string }[], label: string): string {
  const H = 260;
  const total = phases.reduce((sum, p) => sum + p.dayCount, 0);
  // Short phases still need room for their name: each gets at least a sixth of the width.
  const minShare = 1 / 6;
  const shares = phases.map((p) => (total > 0 ? p.dayCount / total : 1 / phases.length));
  const boosted = shares.map((s) => Math.max(s, minShare));
  const scale = boosted.reduce((a, b) => a + b, 0);
  let x = 0;
  const body = phases.map((phase, i) => {
    const width = (boosted[i] ?? 0) / scale * W;
    const last = i === phases.length - 1;
    const out = rect(x + 2, 0, width - 4, 70, last ? 'dd-f-accent' : 'dd-f-panel', 6)
      + textBlock(fit(phase.title, width - 20, 36, 24, 9), x + width / 2, 22, last ? 'dd-t-title-on' : 'dd-t-title')
      + textBlock(fit(phase.days, width - 20, 28, 20, 8), x + width / 2, 52, last ? 'dd-t-figure-on' : 'dd-t-figure')
      + path(`M${x + 2} 84L${x + width - 2} 84`, 'dd-s-line')
      + textBlock(fit(phase.text, width - 20, H - 100, 19, 8), x + width / 2, 100, 'dd-t', { middle: false });
    x += width;
    return out;
  });
  return svg(W, H, 'timeline', body.join(''), label);
}
