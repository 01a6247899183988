// The Content-Security-Policy every deck carries. Nothing may come from the network; scripts run
// only if they are our files ('self', which Chromium matches for file: pages) or inline scripts
// whose SHA-256 is listed. reveal's speaker view is an about:blank popup that inherits this policy
// and runs one inline script written by the notes plugin, so that script's hash is listed too.
// Styles stay 'unsafe-inline': reveal and its speaker view set style attributes, and every text
// from a config is escaped, so no markup from the input can reach a style.
import { createHash } from 'node:crypto';
import { DeckError } from '../errors.js';

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

/** Puts the policy first in <head>, listing every inline script of the page and of the speaker view. */
export function withContentSecurityPolicy(html: string, runtimeJs: string): string {
  const hashes = [...inlineScripts(html), ...speakerViewScripts(runtimeJs)].map(sha256);
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
  const marker = 'document.write(`';
  const at = runtimeJs.indexOf(marker);
  if (at < 0) return [];
  return inlineScripts(cookTemplateLiteral(runtimeJs, at + marker.length));
}

/** The value of a template literal without substitutions, as the JavaScript engine sees it. */
function cookTemplateLiteral(source: string, start: number): string {
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
    if (c === '`') return out;
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
  return createHash('sha256').update(text, 'utf8').digest('base64');
}
