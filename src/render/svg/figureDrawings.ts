// Numbers that stand out: the three value points side by side, and a case's before/after.
import { rect, svg, textBlock } from './svgMarkup.js';
import { fit } from './textLayout.js';

const W = 1200;

export function valueDrawing(columns: readonly { point: string; title: string; items: readonly { figure?: string; text: string }[] }[], label: string): string {
  const H = 460;
  const gap = 16;
  const width = (W - gap * (columns.length - 1)) / Math.max(1, columns.length);
  const body = columns.map((column, i) => {
    const x = i * (width + gap);
    const rows = Math.max(1, column.items.length);
    const rowHeight = (H - 80) / rows;
    const items = column.items.map((item, r) => {
      const y = 80 + r * rowHeight;
      const figure = item.figure ? textBlock(fit(item.figure, width - 32, rowHeight * 0.45, 46, 14), x + width / 2, y + rowHeight * 0.25, 'dd-t-figure') : '';
      const text = fit(item.text, width - 32, item.figure ? rowHeight * 0.45 : rowHeight * 0.8, 20, 8);
      return figure + textBlock(text, x + width / 2, y + (item.figure ? rowHeight * 0.68 : rowHeight * 0.45), 'dd-t');
    });
    return rect(x, 0, width, H, 'dd-f-panel', 10)
      + rect(x, 0, width, 64, 'dd-f-accent', 10)
      + textBlock(fit(column.title, width - 24, 56, 28, 12), x + width / 2, 32, 'dd-t-title-on')
      + items.join('');
  });
  return svg(W, H, 'value', body.join(''), label);
}

export function caseResultsDrawing(results: readonly { label: string; before?: string; after?: string; change?: string }[], label: string): string {
  const n = Math.max(1, results.length);
  const rowHeight = 110;
  const H = rowHeight * n;
  const width = 520;
  const body = results.map((r, i) => {
    const y = i * rowHeight;
    const change = r.change ? textBlock(fit(r.change, 170, 70, 48, 14), 95, y + 50, 'dd-t-figure') : '';
    const beforeAfter = [r.before, r.after].filter(Boolean).join(' → ');
    const numbers = beforeAfter ? textBlock(fit(beforeAfter, width - 220, 44, 32, 10), 200, y + 34, 'dd-t-strong', { anchor: 'start', middle: true }) : '';
    const caption = textBlock(fit(r.label, width - (beforeAfter ? 220 : 200), beforeAfter ? 40 : 80, 19, 8), 200, beforeAfter ? y + 76 : y + 50, 'dd-t-muted', { anchor: 'start' });
    return rect(0, y + 4, width, rowHeight - 10, 'dd-f-panel', 10) + change + numbers + caption;
  });
  return svg(width, H, 'case', body.join(''), label);
}
