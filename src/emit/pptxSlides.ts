// One SlideBody → editable PowerPoint shapes: text boxes, bullet lists and tables, never pictures
// of slides, so a presales engineer can still change a word before the meeting. Positions are in
// inches on the 13.33 × 7.5 in (16:9) layout; the HTML deck is 1280 × 720 px of the same shape.
import type Pptx from 'pptxgenjs';
import type { LabelledText, SlideBody } from '../plan/slidePlan.js';
import type { Palette } from '../theme/palette.js';
import { addAgenda } from './pptxAgenda.js';
import { barShapes, ffabShapes, hex, LEFT, overviewShapes, paybackShapes, WIDTH } from './pptxDrawings.js';

type Slide = Pptx.default.Slide;
type TextProps = Pptx.default.TextPropsOptions;
type Runs = Pptx.default.TextProps[];

export interface SlideStyle {
  palette: Palette;
  font: string;
  lang: string;
  /** Logo images as `image/png;base64,…`, shown on the title and closing slides. */
  logos: string[];
}

const TOP = 1.25;
const BOTTOM = 7.0;

export function addBody(slide: Slide, body: SlideBody, style: SlideStyle): void {
  const p = style.palette;
  const base: TextProps = { fontFace: style.font, lang: style.lang, color: hex(p.text), valign: 'top', margin: 4, fit: 'shrink' };
  const text = (content: string | Runs, options: TextProps): void => {
    slide.addText(content, { ...base, ...options });
  };
  const bullets = (lines: string[], y: number, h: number, fontSize = 18): void => {
    if (lines.length > 0) text(lines.map((line) => ({ text: line, options: { bullet: true, breakLine: true } })), { x: LEFT, y, w: WIDTH, h, fontSize });
  };
  const labelled = (items: LabelledText[]): Runs =>
    items.flatMap((item) => [
      { text: `${item.label}: `, options: { bold: true, color: hex(p.accent) } },
      { text: item.text, options: { breakLine: true } },
    ]);
  const boxes = (items: LabelledText[], y: number, h: number, highlightLast = false): void => {
    const gap = 0.15;
    const w = (WIDTH - gap * (items.length - 1)) / Math.max(1, items.length);
    items.forEach((item, i) => {
      const filled = highlightLast && i === items.length - 1;
      text([
        { text: item.label, options: { bold: true, fontSize: 13, color: hex(filled ? p.onAccent : p.accent), breakLine: true } },
        { text: item.text, options: { fontSize: 15, color: hex(filled ? p.onAccent : p.text) } },
      ], { x: LEFT + i * (w + gap), y, w, h, fill: { color: hex(filled ? p.accent : p.panel) } });
    });
  };
  const table = (headers: string[] | undefined, rows: string[][], y: number, bold: boolean[] = []): void => {
    const head = (headers ?? []).map((h) => ({ text: h, options: { bold: true, color: hex(p.onAccent), fill: { color: hex(p.accent) } } }));
    const bodyRows = rows.map((row, r) => row.map((cell) => ({ text: cell, options: { bold: bold[r] === true } })));
    slide.addTable(head.length > 0 ? [head, ...bodyRows] : bodyRows, { x: LEFT, y, w: WIDTH, fontFace: style.font, fontSize: 13, color: hex(p.text), border: { type: 'solid', pt: 0.5, color: hex(p.line) }, autoPage: false });
  };
  const logos = (y: number): void => {
    style.logos.forEach((data, i) => slide.addImage({ data, x: LEFT + i * 2.4, y, w: 2.2, h: 0.9, sizing: { type: 'contain', w: 2.2, h: 0.9 } }));
  };

  switch (body.kind) {
    case 'title':
      logos(0.6);
      text(body.customer, { x: LEFT, y: 1.9, w: WIDTH, h: 0.6, fontSize: 24, bold: true, color: hex(p.accent) });
      text(body.title, { x: LEFT, y: 2.5, w: WIDTH, h: 1.4, fontSize: 40, bold: true, color: hex(p.heading) });
      text([body.subtitle, body.presenter, body.date].filter((s): s is string => Boolean(s)).map((s) => ({ text: s, options: { breakLine: true } })), { x: LEFT, y: 4.0, w: WIDTH, h: 1.6, fontSize: 18, color: hex(p.muted) });
      return;
    case 'opening': {
      let y = TOP;
      if (body.heading) {
        text(body.heading, { x: LEFT, y, w: WIDTH, h: 0.6, fontSize: 20, color: hex(p.muted) });
        y += 0.7;
      }
      if (body.emphasis) {
        text(body.emphasis, { x: LEFT, y, w: WIDTH, h: 1.3, fontSize: 26, color: hex(p.heading), fill: { color: hex(p.panel) } });
        y += 1.5;
      }
      bullets(body.lines, y, BOTTOM - y);
      return;
    }
    case 'agenda':
      addAgenda(slide, body, { palette: p, base, font: style.font, cjk: style.lang.startsWith('zh') }, TOP);
      return;
    case 'situation':
      if (body.intro) text(body.intro, { x: LEFT, y: TOP, w: WIDTH, h: 0.7, fontSize: 16 });
      if (body.facts.length > 0) text(labelled(body.facts), { x: LEFT, y: 2.0, w: WIDTH, h: 0.9, fontSize: 14 });
      if (body.rows.length > 0) table(body.headers, body.rows.map((r) => [r.need, r.situation, r.problem]), 3.0);
      return;
    case 'overview':
      if (body.lead) text(body.lead, { x: LEFT, y: TOP, w: WIDTH, h: 0.6, fontSize: 18 });
      overviewShapes(slide, body, { palette: p, base }, body.lead ? 2.0 : TOP);
      return;
    case 'need':
      boxes(body.steps, TOP, body.money ? 4.6 : 5.4);
      if (body.money) text([{ text: `${body.money.label} `, options: { bold: true, color: hex(p.figure) } }, { text: body.money.text }], { x: LEFT, y: 6.0, w: WIDTH, h: 0.7, fontSize: 15, fill: { color: hex(p.panel) } });
      return;
    case 'ffab':
      ffabShapes(slide, [...body.parts, { label: body.benefitLabel, text: body.benefit }], { palette: p, base }, TOP, 4.5);
      return;
    case 'value': {
      const valueCase = body.valueCase;
      if (valueCase) {
        const cash = valueCase.cash;
        text([
          { text: valueCase.headline, options: { bold: true, fontSize: 30, color: hex(p.figure), breakLine: !valueCase.payback && cash !== undefined } },
          ...(valueCase.payback ? [{ text: `   ${valueCase.payback}`, options: { bold: true, fontSize: 22, color: hex(p.heading), breakLine: cash !== undefined } }] : []),
          ...(cash ? [{ text: cash, options: { fontSize: 16, color: hex(p.heading) } }] : []),
        ], { x: LEFT, y: TOP, w: WIDTH, h: 1.0 });
        const listWidth = valueCase.chart ? 6.6 : WIDTH;
        text(valueCase.points.flatMap((point) => [
          { text: `${point.title}  ${point.total}`, options: { bold: true, color: hex(p.accent), fontSize: 16, breakLine: true } },
          ...point.gains.flatMap((gain) => [
            { text: `${gain.label}  `, options: { bold: true, fontSize: 14 } },
            { text: gain.money, options: { bold: true, fontSize: 14, color: hex(p.figure), breakLine: true } },
            { text: gain.source, options: { fontSize: 12, color: hex(p.muted), breakLine: true } },
          ]),
        ]), { x: LEFT, y: TOP + 1.1, w: listWidth, h: BOTTOM - TOP - 1.1 });
        if (valueCase.chart) paybackShapes(slide, valueCase, { palette: p, base }, { x: LEFT + 6.9, y: TOP + 1.1, w: WIDTH - 6.9, h: BOTTOM - TOP - 1.1 });
        return;
      }
      const w = (WIDTH - 0.3) / Math.max(1, body.columns.length);
      body.columns.forEach((column, i) => {
        text([
          { text: column.title, options: { bold: true, color: hex(p.accent), fontSize: 18, breakLine: true } },
          ...column.items.map((item) => ({ text: item.figure ? `${item.figure} ${item.text}` : item.text, options: { bullet: true, breakLine: true } })),
        ], { x: LEFT + i * (w + 0.15), y: TOP, w, h: 5.6, fontSize: 15, fill: { color: hex(p.panel) } });
      });
      return;
    }
    case 'comparison':
      table(body.headers, body.rows, TOP);
      if (body.advantages.length > 0) bullets([body.advantagesTitle, ...body.advantages], 4.9, 2.0, 14);
      return;
    case 'case':
      text([body.client, body.industry].filter(Boolean).join(' · '), { x: LEFT, y: TOP, w: WIDTH, h: 0.5, fontSize: 16, color: hex(p.muted) });
      text(labelled(body.sections), { x: LEFT, y: 1.85, w: 7.2, h: 5.0, fontSize: 13 });
      text([
        ...body.results.map((r) => ({ text: r.figureFromLabel ? r.label : resultLine(r, style.lang.startsWith('zh')), options: { bullet: true, breakLine: true } })),
        ...(body.recognition.length > 0 ? [{ text: body.recognition.join(' · '), options: { color: hex(p.muted), breakLine: true } }] : []),
      ], { x: 7.9, y: 1.85, w: 4.9, h: 5.0, fontSize: 13, fill: { color: hex(p.panel) } });
      return;
    case 'implementation':
      barShapes(slide, body.phases.map((phase) => ({ label: phase.title, caption: phase.days, value: Math.max(phase.dayCount, 0.5) })), { palette: p, base }, TOP, 0.7);
      table(undefined, body.phases.map((phase) => [phase.title, phase.days, phase.text]), TOP + 1.2);
      bullets([body.totalDays, ...body.lines], 4.9, 2.0, 14);
      return;
    case 'assurance':
      bullets(body.lines, TOP, BOTTOM - TOP);
      return;
    case 'pricing':
      table(body.headers, body.rows.map((r) => [r.item, r.amount, r.note ?? '']), TOP, body.rows.map((r) => r.total === true));
      text(body.footnote, { x: LEFT, y: 6.3, w: WIDTH, h: 0.6, fontSize: 11, color: hex(p.muted) });
      return;
    case 'closing':
      logos(0.3);
      text(body.action, { x: LEFT, y: 1.6, w: WIDTH, h: 1.5, fontSize: 28, color: hex(p.heading), fill: { color: hex(p.panel) } });
      if (body.message) text(body.message, { x: LEFT, y: 3.3, w: WIDTH, h: 1.0, fontSize: 20 });
      if (body.contact.length > 0) text(body.contact.join(' · '), { x: LEFT, y: 5.8, w: WIDTH, h: 0.6, fontSize: 14, color: hex(p.muted) });
      return;
    case 'qna':
      text(body.prompt, { x: LEFT, y: 2.6, w: WIDTH, h: 1.5, fontSize: 32, color: hex(p.heading), align: 'center' });
      return;
    case 'backup':
      text(labelled(body.items), { x: LEFT, y: TOP, w: WIDTH, h: BOTTOM - TOP, fontSize: 14 });
      return;
  }
}

/** A resistant listener's concerns, shown as questions with answers along the foot of the slide. */
export function addAsked(slide: Slide, asked: readonly { q: string; a: string }[], style: SlideStyle, title: string): void {
  const p = style.palette;
  const runs: Runs = [
    { text: title, options: { bold: true, color: hex(p.accent), fontSize: 13, breakLine: true } },
    ...asked.flatMap((item) => [
      { text: item.q, options: { bold: true, fontSize: 13, breakLine: true } },
      { text: item.a, options: { fontSize: 12, breakLine: true } },
    ]),
  ];
  slide.addText(runs, { x: LEFT, y: 4.7, w: WIDTH, h: BOTTOM - 4.7, fontFace: style.font, lang: style.lang, color: hex(p.text), valign: 'top', margin: 4, fit: 'shrink', fill: { color: hex(p.panel) } });
}

/** "month-end close: 5 → 2 (-60%)", "月结用时（工作日）：5 → 2（-60%）": the punctuation comes with the language. */
function resultLine(r: { label: string; before?: string; after?: string; change?: string }, chinese: boolean): string {
  const levels = [r.before, r.after].filter(Boolean).join(' → ');
  const change = r.change ? (levels ? (chinese ? `（${r.change}）` : ` (${r.change})`) : r.change) : '';
  const figures = `${levels}${change}`;
  return figures ? `${r.label}${chinese ? '：' : ': '}${figures}` : r.label;
}
