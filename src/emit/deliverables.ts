// The optional outputs of a build (`--pdf`, `--pdf-notes`, `--pptx`), written after the deck
// itself. Each one's heavy library is loaded only here, only when asked for.
import type { BuildResult } from '../buildDeck.js';
import type { HeadlessBrowser } from '../browser/chromium.js';

export interface DeliveryOptions {
  pdf?: boolean;
  /** A notes page after every slide; implies `pdf`. */
  pdfNotes?: boolean;
  pptx?: boolean;
  /** A browser already running, shared by the decks of one batch. */
  browser?: HeadlessBrowser;
}

/** Writes the asked-for files beside index.html and returns their paths. */
export async function writeDeliverables(result: BuildResult, options: DeliveryOptions): Promise<string[]> {
  const written: string[] = [];
  if (options.pdf || options.pdfNotes) {
    const { writePdf } = await import('./pdf.js');
    written.push(await writePdf(result.output.dir, result.plan.deck, { notes: options.pdfNotes, browser: options.browser }));
  }
  if (options.pptx) {
    const { writePptx } = await import('./pptx.js');
    written.push(await writePptx(result.output.dir, result.plan, result.meeting));
  }
  return written;
}
