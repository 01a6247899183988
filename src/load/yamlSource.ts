// Reads one YAML file into a document that keeps node positions, so every later problem can
// point at its real line and column. Only this module and emit/ touch the disk.
import { readFileSync, statSync } from 'node:fs';
import type { CST, Document, LineCounter } from 'yaml';
import { DeckError, type Problem } from '../errors.js';
import { codeFrame, showControls } from '../source/codeFrame.js';
import type { PositionedYaml } from '../source/location.js';
import { decodeYamlBytes } from './decodeText.js';
import { plainBlockYamlData } from './blockYamlFastPath.js';
import { plainJsonData } from './jsonFastPath.js';
import { guardDocument, pathAtOffset } from './yamlGuards.js';
import { yamlLibrary } from '../source/yamlLibrary.js';
import { prescanYaml, unclosedOpening } from './yamlPrescan.js';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** One YAML file as read: its text, the document with node positions, and the plain data. */
export interface YamlSource extends PositionedYaml {
  data: unknown;
  /**
   * What reading found wrong with values (control characters, repeated keys). They do not stop the
   * reading, so the next stage reports them together with the schema's and the references'
   * problems; a source that has any is never built.
   */
  problems: readonly Problem[];
}

/** Problems in single values: the file is still plain data, so the later checks can run too. */
const VALUE_PROBLEMS = new Set(['control-character', 'yaml-duplicate-key']);
/** One file's problems shown at once stay readable; a hostile file can hold thousands. */
const MAX_PROBLEMS = 20;

export function readYamlFile(file: string, displayName = file): YamlSource {
  let size: number;
  try {
    const stats = statSync(file);
    // A FIFO or a device would block or never end: only regular files are opened.
    if (!stats.isFile()) {
      throw new DeckError('Cannot read the file', [
        { code: 'not-a-file', path: '', message: `${displayName} is not a regular file (a folder, pipe or device)`, hint: 'pass a .yaml file' },
      ]);
    }
    size = stats.size;
  } catch (cause) {
    if (cause instanceof DeckError) throw cause;
    throw new DeckError('Cannot read the file', [
      { code: 'file-missing', path: '', message: `${displayName} does not exist or cannot be read`, hint: 'check the path and spelling of the file name' },
    ], { cause });
  }
  if (size > MAX_FILE_BYTES) {
    throw new DeckError('The file is too large', [
      { code: 'file-too-large', path: '', message: `${displayName} is ${size} bytes; the limit is ${MAX_FILE_BYTES} bytes (2 MB)`, hint: 'a deck config is a short description of one meeting: move long texts out or shorten them' },
    ]);
  }
  return parseYamlText(decodeYamlBytes(readFileSync(file), displayName), displayName);
}

export function parseYamlText(text: string, file: string): YamlSource {
  const json = plainJsonData(text);
  // JSON quotes every text, so no list item was split by a comma.
  if (json !== undefined) return withPositionsOnDemand(text, file, json, true);
  const block = plainBlockYamlData(text);
  if (block !== undefined) return withPositionsOnDemand(text, file, block.data, !block.listSplitsPossible);
  const { doc, lineCounter } = positionedDocument(text, file);
  const problems: Problem[] = [];
  const seenLines = new Set<number>();
  for (const error of [...doc.errors, ...doc.warnings]) {
    const pos = realCause(text, error.code, error.message) ?? lineCounter.linePos(error.pos[0]);
    // One cause often trips several parser rules on the same line; the first says it best.
    if (seenLines.has(pos.line)) continue;
    seenLines.add(pos.line);
    const loc = { file, line: pos.line, col: pos.col };
    problems.push({
      code: `yaml-${error.code.toLowerCase().replace(/_/g, '-')}`,
      path: error.code === 'MULTIPLE_DOCS' ? '' : pathAtOffset(doc, (lineCounter.lineStarts[pos.line - 1] ?? 0) + pos.col - 1),
      message: plainMessage(error.code, firstSentence(error.message)),
      hint: yamlHint(error.code),
      loc,
      frame: codeFrame(text, loc.line, loc.col),
    });
  }
  if (problems.length > 0) throw new DeckError(`${file} is not valid YAML`, problems);
  problems.push(...guardDocument(doc, text, lineCounter, file));
  if (!problems.some((p) => p.code === 'control-character')) problems.push(...rawControlCharacters(text, file));
  // Tags, aliases, merge keys or reserved names mean the file is not plain data: nothing more is read.
  if (problems.some((p) => !VALUE_PROBLEMS.has(p.code))) throw new DeckError(`${file} cannot be used as it is`, problems.slice(0, MAX_PROBLEMS));
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    // The yaml package reports alias expansion beyond the limit with a ReferenceError.
    throw new DeckError(`${file} is not valid YAML`, [
      { code: 'yaml-alias', path: '', message: 'the file uses too many or circular aliases (*name)', hint: 'write the repeated text out instead of using anchors and aliases', loc: { file, line: 1, col: 1 } },
    ], { cause });
  }
  return { file, text, doc, lineCounter, data, problems: problems.slice(0, MAX_PROBLEMS) };
}

/**
 * A file read as the YAML path would, without its document (jsonFastPath.ts,
 * blockYamlFastPath.ts): the document with positions is built only when a later check asks where
 * something was written.
 */
function withPositionsOnDemand(text: string, file: string, data: unknown, noListSplits: boolean): YamlSource {
  let positioned: PositionedDocument | undefined;
  const positions = (): PositionedDocument => (positioned ??= positionedDocument(text, file));
  return {
    file,
    text,
    data,
    problems: [],
    noListSplits,
    get doc() {
      return positions().doc;
    },
    get lineCounter() {
      return positions().lineCounter;
    },
  };
}

interface PositionedDocument {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/** The YAML document with node positions, lexed once under the limits of yamlPrescan.ts. */
function positionedDocument(text: string, file: string): PositionedDocument {
  const { LineCounter, Parser } = yamlLibrary();
  const lineCounter = new LineCounter();
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  const tokens: CST.Token[] = [];
  prescanYaml(text, file, (lexeme) => {
    for (const token of parser.next(lexeme)) tokens.push(token);
  });
  for (const token of parser.end()) tokens.push(token);
  return { doc: composeDocument(text, tokens), lineCounter };
}

/** What the yaml package's parseDocument does, from the tokens the limits scan already made. */
function composeDocument(text: string, tokens: CST.Token[]): Document.Parsed {
  // Duplicate keys are found by guardDocument: the parser's own check is quadratic in the keys.
  const { Composer, YAMLParseError } = yamlLibrary();
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, version: '1.2', schema: 'core', merge: false });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (doc === undefined) {
      doc = next;
    } else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  // compose(…, forceDoc) always ends with a document, even for an empty file.
  if (doc === undefined) throw new Error('the YAML composer produced no document');
  return doc;
}

/** An unclosed quote or bracket is reported where it was opened, not where the file ends. */
function realCause(text: string, code: string, message: string): { line: number; col: number } | undefined {
  if (code === 'MISSING_CHAR' && /quote/.test(message)) return unclosedOpening(text, 'quote');
  if (/must be sufficiently indented and end with a [\]}]|Expected flow (sequence|map) to end/.test(message)) return unclosedOpening(text, 'flow');
  return undefined;
}

/** Control characters outside values (in comments, say) that the node checks cannot see. */
function rawControlCharacters(text: string, file: string): Problem[] {
  // eslint-disable-next-line no-control-regex
  const found = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.exec(text);
  if (!found) return [];
  const before = text.slice(0, found.index);
  const line = before.split('\n').length;
  const col = found.index - before.lastIndexOf('\n');
  const loc = { file, line, col };
  return [{ code: 'control-character', path: '', message: `line ${line} holds the control character ${showControls(found[0])}`, hint: 'remove it: control characters (often pasted from a terminal or a PDF) do not belong in a config', loc, frame: codeFrame(text, line, col) }];
}

/** The parser's words where they speak to a programmer rather than to the person writing the file. */
function plainMessage(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS') return 'the file holds more than one document (a second `---` line)';
  if (code === 'TAG_RESOLVE_FAILED') return `the tag \`${message.replace(/^Unresolved tag: /, '').replace(/^tag:yaml\.org,2002:/, '!!')}\` is not supported`;
  if (code === 'MISSING_CHAR' && /quote/.test(message)) return 'this quote is never closed';
  if (/end with a [\]}]/.test(message)) return `this bracket is never closed (${message})`;
  return message;
}

function firstSentence(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each key may appear once in a mapping: remove or rename the repeated one';
    case 'BAD_INDENT':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'check the indentation: keys of one mapping line up, and a value on the same line as its key cannot hold nested keys';
    case 'MISSING_CHAR':
      return 'close every quote and bracket that is opened';
    case 'TAG_RESOLVE_FAILED':
      return 'tags like !include or !!binary are not supported: write the value itself';
    case 'TAB_AS_INDENT':
      return 'indent with spaces; YAML does not allow tabs for indentation';
    case 'MULTIPLE_DOCS':
      return 'a deck config is one document: remove the extra `---` line';
    default:
      return 'fix the YAML syntax at the marked position';
  }
}
