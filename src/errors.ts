// Errors are data: a user mistake becomes a DeckError holding one or more Problems, each with
// where it is (file:line:col and the field path), what is wrong and how to fix it. The CLI prints
// them; anything that is not a DeckError is a bug and keeps its stack.
import { showControls } from './source/codeFrame.js';
import type { SourceLocation } from './source/location.js';

export type { SourceLocation };

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
