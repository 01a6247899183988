// What a batch shows while it runs. On a terminal: one line per deck (name, state, time), redrawn
// in place; elsewhere (CI logs, pipes, tests): plain lines as each deck finishes. Either way the
// details (warnings, written files, errors) follow, then one summary line.
import type { BatchJob, JobOutcome } from './runJob.js';
import type { JobEvent } from './pool.js';
import { nowMs } from '../source/monotonic.js';

export interface ProgressIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** stdout is a terminal: redraw the per-deck lines in place. */
  tty?: boolean;
  /** Raw output without a newline, for redrawing; required when `tty` is set. */
  write?: (text: string) => void;
}

type State = 'queued' | 'building' | 'done' | 'failed';

interface Row {
  label: string;
  state: State;
  started?: number;
  ms?: number;
}

const MARK: Record<State, string> = { queued: '·', building: '…', done: '✓', failed: '✗' };
const REDRAW_MS = 100;

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export class BatchProgress {
  private readonly rows: Row[];
  private readonly started = nowMs();
  private drawn = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(jobs: readonly BatchJob[], private readonly io: ProgressIo) {
    this.rows = jobs.map((job) => ({ label: job.label, state: 'queued' }));
    if (this.live()) {
      this.draw();
      // Only the elapsed times change between events; the timer must not keep the process alive.
      this.timer = setInterval(() => this.draw(), REDRAW_MS);
      this.timer.unref();
    }
  }

  private live(): boolean {
    return Boolean(this.io.tty && this.io.write) && this.rows.length > 1;
  }

  onEvent = (event: JobEvent): void => {
    const row = this.rows[event.index];
    if (!row) return;
    if (event.state === 'building') {
      row.state = 'building';
      row.started = nowMs();
    } else {
      row.state = event.outcome.ok ? 'done' : 'failed';
      row.ms = event.outcome.ms;
      if (!this.live()) this.printOutcome(row, event.outcome);
    }
    if (this.live()) this.draw();
  };

  /** The per-deck lines as they are drawn on a terminal. */
  frame(): string[] {
    const width = Math.max(...this.rows.map((r) => r.label.length));
    return this.rows.map((row) => {
      const ms = row.ms ?? (row.started !== undefined ? nowMs() - row.started : undefined);
      return `${MARK[row.state]} ${row.label.padEnd(width)}  ${row.state.padEnd(8)}  ${ms === undefined ? '' : seconds(ms)}`.trimEnd();
    });
  }

  private draw(): void {
    const lines = this.frame();
    // Up to the first line of the previous frame, then rewrite each line and clear its rest.
    const up = this.drawn > 0 ? `\x1b[${this.drawn}A` : '';
    this.io.write?.(`${up}${lines.map((l) => `\r\x1b[2K${l}\n`).join('')}`);
    this.drawn = lines.length;
  }

  private printOutcome(row: Row, outcome: JobOutcome): void {
    if (outcome.ok) outcome.lines.forEach((line) => this.io.out(line));
    else this.io.err(`${this.rows.length > 1 ? `failed ${row.label}\n` : ''}${outcome.error}`);
  }

  /** Stops redrawing, prints the details a terminal run held back, then the summary. */
  finish(outcomes: readonly JobOutcome[]): void {
    if (this.timer) clearInterval(this.timer);
    if (this.live()) {
      this.draw();
      outcomes.forEach((outcome, i) => this.printOutcome(this.rows[i] ?? { label: '', state: 'done' }, outcome));
    }
    if (this.rows.length <= 1) return;
    const failed = this.rows.filter((r) => r.state === 'failed');
    const built = this.rows.length - failed.length;
    const tail = failed.length > 0 ? `; ${failed.length} failed: ${failed.map((r) => r.label).join(', ')}` : '';
    this.io.out(`${built} of ${this.rows.length} decks built in ${seconds(nowMs() - this.started)}${tail}`);
  }
}
