// Meetings are written in block-style YAML, and the `yaml` package reads it with every node's
// position: the largest single step of a cold build after start-up. Positions are only needed
// when something is wrong, so this reads the plain block style most configs are written in —
// mappings, lists, one-line texts (plain or quoted), flow lists and mappings on one line, comments
// — straight into data, and the positioned document is built on demand (yamlSource.ts), as for
// JSON.
//
// Anything else (block scalars `|` `>`, texts or flow collections over several lines, anchors,
// tags, quoted keys, tabs, control characters, a repeated or reserved key, anything the YAML path
// would report or might read differently) returns undefined, and the file is read the usual way:
// the data is always what the YAML path reads, and every problem is reported exactly as before.
import { opensWithConnective } from '../source/listSplits.js';
import { LONG_NUMBER, MAX_KEY_LENGTH } from './jsonFastPath.js';
import { RESERVED_KEYS } from './yamlGuards.js';
import { MAX_DEPTH, MAX_INDENT, MAX_VALUES } from './yamlPrescan.js';

export interface BlockYamlData {
  data: Record<string, unknown>;
  /** Whether an unquoted flow-list item opens with a connective (source/listSplits.ts looks closer). */
  listSplitsPossible: boolean;
}

// Tab (indentation or not), carriage return, C0 and C1 controls, DEL, U+2028/2029, a BOM inside.
// eslint-disable-next-line no-control-regex
const UNSUPPORTED_CHARACTER = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
/** A key this reader takes: a plain name that the YAML core schema reads as text. */
const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: |$)/;
const NOT_TEXT_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** Characters that start something other than a plain text (YAML's indicators). */
const INDICATOR_START = /^[[\]{},#&*!|>'"%@`]|^[-?:](?: |$)/;

// The YAML 1.2 core schema, as the `yaml` package resolves plain values.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN_INF = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** Thrown inside the reader to give the file to the YAML path; never leaves this module. */
class NotPlain extends Error {}
const notPlain = (): never => {
  throw new NotPlain();
};

interface Line {
  indent: number;
  /** The line without its indentation. */
  content: string;
}

/**
 * The data of `text` when it is a block-style YAML mapping that the YAML path would read to
 * exactly the same value without any problem; otherwise undefined.
 */
export function plainBlockYamlData(text: string): BlockYamlData | undefined {
  if (UNSUPPORTED_CHARACTER.test(text) || LONG_NUMBER.test(text)) return undefined;
  try {
    return new BlockReader(significantLines(text)).document();
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

/** Lines that hold something: blank lines and whole-line comments say nothing to the data. */
function significantLines(text: string): Line[] {
  const lines: Line[] = [];
  let started = false;
  for (const raw of text.split('\n')) {
    let indent = 0;
    while (raw.charCodeAt(indent) === 0x20) indent++;
    const content = withoutSpaces(raw.slice(indent));
    if (content === '' || content.startsWith('#')) continue;
    if (indent > MAX_INDENT) notPlain();
    if (indent === 0 && /^(?:---|\.\.\.|%)/.test(content)) {
      // One `---` opening the document is the same document; directives, a second document or
      // an end marker go the usual way.
      if (started || !/^---(?: +#.*)? *$/.test(content)) notPlain();
      started = true;
      continue;
    }
    started = true;
    lines.push({ indent, content });
  }
  return lines;
}

class BlockReader {
  private at = 0;
  private values = 0;
  private listSplitsPossible = false;

  /** `lines` is the reader's own: a `- key:` line is rewritten in place as its mapping's first line. */
  constructor(private readonly lines: Line[]) {}

  document(): BlockYamlData {
    const first = this.lines[0];
    if (first === undefined || first.indent !== 0 || !KEY.test(first.content)) notPlain();
    const data = this.mapping(0, 0);
    if (this.at < this.lines.length) notPlain();
    return { data, listSplitsPossible: this.listSplitsPossible };
  }

  private count(): void {
    if (++this.values > MAX_VALUES / 2) notPlain();
  }

  /** A mapping whose keys stand at column `indent`, from the current line. */
  private mapping(indent: number, depth: number): Record<string, unknown> {
    if (depth >= MAX_DEPTH) notPlain();
    const out: Record<string, unknown> = {};
    for (let line = this.lines[this.at]; line !== undefined && line.indent === indent; line = this.lines[this.at]) {
      const key = KEY.exec(line.content)?.[1] ?? notPlain();
      if (key.length > MAX_KEY_LENGTH || RESERVED_KEYS.has(key) || NOT_TEXT_KEY.test(key) || Object.hasOwn(out, key)) notPlain();
      this.count();
      const rest = withoutSpaces(line.content.slice(key.length + 1));
      this.at++;
      if (rest === '' || rest.startsWith('#')) {
        out[key] = this.nestedValue(indent, depth, true);
      } else {
        out[key] = this.inlineValue(rest, depth);
        this.endOfBlock(indent);
      }
    }
    this.endOfBlock(indent);
    return out;
  }

  /** A list whose dashes stand at column `indent`, from the current line. */
  private sequence(indent: number, depth: number): unknown[] {
    if (depth >= MAX_DEPTH) notPlain();
    const out: unknown[] = [];
    for (let line = this.lines[this.at]; line !== undefined && line.indent === indent && isDash(line.content); line = this.lines[this.at]) {
      const after = withoutSpaces(line.content.slice(1));
      const column = indent + line.content.length - after.length;
      if (after === '' || after.startsWith('#')) {
        this.at++;
        out.push(this.nestedValue(indent, depth, false));
      } else if (KEY.test(after) || isDash(after)) {
        // `- name: …` or `- - …`: a mapping or list whose lines line up with this first one.
        this.lines[this.at] = { indent: column, content: after };
        out.push(isDash(after) ? this.sequence(column, depth + 1) : this.mapping(column, depth + 1));
        this.endOfBlock(column);
      } else {
        this.at++;
        out.push(this.inlineValue(after, depth));
        this.endOfBlock(indent);
      }
    }
    return out;
  }

  /**
   * The value of a key or dash with nothing after it: the block below it, or null. Under a key, a
   * list may start at the key's own column.
   */
  private nestedValue(indent: number, depth: number, underKey: boolean): unknown {
    const next = this.lines[this.at];
    if (next !== undefined && next.indent > indent) return isDash(next.content) ? this.sequence(next.indent, depth + 1) : this.mapping(next.indent, depth + 1);
    if (underKey && next !== undefined && next.indent === indent && isDash(next.content)) return this.sequence(indent, depth + 1);
    this.count();
    return null;
  }

  /**
   * What follows a value or a block at column `indent` stands at that column or to its left. A
   * deeper line after a value on its key's line would continue a text over several lines; one
   * between a block's column and its parent's is a mistake. Both go the usual way.
   */
  private endOfBlock(indent: number): void {
    const next = this.lines[this.at];
    if (next !== undefined && next.indent > indent) notPlain();
  }

  /** A value written on the line of its key or dash. */
  private inlineValue(text: string, depth: number): unknown {
    if (text.startsWith('[') || text.startsWith('{')) {
      const flow = new FlowReader(text, depth + 1, () => this.count(), () => (this.listSplitsPossible = true));
      const value = flow.collection();
      if (!/^(?: +#.*)? *$/.test(text.slice(flow.at))) notPlain();
      return value;
    }
    this.count();
    if (text.startsWith('"') || text.startsWith("'")) {
      const { value, end } = quoted(text, 0);
      if (!/^(?: +#.*)? *$/.test(text.slice(end))) notPlain();
      return value;
    }
    if (INDICATOR_START.test(text)) notPlain();
    const plain = withoutComment(text);
    if (plain.includes(': ') || plain.endsWith(':')) notPlain();
    return resolvePlain(plain);
  }
}

/**
 * A flow collection on one line: `[a, "b c", 3]`, `{id: x, label: 逾期应收, amount: 5000000}`, one
 * inside the other. Keys are plain names; an unquoted value holds no flow indicator, `#` or `:`.
 */
class FlowReader {
  at = 0;

  constructor(
    private readonly text: string,
    private readonly depth: number,
    private readonly count: () => void,
    private readonly onPossibleListSplit: () => void,
  ) {}

  collection(depth = this.depth): unknown[] | Record<string, unknown> {
    if (depth >= MAX_DEPTH) notPlain();
    const list = this.text[this.at] === '[';
    const close = list ? ']' : '}';
    this.at++;
    this.skipSpaces();
    if (this.text[this.at] === close) {
      this.at++;
      return list ? [] : {};
    }
    const items: unknown[] = [];
    const entries: Record<string, unknown> = {};
    for (;;) {
      this.skipSpaces();
      if (list) {
        const before = items.length;
        items.push(this.value(depth, (plain) => before > 0 && typeof plain === 'string' && opensWithConnective(plain)));
      } else {
        const key = /^([A-Za-z_][A-Za-z0-9_-]*): /.exec(this.text.slice(this.at))?.[1] ?? notPlain();
        if (key.length > MAX_KEY_LENGTH || RESERVED_KEYS.has(key) || NOT_TEXT_KEY.test(key) || Object.hasOwn(entries, key)) notPlain();
        this.count();
        this.at += key.length + 2;
        this.skipSpaces();
        entries[key] = this.value(depth, () => false);
      }
      this.skipSpaces();
      const next = this.text[this.at];
      this.at++;
      if (next === ',') continue;
      if (next !== close) notPlain();
      return list ? items : entries;
    }
  }

  /** One item or value: a nested collection, a quoted text or a plain value. */
  private value(depth: number, splitOff: (plain: unknown) => boolean): unknown {
    const first = this.text[this.at];
    if (first === '[' || first === '{') return this.collection(depth + 1);
    this.count();
    if (first === '"' || first === "'") {
      const { value, end } = quoted(this.text, this.at);
      this.at = end;
      return value;
    }
    const start = this.at;
    while (this.at < this.text.length && !',]}'.includes(this.text[this.at] ?? '')) this.at++;
    const plain = withoutSpaces(this.text.slice(start, this.at));
    // Flow indicators, comments and colons inside an unquoted value go the usual way.
    if (plain === '' || /[[\]{}#:]/.test(plain) || INDICATOR_START.test(plain)) notPlain();
    const value = resolvePlain(plain);
    if (splitOff(value)) this.onPossibleListSplit();
    return value;
  }

  private skipSpaces(): void {
    while (this.text[this.at] === ' ') this.at++;
  }
}

function isDash(content: string): boolean {
  return content === '-' || content.startsWith('- ');
}

/**
 * Without the spaces at either end. Only the space is trimmed: YAML keeps other white space (an
 * ideographic space, a no-break space) as part of a text, where String.trim would drop it.
 */
function withoutSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (text.charCodeAt(start) === 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
  return text.slice(start, end);
}

/** A plain text ends where a comment starts: at a `#` after a space. */
function withoutComment(text: string): string {
  const hash = text.indexOf(' #');
  return withoutSpaces(hash === -1 ? text : text.slice(0, hash));
}

/** A plain value as the core schema reads it: null, a boolean, a number or a text. */
function resolvePlain(text: string): unknown {
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (INT_OCT.test(text)) return parseInt(text.slice(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (INT_HEX.test(text)) return parseInt(text.slice(2), 16);
  if (FLOAT_NAN_INF.test(text)) return text.endsWith('an') || text.endsWith('aN') || text.endsWith('AN') ? NaN : text.startsWith('-') ? -Infinity : Infinity;
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text);
  return text;
}

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t' };

/** A quoted text that starts at `start` and closes on the same line; `end` is after its quote. */
function quoted(text: string, start: number): { value: string; end: number } {
  const quote = text[start];
  let value = '';
  let i = start + 1;
  for (;;) {
    const ch = text[i];
    if (ch === undefined) return notPlain();
    if (ch === quote) {
      // '' inside single quotes is one quote.
      if (quote === "'" && text[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    if (ch === '\\' && quote === '"') {
      const next = text[i + 1] ?? '';
      if (next === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) notPlain();
        const code = parseInt(hex, 16);
        // Surrogates and control characters go the usual way (the YAML path reports controls).
        if ((code >= 0xd800 && code <= 0xdfff) || UNSUPPORTED_CHARACTER.test(String.fromCharCode(code))) notPlain();
        value += String.fromCharCode(code);
        i += 6;
        continue;
      }
      value += Object.hasOwn(ESCAPES, next) ? ESCAPES[next] : notPlain();
      i += 2;
      continue;
    }
    value += ch;
    i++;
  }
}
