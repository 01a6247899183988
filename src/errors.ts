// Errors are data: a user mistake becomes a DeckError holding one or more Problems, each with
// where it is (file:line:col and the field path), what is wrong and how to fix it. The CLI prints
// them; anything that is not a DeckError is a bug and keeps its stack.

export interface SourceLocation {
  file: string;
  line: number;
  col: number;
}

export interface Problem {
  code: string;
  /** The field path, e.g. `needs[2].features[0]`; empty for the whole file. */
  path: string;
  message: string;
  hint: string;
  loc?: SourceLocation;
  /** A few lines of the source around `loc`, already formatted. */
  frame?: string;
  /** The deck being built when the problem was found in a shared file. */
  deck?: string;
}

export class DeckError extends Error {
  readonly problems: Problem[];
  readonly title: string;

  constructor(title: string, problems: Problem[], options?: { cause?: unknown }) {
    super(`${title}\n${problems.map((p) => formatProblem(p)).join('\n')}`, options);
    this.name = 'DeckError';
    this.title = title;
    this.problems = problems;
  }
}

export function isDeckError(error: unknown): error is DeckError {
  return error instanceof DeckError;
}

const MAX_FRAME_LINE = 100;

/** Shows the line of `loc` with one line around it and a caret under the column. */
export function codeFrame(source: string, line: number, col: number): string {
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const { text, shift } = trimAround(lines[n - 1] ?? '', n === line ? col : 1);
    const marker = n === line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(width)} | ${showControls(text)}`);
    if (n === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, col - 1 - shift))}^`);
  }
  return out.join('\n');
}

/** Very long lines are cut around the column so a message stays short. */
function trimAround(text: string, col: number): { text: string; shift: number } {
  if (text.length <= MAX_FRAME_LINE) return { text, shift: 0 };
  const start = Math.max(0, Math.min(col - 1 - MAX_FRAME_LINE / 2, text.length - MAX_FRAME_LINE));
  const head = start > 0 ? '…' : '';
  const tail = start + MAX_FRAME_LINE < text.length ? '…' : '';
  return { text: head + text.slice(start, start + MAX_FRAME_LINE) + tail, shift: start - head.length };
}

/** Control and direction characters are shown as U+XXXX so they never reach the terminal raw. */
export function showControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Messages quote what the user wrote, which may be huge; one problem stays well under 1 KB. */
function clip(text: string, max = 300): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function formatLocation(loc: SourceLocation | undefined): string {
  return loc ? `${loc.file}:${loc.line}:${loc.col}` : '';
}

export function formatProblem(problem: Problem): string {
  const where = formatLocation(problem.loc);
  const head = [where, clip(showControls(problem.path), 120)].filter(Boolean).join('  ');
  const lines = [`${head ? `${head}  ` : ''}${clip(showControls(problem.message))}`];
  if (problem.hint) lines.push(`  fix: ${clip(showControls(problem.hint))}`);
  if (problem.deck && problem.loc && problem.loc.file !== problem.deck) lines.push(`  while building ${problem.deck}`);
  if (problem.frame) lines.push(problem.frame.replace(/^/gm, '    '));
  return lines.join('\n');
}

export function formatDeckError(error: DeckError): string {
  const count = error.problems.length;
  const heading = count > 1 ? `${error.title} (${count} problems)` : error.title;
  const chain: string[] = [];
  let cause = error.cause;
  while (cause instanceof Error) {
    chain.push(`  caused by: ${cause.message}`);
    cause = cause.cause;
  }
  return [heading, ...error.problems.map(formatProblem), ...chain].join('\n\n');
}
