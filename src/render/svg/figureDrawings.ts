// Numbers that stand out: the three value points side by side, and a case's before/after.
import { rect, svg, textBlock } from './svgMarkup.js';
import { fit, type TextBox } from './textLayout.js';

const W = 1200;

export function valueDrawing(columns: readonly { point: string; title: string; items: readonly { figure?: string; text: string }[] }[], label: string): string {
  const gap = 16;
  const width = (W - gap * (columns.length - 1)) / Math.max(1, columns.length);
  const usual = 460;
  const boxes = (item: { figure?: string; text: string }, rowHeight: number): { figure?: TextBox; text: TextBox; height: number } => {
    const figure = item.figure ? fit(item.figure, width - 32, rowHeight * 0.45, 46) : undefined;
    const text = fit(item.text, width - 32, item.figure ? rowHeight * 0.45 : rowHeight * 0.8, 20);
    return { figure, text, height: (figure ? figure.height + 4 : 0) + text.height + 20 };
  };
  // An item takes the height its words need; the drawing deepens when a column needs more.
  const needs = columns.map((column) => column.items.map((item) => Math.max((usual - 80) / Math.max(1, column.items.length), boxes(item, (usual - 80) / column.items.length).height)));
  const H = Math.max(usual, ...needs.map((list) => 80 + list.reduce((a, b) => a + b, 0)));
  const body = columns.map((column, i) => {
    const x = i * (width + gap);
    const list = needs[i] ?? [];
    const stretch = (H - 80) / Math.max(1, list.reduce((a, b) => a + b, 0));
    let y = 80;
    const items = column.items.map((item, r) => {
      const rowHeight = (list[r] ?? 0) * stretch;
      const box = boxes(item, rowHeight);
      const top = y + (rowHeight - box.height + 20) / 2;
      y += rowHeight;
      return (box.figure ? textBlock(box.figure, x + width / 2, top, 'dd-t-figure', { middle: false }) : '')
        + textBlock(box.text, x + width / 2, top + (box.figure ? box.figure.height + 4 : 0), 'dd-t', { middle: false });
    });
    return rect(x, 0, width, H, 'dd-f-panel', 10)
      + rect(x, 0, width, 64, 'dd-f-accent', 10)
      + textBlock(fit(column.title, width - 24, 56, 28), x + width / 2, 32, 'dd-t-title-on')
      + items.join('');
  });
  return svg(W, Math.ceil(H), 'value', body.join(''), label);
}

/** Readable sizes of a result card, in drawing units (the drawing is shown about 490 px wide, so one
 * unit is a little under a pixel): a caption never drops below 17 (16 px on the slide). */
const CARD = { width: 520, pad: 16, gap: 10, figureColumn: 170, figure: 46, numbers: 30, caption: 20, sentence: 24 } as const;

/**
 * One card per result. A card with a change shows it big on the left, with where it went from and
 * to and the caption beside it; a card without a change uses the whole width for its numbers and
 * caption, so no column stands empty. Cards grow with their text instead of shrinking it.
 */
export function caseResultsDrawing(results: readonly { label: string; before?: string; after?: string; change?: string }[], label: string): string {
  const { width, pad, gap } = CARD;
  let y = 0;
  const cards = results.map((r) => {
    const card = resultCard(r, y);
    y += card.height + gap;
    return card.markup;
  });
  return svg(width, Math.max(1, y - gap), 'case', cards.join(''), label);

  function resultCard(r: { label: string; before?: string; after?: string; change?: string }, top: number): { markup: string; height: number } {
    const numbersText = [r.before, r.after].filter(Boolean).join(' → ');
    const left = r.change ? pad + CARD.figureColumn + 12 : pad;
    const textWidth = width - left - pad;
    // A result with no figure at all is a sentence: it is the card's only text, so it is larger.
    const alone = !r.change && !numbersText;
    const numbers = numbersText ? fit(numbersText, textWidth, CARD.numbers * 1.25, CARD.numbers, 18) : undefined;
    const caption = fit(r.label, textWidth, Number.POSITIVE_INFINITY, alone ? CARD.sentence : CARD.caption);
    const textHeight = (numbers ? numbers.lines.length * numbers.leading + 6 : 0) + caption.lines.length * caption.leading;
    const height = Math.max(r.change ? 96 : 0, textHeight + pad * 2);
    const textTop = top + (height - textHeight) / 2;
    const parts = [rect(0, top, width, height, 'dd-f-panel', 10)];
    if (r.change) parts.push(textBlock(fit(r.change, CARD.figureColumn - 8, height - pad, CARD.figure, 24), pad + CARD.figureColumn / 2, top + height / 2, 'dd-t-figure'));
    if (numbers) parts.push(textBlock(numbers, left, textTop, 'dd-t-strong', { anchor: 'start', middle: false }));
    const captionTop = textTop + (numbers ? numbers.lines.length * numbers.leading + 6 : 0);
    parts.push(textBlock(caption, left, captionTop, alone ? 'dd-t' : 'dd-t-muted', { anchor: 'start', middle: false }));
    return { markup: parts.join(''), height };
  }
}
