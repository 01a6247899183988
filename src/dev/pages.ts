// What the preview serves besides the deck's files: the reload hook injected into the deck, and
// the page that shows a broken config. Every message is escaped: it quotes the user's YAML.

import { createHash } from 'node:crypto';
import { xml } from '../render/svg/svgMarkup.js';

export const EVENTS_PATH = '/__demodeck/events';

/** Listens for rebuilds and reloads; reveal's `hash: true` brings the viewer back to their slide. */
export function reloadScript(version: number): string {
  return `<script>(function(){var seen=${version};var es=new EventSource(${JSON.stringify(EVENTS_PATH)});` +
    'es.onmessage=function(e){if(Number(e.data)!==seen){location.reload();}};})();</script>';
}

export function injectReload(html: string, version: number): string {
  const at = html.lastIndexOf('</body>');
  const script = reloadScript(version);
  const page = at === -1 ? html + script : html.slice(0, at) + script + html.slice(at);
  return allowReload(page, script.slice('<script>'.length, -'</script>'.length));
}

/** The deck's policy, widened only as far as the preview needs: this one script, and its event
 * stream from the preview server itself. The built deck keeps the strict policy. */
function allowReload(html: string, scriptBody: string): string {
  const hash = createHash('sha256').update(scriptBody).digest('base64');
  return html.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/, (_whole, open: string, policy: string, close: string) => {
    const widened = policy
      .replace(/script-src ([^;]*)/, (_m, sources: string) => `script-src ${sources} 'sha256-${hash}'`)
      .replace("connect-src 'none'", "connect-src 'self'");
    return `${open}${widened}${close}`;
  });
}

/** The same escaping every deck text gets. */
export const escapeHtml = xml;

/** The build's error, as the terminal shows it (file:line:col, field path, fix, code frame). */
export function errorPage(deckFile: string, message: string, version: number): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(deckFile)} has problems — demodeck</title>
<style>
body { font-family: system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif; margin: 2rem; color: #1f2933; background: #fff; }
h1 { font-size: 1.3rem; color: #9b1c1c; }
pre { background: #fdf2f2; border-left: 6px solid #9b1c1c; padding: 1rem; white-space: pre-wrap; font-family: ui-monospace, "Noto Sans Mono CJK SC", monospace; }
p { color: #52606d; }
</style>
</head>
<body>
<h1 id="demodeck-error">${escapeHtml(deckFile)} has problems</h1>
<pre>${escapeHtml(message)}</pre>
<p>Fix the file and save: this page reloads by itself. The last good build is not shown while the config is broken.</p>
${reloadScript(version)}
</body>
</html>
`;
}
