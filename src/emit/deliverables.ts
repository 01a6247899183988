// The optional outputs of a build (`--pdf`, `--pdf-notes`, `--pptx`), written after the deck
// itself. Each one's heavy library is loaded only here, only when asked for.
import type { HeadlessBrowser } from '../browser/chromium.js';
import type { SlidePlan } from '../plan/slidePlan.js';
import type { ResolvedMeeting } from '../types.js';

/** What the optional outputs are made from: the written deck's folder, its plan and meeting,
 * and each slide's speaker notes as plain text (rendered on demand by render/, for the PPTX). */
export interface BuiltDeck {
  output: { dir: string };
  plan: SlidePlan;
  meeting: ResolvedMeeting;
  speakerNotes: () => string[];
}

export interface DeliveryOptions {
  pdf?: boolean;
  /** A notes page after every slide; implies `pdf`. */
  pdfNotes?: boolean;
  pptx?: boolean;
  /** A browser already running, shared by the decks of one batch. */
  browser?: HeadlessBrowser;
}

/** Writes the asked-for files beside index.html and returns their paths. */
export async function writeDeliverables(result: BuiltDeck, options: DeliveryOptions): Promise<string[]> {
  const written: string[] = [];
  if (options.pdf || options.pdfNotes) {
    const { writePdf } = await import('./pdf.js');
    written.push(await writePdf(result.output.dir, result.plan.deck, { notes: options.pdfNotes, browser: options.browser }));
  }
  if (options.pptx) {
    const { writePptx } = await import('./pptx.js');
    written.push(await writePptx(result.output.dir, result.plan, result.meeting, result.speakerNotes()));
  }
  return written;
}
