// The Content-Security-Policy every deck carries. Nothing may come from the network; scripts run
// only if they are our files ('self', which Chromium matches for file: pages) or inline scripts
// whose SHA-256 is listed. reveal's speaker view is an about:blank popup that inherits this policy
// and runs one inline script written by the notes plugin, so that script's hash is listed too.
// Styles stay 'unsafe-inline': reveal and its speaker view set style attributes, and every text
// from a config is escaped, so no markup from the input can reach a style.
import { createRequire } from 'node:module';
import { DeckError } from '../errors.js';
import { cachedSpeakerViewHashes, SPEAKER_VIEW_MARKER } from '../load/shippedCache.js';

/**
 * node:crypto loads three dozen internal modules, a noticeable part of a cold build; a plain
 * build's one hash (the speaker view's script) comes from the install-time cache, so crypto is
 * loaded only when a page has inline scripts of its own (a single file, the client copy).
 */
const load = createRequire(import.meta.url);

export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  const scripts = ["'self'", ...[...new Set(scriptHashes)].sort().map((h) => `'sha256-${h}'`)].join(' ');
  return [
    "default-src 'none'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    "frame-src 'self'",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The runtime script as the policy needs it: its bytes, and its text when the cache cannot answer. */
export interface RuntimeScript {
  jsBytes: Uint8Array;
  readonly js: string;
}

/** Puts the policy first in <head>, listing every inline script of the page and of the speaker view. */
export function withContentSecurityPolicy(html: string, runtime: RuntimeScript): string {
  const hashes = [...inlineScripts(html).map(sha256), ...(cachedSpeakerViewHashes(runtime.jsBytes) ?? speakerViewHashes(runtime.js))];
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}">`;
  const charset = /<meta charset="utf-8">\n?/i.exec(html);
  const head = charset ?? /<head>\n?/i.exec(html);
  if (!head) {
    throw new DeckError('The layout template has no <head>', [
      { code: 'template-no-head', path: 'layout', message: 'layout.hbs must have a <head> element to hold the Content-Security-Policy', hint: 'keep `<head>` and `<meta charset="utf-8">` in your layout.hbs' },
    ]);
  }
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}${meta}\n${html.slice(at)}`;
}

/** The text of each <script> without src, ended as the HTML parser ends it: at the first `</script`. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  const open = /<script(\s[^>]*)?>/gi;
  // Searched in place: a lower-cased copy of a long deck costs megabytes, and its offsets differ
  // from the original's wherever lower-casing changes a character's length (İ → i̇).
  const close = /<\/script/gi;
  for (let match = open.exec(html); match; match = open.exec(html)) {
    const start = match.index + match[0].length;
    close.lastIndex = start;
    const end = close.exec(html)?.index ?? -1;
    if (end < 0) break;
    if (!/\ssrc\s*=/i.test(match[1] ?? '')) scripts.push(html.slice(start, end));
    open.lastIndex = end;
  }
  return scripts;
}

/** The inline scripts of the HTML the notes plugin writes into its popup, read from the runtime. */
export function speakerViewScripts(runtimeJs: string): string[] {
  const at = runtimeJs.indexOf(SPEAKER_VIEW_MARKER);
  if (at < 0) return [];
  return inlineScripts(cookTemplateLiteral(runtimeJs, at + SPEAKER_VIEW_MARKER.length).text);
}

/** What the install-time cache keeps of the speaker view: its template as written and its scripts' hashes. */
export function speakerViewRecord(runtimeJs: string): { template: string; hashes: string[] } | undefined {
  const at = runtimeJs.indexOf(SPEAKER_VIEW_MARKER);
  if (at < 0) return undefined;
  const start = at + SPEAKER_VIEW_MARKER.length;
  const { text, end } = cookTemplateLiteral(runtimeJs, start);
  return { template: runtimeJs.slice(start, end), hashes: inlineScripts(text).map(sha256) };
}

function speakerViewHashes(runtimeJs: string): string[] {
  const at = runtimeJs.indexOf(SPEAKER_VIEW_MARKER);
  if (at < 0) return [];
  return inlineScripts(cookTemplateLiteral(runtimeJs, at + SPEAKER_VIEW_MARKER.length).text).map(sha256);
}

/** The value of a template literal without substitutions, as the JavaScript engine sees it, and where its closing backtick is. */
function cookTemplateLiteral(source: string, start: number): { text: string; end: number } {
  let out = '';
  // Runs without a backslash, backtick or `${` are copied whole: the template is 20 KB, and a
  // cold build reads it character by character slowly.
  const special = /[`\\$]/g;
  for (let i = start; i < source.length; i++) {
    special.lastIndex = i;
    const at = special.exec(source)?.index ?? source.length;
    out += source.slice(i, at);
    i = at;
    if (i >= source.length) break;
    const c = source[i];
    if (c === '`') return { text: out, end: i };
    if (c === '$' && source[i + 1] === '{') throw new Error('speaker view template has a substitution; its script hash cannot be computed');
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = source[++i] ?? '';
    if (next === 'x') {
      out += String.fromCharCode(parseInt(source.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (next === 'u' && source[i + 1] === '{') {
      const close = source.indexOf('}', i);
      out += String.fromCodePoint(parseInt(source.slice(i + 2, close), 16));
      i = close;
    } else if (next === 'u') {
      out += String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (next === '\n') {
      // A line continuation adds nothing.
    } else {
      out += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' } as Record<string, string>)[next] ?? next;
    }
  }
  throw new Error('speaker view template is not closed');
}

function sha256(text: string): string {
  const { createHash } = load('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(text, 'utf8').digest('base64');
}
