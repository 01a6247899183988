// Text that runs into other text on a rendered page, found from the lines' boxes.
import type { PdfLine } from './poppler.js';

/** pdftotext's line box spans the font's whole ascent and descent, which is taller than the line
 * pitch, so the lines of one paragraph overlap by about a tenth of their height (measured 7–11 %
 * in LibreOffice's PDFs, Arial and Noto CJK alike). That much, and a point more, is touching. */
const TOUCHING_SHARE = 0.15;
const TOLERANCE_PT = 1;

const span = (a0: number, a1: number, b0: number, b1: number): number => Math.min(a1, b1) - Math.max(a0, b0);

export function overlaps(a: PdfLine, b: PdfLine): boolean {
  const touching = TOLERANCE_PT + TOUCHING_SHARE * Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
  return span(a.xMin, a.xMax, b.xMin, b.xMax) > TOLERANCE_PT && span(a.yMin, a.yMax, b.yMin, b.yMax) > touching;
}

/** "page 5 (agenda): «会议约定» runs into «11. 下一步»", one entry per overlapping pair of lines. */
export function textOverlaps(pages: readonly PdfLine[][], pageName = (page: number): string => `page ${page}`): string[] {
  return pages.flatMap((lines) => lines.flatMap((a, i) => lines.slice(i + 1)
    .filter((b) => overlaps(a, b))
    .map((b) => `${pageName(a.page)}: «${a.text}» runs into «${b.text}»`)));
}
