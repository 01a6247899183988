// A batch worker thread: takes jobs one at a time from the main thread and answers with their
// outcome. It keeps one Chromium for all the PDFs it prints, started at its first PDF.
import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { HeadlessBrowser } from '../browser/chromium.js';
import { buildingInThread } from '../emit/atomicFolder.js';
import { runJob, type BatchJob, type BuildSettings } from './runJob.js';

export type ToWorker = { type: 'job'; id: number; job: BatchJob } | { type: 'stop' };
export type FromWorker =
  | { type: 'done'; id: number; outcome: Awaited<ReturnType<typeof runJob>> }
  /** Not a DeckError: a bug, reported with its stack. */
  | { type: 'bug'; id: number; stack: string };

buildingInThread(threadId);
const settings = workerData as BuildSettings;
let browser: Promise<HeadlessBrowser> | undefined;

async function sharedBrowser(): Promise<HeadlessBrowser | undefined> {
  if (!settings.delivery.pdf && !settings.delivery.pdfNotes) return undefined;
  if (!browser) {
    const { launchChromium } = await import('../browser/chromium.js');
    browser = launchChromium('--pdf');
    // A failed launch is retried by the next job, which then reports it as its own DeckError.
    browser.catch(() => (browser = undefined));
  }
  return browser;
}

function reply(message: FromWorker): void {
  // A worker_threads port, not window.postMessage: there is no origin to name.
  // eslint-disable-next-line unicorn/require-post-message-target-origin
  parentPort?.postMessage(message);
}

parentPort?.on('message', async (message: ToWorker) => {
  if (message.type === 'stop') {
    await (await browser?.catch(() => undefined))?.close();
    parentPort?.close();
    return;
  }
  try {
    const outcome = await runJob(message.job, settings, await sharedBrowser().catch(() => undefined));
    reply({ type: 'done', id: message.id, outcome });
  } catch (error) {
    reply({ type: 'bug', id: message.id, stack: (error as Error).stack ?? String(error) });
  }
});
