// FFAB as one flow, the agenda as a proportional bar, the implementation plan as a timeline.
import { path, rect, svg, textBlock } from './svgMarkup.js';
import { fit } from './textLayout.js';

export interface LabelledText {
  label: string;
  text: string;
}

const W = 1200;

/** Feature → Function → Advantage → Benefit, the Benefit emphasised. */
export function ffabDrawing(parts: readonly LabelledText[], label: string): string {
  const n = parts.length;
  const gap = 8;
  const width = (W - gap * (n - 1)) / n;
  const head = 22;
  const usual = 420;
  // A chevron deepens when its text needs more lines than the usual height holds at READABLE.
  const needed = Math.max(0, ...parts.map((part, i) => fit(part.text, width - head - 28, usual - 90, i === n - 1 ? 26 : 23).height + 100));
  const H = Math.max(usual, Math.ceil(needed));
  const body = parts.map((part, i) => {
    const x = i * (width + gap);
    const benefit = i === n - 1;
    const tip = i < n - 1 ? head : 0;
    const notch = i > 0 ? head : 0;
    // A chevron: each part points into the next.
    const d = `M${x} 0L${x + width - tip} 0L${x + width} ${H / 2}L${x + width - tip} ${H}L${x} ${H}L${x + notch} ${H / 2}Z`;
    // The text may use the chevron's body up to where its point begins.
    const labelBox = fit(part.label, width - head - 28, 40, benefit ? 28 : 24);
    const textBox = fit(part.text, width - head - 28, H - 90, benefit ? 26 : 23);
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
    // Numbers and minutes only where they can be read; the list below repeats them all.
    const number = fit(String(i + 1), Math.max(1, width - 6), 40, 24);
    const minutesBox = fit(item.minutes, Math.max(1, width - 6), 30, 18);
    const minutes = minutesBox.fits && minutesBox.lines.length === 1 ? textBlock(minutesBox, x + width / 2, 70, 'dd-t-muted') : '';
    const out = segment + (number.fits && number.lines.length === 1 ? textBlock(number, x + width / 2, 25, 'dd-t-label-on') : '') + minutes;
    x += width;
    return out;
  });
  return svg(W, H, 'agenda', body.join(''), label);
}

/** Phases on a line of days, each block as long as its share of the days. */
export function timelineDrawing(phases: readonly { title: string; days: string; dayCount: number; text: string }[], label: string): string {
  const total = phases.reduce((sum, p) => sum + p.dayCount, 0);
  // Short phases still need room for their name: each gets at least a sixth of the width.
  const minShare = 1 / 6;
  const shares = phases.map((p) => (total > 0 ? p.dayCount / total : 1 / phases.length));
  const boosted = shares.map((s) => Math.max(s, minShare));
  const scale = boosted.reduce((a, b) => a + b, 0);
  const widths = boosted.map((share) => (share / scale) * W);
  // The block above the line holds the title and the days; it deepens for a title of several lines.
  const boxes = phases.map((phase, i) => {
    const width = widths[i] ?? 0;
    return { title: fit(phase.title, width - 20, 36, 24), days: fit(phase.days, width - 20, 28, 20), text: fit(phase.text, width - 20, 160, 19) };
  });
  const block = Math.max(70, ...boxes.map((b) => b.title.height + b.days.height + 10));
  const H = Math.max(260, Math.ceil(block + 30 + Math.max(...boxes.map((b) => b.text.height))));
  let x = 0;
  const body = phases.map((_, i) => {
    const width = widths[i] ?? 0;
    const box = boxes[i];
    if (!box) return '';
    const last = i === phases.length - 1;
    const titleTop = (block - box.title.height - box.days.height - 4) / 2;
    const out = rect(x + 2, 0, width - 4, block, last ? 'dd-f-accent' : 'dd-f-panel', 6)
      + textBlock(box.title, x + width / 2, titleTop, last ? 'dd-t-title-on' : 'dd-t-title', { middle: false })
      + textBlock(box.days, x + width / 2, titleTop + box.title.height + 4, last ? 'dd-t-figure-on' : 'dd-t-figure', { middle: false })
      + path(`M${x + 2} ${block + 14}L${x + width - 2} ${block + 14}`, 'dd-s-line')
      + textBlock(box.text, x + width / 2, block + 30, 'dd-t', { middle: false });
    x += width;
    return out;
  });
  return svg(W, H, 'timeline', body.join(''), label);
}
