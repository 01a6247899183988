// Reads PDFs with poppler-utils (pdfinfo, pdftotext), installed by .ci/run. A missing tool fails
// the test with the install command rather than skipping it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function tool(name: string, args: string[]): string {
  try {
    return execFileSync(name, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${name} is missing; install it with \`apt-get install -y poppler-utils\` (or run \`bash .ci/run\`)`, { cause: error });
    }
    throw error;
  }
}

export interface PdfInfo {
  pages: number;
  /** Page size in points, e.g. "960 x 540". */
  pageSize: string;
}

export function pdfInfo(file: string): PdfInfo {
  const info = tool('pdfinfo', [file]);
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN),
    pageSize: /^Page size:\s+([\d.]+ x [\d.]+) pts/m.exec(info)?.[1] ?? '',
  };
}

/** The text of one page (1-based), or of all pages. */
export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return tool('pdftotext', ['-enc', 'UTF-8', ...range, file, '-']);
}


/** A piece of text on a page with its box in points: a word (`-bbox`) or a line (`-bbox-layout`). */
export interface PdfBox {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export type PdfWord = PdfBox;

export interface PdfPageWords {
  page: number;
  width: number;
  height: number;
  words: PdfWord[];
}

/** Every word of every page with its box in points (`pdftotext -bbox`), page by page. */
export function pdfWords(file: string): PdfPageWords[] {
  const html = tool('pdftotext', ['-enc', 'UTF-8', '-bbox', file, '-']);
  const pages: PdfPageWords[] = [];
  for (const [, width, height, body] of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const page = pages.length + 1;
    const words = [...(body ?? '').matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map((m) => ({
      page, text: m[5] ?? '', xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]),
    }));
    pages.push({ page, width: Number(width), height: Number(height), words });
  }
  return pages;
}

export type PdfLine = PdfBox;

/** Every text line of every page with its box in points (`pdftotext -bbox-layout`), page by page. */
export function pdfLines(file: string): PdfLine[][] {
  const html = tool('pdftotext', ['-enc', 'UTF-8', '-bbox-layout', file, '-']);
  return [...html.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].map(([, body], i) =>
    [...(body ?? '').matchAll(/<line xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([\s\S]*?)<\/line>/g)].map((m) => ({
      page: i + 1,
      text: [...(m[5] ?? '').matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => decodeEntities(w[1] ?? '')).join(' '),
      xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]),
    })));
}

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export interface PdfRaster {
  page: number;
  width: number;
  height: number;
  /** One grey level (0 black … 255 white) per pixel, row by row. */
  grey: Uint8Array;
}

/** Every page rendered in grey at `dpi` (`pdftoppm -gray`): what a reader sees, glyphs, lines and pictures alike. */
export function pdfRasters(file: string, dpi: number): PdfRaster[] {
  const dir = mkdtempSync(join(tmpdir(), 'demodeck-pdf-raster-'));
  try {
    tool('pdftoppm', ['-r', String(dpi), '-gray', file, join(dir, 'page')]);
    return readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort().map((f, i) => {
      const bytes = readFileSync(join(dir, f));
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.toString('latin1', 0, 40));
      if (!header) throw new Error(`${f} is not a grey PGM`);
      const [width, height] = [Number(header[1]), Number(header[2])];
      return { page: i + 1, width, height, grey: new Uint8Array(bytes.subarray(header[0].length, header[0].length + width * height)) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
