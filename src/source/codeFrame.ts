// How a place in a file is shown to the person who wrote it: the line with one line around it and
// a caret under the column, and any control character spelt out so it never reaches a terminal raw.

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
