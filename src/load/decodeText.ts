// Bytes of a YAML file → text. UTF-8 (with or without BOM) is the format; UTF-16 with a BOM is
// what some Windows editors save as "Unicode", so it is decoded too. Anything else is refused
// with the line that holds the first bad byte, never decoded into replacement characters.
import { DeckError, type Problem } from '../errors.js';

export function decodeYamlBytes(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict('utf-16le', bytes.subarray(2), file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict('utf-16be', bytes.subarray(2), file);
  if (looksLikeUtf16WithoutBom(bytes)) {
    throw new DeckError('The file is not UTF-8', [
      problem(file, 1, `${file} looks like UTF-16 text without a byte-order mark`, 'save the file as UTF-8 in your editor (or as UTF-16 with BOM)'),
    ]);
  }
  const text = decodeStrict('utf-8', bytes, file);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function decodeStrict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: encoding !== 'utf-8' }).decode(bytes);
  } catch {
    if (encoding !== 'utf-8') {
      throw new DeckError(`The file is not valid ${encoding.toUpperCase()}`, [
        problem(file, 1, `${file} starts with a ${encoding.toUpperCase()} byte-order mark but holds bytes that are not ${encoding.toUpperCase()}`, 'save the file as UTF-8 in your editor'),
      ]);
    }
    const line = firstInvalidUtf8Line(bytes);
    throw new DeckError('The file is not valid UTF-8', [
      problem(file, line, `${file} line ${line} holds bytes that are not UTF-8`, 'save the file as UTF-8 in your editor (it was probably saved as GBK, Latin-1 or Windows-1252)'),
    ]);
  }
}

function problem(file: string, line: number, message: string, hint: string): Problem {
  return { code: 'bad-encoding', path: '', message, hint, loc: { file, line, col: 1 } };
}

/** ASCII text saved as UTF-16 has a zero byte in every other position. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 200);
  if (sample.length < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  return evenZeros > half * 0.6 || oddZeros > half * 0.6;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
