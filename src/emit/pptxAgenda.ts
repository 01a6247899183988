// The agenda slide: a bar of the sections' minutes, the numbered items and the ground rules. The
// items' table is sized from their number, because neither program makes room for it: PowerPoint
// never shrinks a table to fit, and LibreOffice grows each row to its text, so a long Chinese
// agenda ran down into the ground rules below it.
import type Pptx from 'pptxgenjs';
import type { SlideBody } from '../plan/slidePlan.js';
import { barShapes, type DrawingStyle, hex, LEFT, WIDTH } from './pptxDrawings.js';

type Slide = Pptx.default.Slide;
type Agenda = Extract<SlideBody, { kind: 'agenda' }>;

const BOTTOM = 7.0;
const BAR_HEIGHT = 0.5;
/** Below the bar and its minute captions. */
const TABLE_GAP = 1.0;
const BLOCK_GAP = 0.15;
const COLUMN_GAP = 0.3;
const MINUTES_WIDTH = 1.3;
const RULES_FONT = 13;
/** The items' font, from full size down to the smallest still read from across a table. */
const LARGEST_FONT = 13;
const SMALLEST_FONT = 10;

/** A line's height in inches: Noto CJK (LibreOffice's YaHei) sets lines at about 1.45 em, Arial at 1.15. */
function lineHeight(fontSize: number, cjk: boolean): number {
  return (fontSize * (cjk ? 1.45 : 1.2)) / 72;
}

/** A table row of one line: the line, pptxgenjs's 0.05 in cell margins above and below, and slack. */
function rowHeight(fontSize: number, cjk: boolean): number {
  return lineHeight(fontSize, cjk) + 0.12;
}

/** How many lines `text` takes across `width` inches: a Chinese character is about 1 em wide, a Latin one half. */
function linesOf(text: string, fontSize: number, width: number, cjk: boolean): number {
  const ems = [...text].reduce((sum, ch) => sum + (/[\u2e80-\uffef]/.test(ch) ? 1 : cjk ? 0.55 : 0.5), 0);
  return Math.max(1, Math.ceil((ems * fontSize) / 72 / width));
}

function rulesHeight(body: Agenda, cjk: boolean): number {
  if (body.rules.length === 0) return 0;
  const textWidth = WIDTH - 0.5;
  const lines = [body.rulesTitle, ...body.rules].reduce((sum, line) => sum + linesOf(line, RULES_FONT, textWidth, cjk), 0);
  return lines * lineHeight(RULES_FONT, cjk) + 0.2;
}

export interface AgendaLayout {
  columns: 1 | 2;
  rows: number;
  fontSize: number;
  rowH: number;
  tableTop: number;
  /** Where the ground rules start, at the foot of the slide. */
  rulesTop: number;
}

/** One column at full size when the items fit above the rules, else two columns, the font shrunk
 * only as far as the rows need. Up to 13 items (the agenda may gain a buffer) fit at 13 pt. */
export function agendaLayout(body: Agenda, top: number, cjk: boolean): AgendaLayout {
  const tableTop = top + TABLE_GAP;
  const rulesTop = BOTTOM - rulesHeight(body, cjk);
  const room = rulesTop - BLOCK_GAP - tableTop;
  const items = body.items.length;
  const fits = (rows: number, size: number): boolean => rows * rowHeight(size, cjk) <= room;
  const columns = fits(items, LARGEST_FONT) ? 1 : 2;
  const rows = Math.ceil(items / columns);
  let fontSize = LARGEST_FONT;
  while (fontSize > SMALLEST_FONT && !fits(rows, fontSize)) fontSize--;
  return { columns, rows, fontSize, rowH: rowHeight(fontSize, cjk), tableTop, rulesTop };
}

export function addAgenda(slide: Slide, body: Agenda, style: DrawingStyle & { font: string; cjk: boolean }, top: number): void {
  const p = style.palette;
  const layout = agendaLayout(body, top, style.cjk);
  barShapes(slide, body.items.map((item, i) => ({ label: String(i + 1), caption: item.minutes, value: item.value })), style, top, BAR_HEIGHT);
  const columnWidth = (WIDTH - COLUMN_GAP * (layout.columns - 1)) / layout.columns;
  for (let c = 0; c < layout.columns; c++) {
    const first = c * layout.rows;
    const rows = body.items.slice(first, first + layout.rows).map((item, i) => [`${first + i + 1}. ${item.title}`, item.minutes]);
    if (rows.length === 0) continue;
    slide.addTable(rows.map((row) => row.map((text) => ({ text }))), {
      x: LEFT + c * (columnWidth + COLUMN_GAP), y: layout.tableTop, w: columnWidth, colW: [columnWidth - MINUTES_WIDTH, MINUTES_WIDTH], rowH: layout.rowH,
      fontFace: style.font, fontSize: layout.fontSize, color: hex(p.text), valign: 'middle', border: { type: 'solid', pt: 0.5, color: hex(p.line) }, autoPage: false,
    });
  }
  if (body.rules.length === 0) return;
  slide.addText([
    { text: body.rulesTitle, options: { bold: true, color: hex(p.accent), breakLine: true } },
    ...body.rules.map((rule) => ({ text: rule, options: { bullet: true, breakLine: true } })),
  ], { ...style.base, x: LEFT, y: layout.rulesTop, w: WIDTH, h: BOTTOM - layout.rulesTop, fontSize: RULES_FONT });
}
