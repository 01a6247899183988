// `--pdf`: prints the built deck in headless Chromium through reveal's print view, one page per
// slide at slide size (1280×720 px), backgrounds included, text kept as text. With notes, reveal
// puts each slide's notes on a page of their own right after it.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium, type HeadlessBrowser } from '../browser/chromium.js';
import { DeckError } from '../errors.js';
import { writeFileAtomic } from './writeAtomic.js';

/** The part of the page's global this module reads (the runtime's types are not built here). */
interface RevealWindow {
  Reveal?: { isReady?: () => boolean };
}

export interface PdfOptions {
  /** A speaker-notes page after every slide. */
  notes?: boolean;
  /** Reuse a running browser (batch builds); one is started and closed otherwise. */
  browser?: HeadlessBrowser;
}

/**
 * reveal reads its config from the query string too: no margin so a page is exactly one slide,
 * fragments on one page, and never more than one page per slide even when a slide overflows.
 */
export function printQuery(notes: boolean): string {
  const query = '?print-pdf&margin=0&pdfSeparateFragments=false&pdfMaxPagesPerSlide=1';
  return notes ? `${query}&showNotes=separate-page` : query;
}

export async function writePdf(deckDir: string, deckName: string, options: PdfOptions = {}): Promise<string> {
  const browser = options.browser ?? (await launchChromium('--pdf'));
  try {
    const page = await browser.context.newPage();
    try {
      // The deck never needs the network; a request leaving the disk is a bug, not a PDF.
      await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort('blockedbyclient')));
      await page.goto(pathToFileURL(join(deckDir, 'index.html')).href + printQuery(options.notes ?? false), { waitUntil: 'load' });
      await page.waitForFunction(() => (window as unknown as RevealWindow).Reveal?.isReady?.() === true, undefined, { timeout: 20_000 });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      // The runtime shrinks overlong slides once fonts are in; print only after it has.
      await page.waitForFunction(() => document.documentElement.dataset.ddFitted === 'true', undefined, { timeout: 20_000 });
      if (options.notes) await page.evaluate(fitNotesPages, NOTES_PAGE_HEIGHT);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const file = join(deckDir, `${deckName}.pdf`);
      writeFileAtomic(file, fixPdfDates(pdf));
      return file;
    } finally {
      await page.close();
    }
  } catch (cause) {
    if (cause instanceof DeckError) throw cause;
    throw new DeckError('The PDF could not be printed', [
      { code: 'pdf-failed', path: '--pdf', message: `printing ${join(deckDir, 'index.html')} failed: ${String((cause as Error).message).split('\n')[0]}`, hint: 'build the deck without --pdf and open index.html to see whether it loads' },
    ], { cause });
  } finally {
    if (!options.browser) await browser.close();
  }
}

/** The page height in CSS px: the slide height, as margin=0 makes the page the slide. */
const NOTES_PAGE_HEIGHT = 720;

/**
 * Runs in the page. Long notes would spill onto a second page and shift every page after them,
 * so each notes page's font shrinks step by step (down to 9 px) until it fits on its page.
 */
function fitNotesPages(pageHeight: number): void {
  for (const notes of Array.from(document.querySelectorAll<HTMLElement>('.speaker-notes-pdf[data-layout="separate-page"]'))) {
    let size = parseFloat(getComputedStyle(notes).fontSize) || 20;
    while (notes.getBoundingClientRect().height > pageHeight && size > 9) {
      size -= 1;
      notes.style.fontSize = `${size}px`;
    }
  }
}

/** A fixed date of the same length as Chromium's, so xref offsets stay valid. */
const FIXED_DATE = 'D:20000101000000+00\'00\'';

/**
 * Chromium stamps the print time into /CreationDate and /ModDate; everything else is a function
 * of the deck, so replacing the dates (byte length kept) makes the same deck give the same PDF.
 */
export function fixPdfDates(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const fixed = text.replace(/\/(CreationDate|ModDate) \((D:[^)]*)\)/g, (_match, key: string, date: string) => {
    const same = FIXED_DATE.length === date.length ? FIXED_DATE : FIXED_DATE.slice(0, date.length).padEnd(date.length, '0');
    return `/${key} (${same})`;
  });
  return Buffer.from(fixed, 'latin1');
}
