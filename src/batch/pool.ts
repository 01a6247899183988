// Builds many jobs at once, up to `concurrency` at a time, each slot taking the next job when it
// is free so one slow deck never holds the others back. Measured on a 2-core box (README):
// - a warm HTML build takes ~50 ms in this thread, but a worker thread starts cold (~0.5 s of
//   module loading and first compiles), so workers made 4 and even 24 HTML decks slower;
// - a PDF is printed by Chromium's own processes: printing several pages at once in one shared
//   browser overlaps them and uses every core without any worker;
// - PPTX zipping is JavaScript in this thread: workers win there once a batch is large.
// So jobs share this thread (async slots) unless many PPTX files are asked for.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { DeckError } from '../errors.js';
import { TOOL_ROOT } from '../load/toolRoot.js';
import { runJob, type BatchJob, type BuildSettings, type JobOutcome } from './runJob.js';
import type { FromWorker, ToWorker } from './worker.js';
import type { HeadlessBrowser } from '../browser/chromium.js';

export type JobEvent = { index: number; state: 'building' } | { index: number; state: 'done'; outcome: JobOutcome };

/**
 * Workers always run the compiled lib/ (worker threads cannot load TypeScript), so tests that
 * run from src/ rebuild lib/ first (`pretest`).
 */
export const WORKER_FILE = join(TOOL_ROOT, 'lib', 'batch', 'worker.js');

/**
 * From this many PPTX jobs on, worker threads may pay back their cold start: 24 decks took 4.7 s
 * in one thread and 3.8 s in two workers on a quiet 2-core box, 4 decks were slower in workers,
 * and under heavy load (load average 7) neither won. Revisit on machines with more cores.
 */
export const WORKERS_FROM = 8;

export async function runBatch(jobs: readonly BatchJob[], settings: BuildSettings, concurrency: number, onEvent: (event: JobEvent) => void): Promise<JobOutcome[]> {
  const useWorkers = concurrency > 1 && settings.delivery.pptx === true && jobs.length >= WORKERS_FROM;
  return useWorkers ? runInWorkers(jobs, settings, concurrency, onEvent) : runHere(jobs, settings, concurrency, onEvent);
}

export async function runInWorkers(jobs: readonly BatchJob[], settings: BuildSettings, concurrency: number, onEvent: (event: JobEvent) => void): Promise<JobOutcome[]> {
  if (!existsSync(WORKER_FILE)) {
    throw new DeckError('demodeck is not built', [
      { code: 'worker-missing', path: '--jobs', message: `${WORKER_FILE} does not exist`, hint: 'run `npm run build` in the demodeck folder, or pass --jobs 1' },
    ]);
  }
  // Loaded here, not on import: node:worker_threads costs every cold build a millisecond or two.
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const outcomes: JobOutcome[] = Array.from({ length: jobs.length });
  let next = 0;
  const size = Math.min(concurrency, jobs.length);
  await Promise.all(Array.from({ length: size }, () => new Promise<void>((resolveWorker, rejectWorker) => {
    const worker = new Worker(WORKER_FILE, { workerData: settings });
    let current = -1;
    const feed = (): void => {
      if (next >= jobs.length) {
        send(worker, { type: 'stop' });
        return;
      }
      current = next++;
      onEvent({ index: current, state: 'building' });
      send(worker, { type: 'job', id: current, job: jobs[current] as BatchJob });
    };
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'bug') {
        void worker.terminate();
        rejectWorker(Object.assign(new Error(`building ${jobs[message.id]?.label} failed`), { stack: message.stack }));
        return;
      }
      outcomes[message.id] = message.outcome;
      onEvent({ index: message.id, state: 'done', outcome: message.outcome });
      feed();
    });
    worker.on('error', rejectWorker);
    worker.on('exit', (code) => {
      if (next >= jobs.length && outcomes[current] !== undefined) resolveWorker();
      else rejectWorker(new Error(`a build worker stopped with exit code ${code} while building ${jobs[current]?.label}`));
    });
    feed();
  })));
  return outcomes;
}

function send(worker: Worker, message: ToWorker): void {
  // A worker_threads port, not window.postMessage: there is no origin to name.
  // eslint-disable-next-line unicorn/require-post-message-target-origin
  worker.postMessage(message);
}

/** Async slots in this thread: builds take turns, PDFs print side by side in one browser. */
export async function runHere(jobs: readonly BatchJob[], settings: BuildSettings, concurrency: number, onEvent: (event: JobEvent) => void): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = Array.from({ length: jobs.length });
  const wantsPdf = settings.delivery.pdf || settings.delivery.pdfNotes;
  let browser: HeadlessBrowser | undefined;
  try {
    if (wantsPdf && jobs.length > 1) {
      const { launchChromium } = await import('../browser/chromium.js');
      // Without a browser each job reports the missing browser itself, as a single build does.
      browser = await launchChromium('--pdf').catch(() => undefined);
    }
    let next = 0;
    const slot = async (): Promise<void> => {
      while (next < jobs.length) {
        const index = next++;
        onEvent({ index, state: 'building' });
        const outcome = await runJob(jobs[index] as BatchJob, settings, browser);
        outcomes[index] = outcome;
        onEvent({ index, state: 'done', outcome });
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, slot));
  } finally {
    await browser?.close();
  }
  return outcomes;
}
