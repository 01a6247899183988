// Limits checked on the token stream before the YAML parser builds a document. The `yaml` package
// is linear for ordinary files but not for hostile ones: 2 MB of `[[[[…` or of `*a, *a, …` takes
// seconds and gigabytes to compose, and a mapping with 100 000 keys is quadratic. The lexer is
// cheap and lazy, so counting its tokens and stopping at the first limit bounds all of these.
import { yamlLibrary } from '../source/yamlLibrary.js';
import { DeckError, type Problem } from '../errors.js';
import { codeFrame } from '../source/codeFrame.js';

/** Deepest nesting of mappings and lists; a deck config needs about six levels. */
export const MAX_DEPTH = 32;
/** Aliases (`*name`) in one file; small reuse is fine, expansion is bounded separately. */
export const MAX_ALIASES = 100;
/** Values (scalars) in one file; the largest example deck has a few hundred. */
export const MAX_VALUES = 20_000;
/** Indentation of a line, in columns; beyond this a file is nested too deeply to be a config. */
export const MAX_INDENT = 160;

/** The lexer's marker tokens, which stand for no characters of the file. */
const markers = (): Set<string> => {
  const { CST } = yamlLibrary();
  return new Set<string>([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);
};
const VALUE_TYPES = new Set(['scalar', 'single-quoted-scalar', 'double-quoted-scalar', 'block-scalar-header']);

/**
 * Lexes `text` once, checking every limit on the way. Each token goes on to `accept` (the CST
 * parser) as it is checked, so one lexing pass serves both, and the parser never sees more than
 * the limits allow: the scan throws at the first token over a limit.
 */
export function prescanYaml(text: string, file: string, accept: (token: string) => void = () => {}): void {
  let offset = 0;
  let flowDepth = 0;
  let lineIndicators = 0;
  let atLineStart = true;
  let aliases = 0;
  let values = 0;
  const fail = (message: string, hint: string, at: number): never => {
    const { line, col } = position(text, at);
    const problem: Problem = { code: 'yaml-too-complex', path: '', message, hint, loc: { file, line, col }, frame: codeFrame(text, line, col) };
    throw new DeckError(`${file} is too complex to be a deck config`, [problem]);
  };
  const { CST, Lexer } = yamlLibrary();
  const MARKERS = markers();
  for (const token of new Lexer().lex(text)) {
    accept(token);
    const type = CST.tokenType(token);
    const at = offset;
    if (!MARKERS.has(token)) offset += token.length;
    if (type === 'newline') {
      atLineStart = true;
      lineIndicators = 0;
      continue;
    }
    if (atLineStart && type === 'space' && token.length > MAX_INDENT) {
      fail(`this line is indented ${token.length} columns; the limit is ${MAX_INDENT}`, 'a deck config is a few levels deep: move the block to the left', at);
    }
    if (type !== 'space') atLineStart = false;
    if (type === 'flow-map-start' || type === 'flow-seq-start') {
      flowDepth++;
      if (flowDepth > MAX_DEPTH) fail(`brackets are nested more than ${MAX_DEPTH} levels deep`, 'a deck config is a few levels deep: close the brackets sooner', at);
    } else if (type === 'flow-map-end' || type === 'flow-seq-end') {
      flowDepth = Math.max(0, flowDepth - 1);
    } else if (type === 'seq-item-ind' || type === 'explicit-key-ind') {
      lineIndicators++;
      if (lineIndicators > MAX_DEPTH) fail(`one line opens more than ${MAX_DEPTH} nested lists`, 'a deck config is a few levels deep: write one item per line', at);
    } else if (type === 'alias') {
      aliases++;
      if (aliases > MAX_ALIASES) fail(`the file uses more than ${MAX_ALIASES} aliases (*name)`, 'write the repeated text out instead of using anchors and aliases', at);
    } else if (type && VALUE_TYPES.has(type)) {
      values++;
      if (values > MAX_VALUES) fail(`the file holds more than ${MAX_VALUES} values`, 'a deck config describes one meeting: split it or shorten the lists', at);
    }
  }
}

function position(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

/**
 * Where an unclosed quote or bracket was opened. The parser notices the missing closing
 * character only where the file ends or the next key starts; the user needs the opening one.
 */
export function unclosedOpening(text: string, kind: 'quote' | 'flow'): { line: number; col: number } | undefined {
  let offset = 0;
  const flowStarts: number[] = [];
  const { CST, Lexer } = yamlLibrary();
  const MARKERS = markers();
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    const at = offset;
    if (!MARKERS.has(token)) offset += token.length;
    if (kind === 'quote' && (type === 'double-quoted-scalar' || type === 'single-quoted-scalar')) {
      const quote = token[0];
      if (token.length < 2 || !token.endsWith(quote ?? '') || (quote === '"' && /(^|[^\\])(\\\\)*\\"$/.test(token))) return position(text, at);
    }
    if (kind === 'flow') {
      if (type === 'flow-map-start' || type === 'flow-seq-start') flowStarts.push(at);
      else if (type === 'flow-map-end' || type === 'flow-seq-end') flowStarts.pop();
      else if (type === 'flow-error-end' && flowStarts.length > 0) return position(text, flowStarts[flowStarts.length - 1] ?? 0);
    }
  }
  return kind === 'flow' && flowStarts.length > 0 ? position(text, flowStarts[0] ?? 0) : undefined;
}
