// The command's own output. Touching process.stdout or process.stdin makes Node build a stream for
// the descriptor (a socket for a pipe, as when a script or CI runs the command): a few
// milliseconds and three dozen internal modules, a measurable share of a cold build that prints
// one line. Lines go straight to the descriptor instead, and whether it is a terminal is found
// without loading node:tty for a pipe or a file. Node's stream is made only if a pipe is full.
import { fstatSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';

const terminals = new Map<number, boolean>();

/** Whether the descriptor (0 stdin, 1 stdout, 2 stderr) is a terminal. */
export function isTerminal(fd: number): boolean {
  let known = terminals.get(fd);
  if (known === undefined) {
    known = characterDevice(fd) && (createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(fd);
    terminals.set(fd, known);
  }
  return known;
}

/** A terminal is a character device; a pipe or a file is not, and needs no further look. */
function characterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

/** Once a write had to wait, the rest goes through Node's stream, in order. */
const streamed = new Set<1 | 2>();

/** Writes `text` to stdout (1) or stderr (2). A reader that went away (`… | head`) ends the command quietly. */
export function writeOut(fd: 1 | 2, text: string): void {
  let rest = Buffer.from(text);
  if (!streamed.has(fd)) {
    try {
      while (rest.length > 0) rest = rest.subarray(writeSync(fd, rest));
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return readerGone(fd);
      // A non-blocking pipe that is full: Node's stream waits for it.
      if (code !== 'EAGAIN') throw error;
      streamed.add(fd);
    }
  }
  stream(fd).write(rest);
}

/** Whether some output went through Node's stream, which may still be writing it. */
export function outputStreamed(): boolean {
  return streamed.size > 0;
}

function stream(fd: 1 | 2): NodeJS.WriteStream {
  const out = fd === 1 ? process.stdout : process.stderr;
  if (out.listenerCount('error') === 0) {
    out.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      readerGone(fd);
    });
  }
  return out;
}

function readerGone(fd: 1 | 2): void {
  if (fd === 1) process.exit(process.exitCode ?? 0);
}
