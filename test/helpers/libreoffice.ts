// Converts office files to PDF the way a user opening them in LibreOffice Impress would see them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** One soffice run for all `files` (its start-up is most of the time); the PDFs in the same order. */
export function convertToPdf(files: readonly string[]): string[] {
  const pdfs = files.map((file) => basename(file).replace(/\.\w+$/, '.pdf'));
  if (new Set(pdfs).size < pdfs.length) throw new Error(`two files would make the same PDF: ${files.join(', ')}`);
  const pdfDir = mkdtempSync(join(tmpdir(), 'demodeck-soffice-'));
  // A profile of its own, so a LibreOffice already running for the user does not take the job.
  const profile = `file://${mkdtempSync(join(tmpdir(), 'demodeck-lo-profile-'))}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...files], { stdio: 'pipe', timeout: 180_000 });
  return pdfs.map((pdf) => join(pdfDir, pdf));
}
