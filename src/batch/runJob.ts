// One job of a batch — one deck, or one variant of it — built with its optional outputs. The
// result is plain data (lines to print, an error already formatted), so it crosses a worker
// boundary unchanged and prints the same whether it ran in a worker or in the main thread.
import { relative } from 'node:path';
import { buildDeck } from '../buildDeck.js';
import { formatDeckError, isDeckError } from '../errors.js';
import { writeDeliverables, type DeliveryOptions } from '../emit/deliverables.js';
import { readinessSummary } from '../check/readinessTable.js';
import { translator } from '../plan/text.js';
import { warningLines } from './warningLines.js';
import { nowMs } from '../source/monotonic.js';

export interface BatchJob {
  deckFile: string;
  forPerson?: string;
  /** How the job is shown in the progress display: the deck file, and the person for a variant. */
  label: string;
}

export interface BuildSettings {
  outDir: string;
  singleFile: boolean;
  templatesDir?: string;
  cwd: string;
  delivery: Omit<DeliveryOptions, 'browser'>;
  /** Also write client.html (see BuildOptions.clientCopy). */
  clientCopy?: boolean;
  /** Clock time the meeting starts, in minutes since midnight, for the brief. */
  startMinutes?: number;
}

export type JobOutcome =
  | { ok: true; lines: string[]; ms: number }
  /** `error` is the formatted DeckError: the input was wrong. */
  | { ok: false; error: string; ms: number };

export async function runJob(job: BatchJob, settings: BuildSettings, browser?: DeliveryOptions['browser']): Promise<JobOutcome> {
  const start = nowMs();
  const { cwd } = settings;
  try {
    const result = buildDeck({
      deckFile: job.deckFile, forPerson: job.forPerson, outDir: settings.outDir, singleFile: settings.singleFile, templatesDir: settings.templatesDir,
      clientCopy: settings.clientCopy, startMinutes: settings.startMinutes, cwd,
    });
    const main = result.plan.slides.filter((s) => !s.appendix).length;
    const primary = result.plan.primaryAudience;
    const audience = primary ? `, for ${result.plan.writtenNames?.get(primary.name) ?? primary.name} (${primary.role})` : '';
    const lines = [`built ${relative(cwd, result.output.indexHtml)}  ${result.plan.slides.length} slides (${main} main, ${result.plan.slides.length - main} appendix), ${result.plan.duration} min${audience}`];
    const t = translator(result.meeting.strings);
    lines.push(...warningLines(result.plan, t));
    for (const file of await writeDeliverables(result, { ...settings.delivery, browser })) lines.push(`wrote ${relative(cwd, file)}`);
    lines.push(`  ${readinessSummary(result.readiness, t)}${t('readiness-hint', { file: job.deckFile })}`);
    return { ok: true, lines, ms: nowMs() - start };
  } catch (error) {
    if (!isDeckError(error)) throw error;
    return { ok: false, error: formatDeckError(error), ms: nowMs() - start };
  }
}
