// Reads PDFs with poppler-utils (pdfinfo, pdftotext), installed by .ci/run. A missing tool fails
// the test with the install command rather than skipping it.
import { execFileSync } from 'node:child_process';

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

