// The prebuilt browser runtime (reveal.js + our start-up code, bundled once by vite) and how a
// deck links it: as files beside index.html, or inlined for a single self-contained file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeckError } from '../errors.js';
import type { RuntimeTags } from '../render/renderDeck.js';

export interface RuntimeFiles {
  /** Where the files are, to be copied beside a deck as they are. */
  jsFile: string;
  cssFile: string;
  /** The script as bytes, which the Content-Security-Policy finds the speaker view in. */
  jsBytes: Buffer;
  /** The style sheet as bytes, read when first asked for. */
  readonly cssBytes: Buffer;
  /** The script's text, read when first asked for: a single-file deck inlines it. */
  readonly js: string;
  /** The style sheet's text, read when first asked for: only a single-file deck inlines it. */
  readonly css: string;
}

let cached: RuntimeFiles | undefined;

export function readRuntime(toolRoot: string): RuntimeFiles {
  if (cached) return cached;
  const dir = join(toolRoot, 'runtime');
  const jsFile = join(dir, 'demodeck.js');
  const cssFile = join(dir, 'demodeck.css');
  if (!existsSync(jsFile) || !existsSync(cssFile)) {
    throw new DeckError('The browser runtime is not built', [
      { code: 'runtime-missing', path: '', message: `${dir} does not hold demodeck.js and demodeck.css`, hint: 'run `npm run build` once in the demodeck folder (npm ci does it for you)' },
    ]);
  }
  let css: string | undefined;
  let cssBytes: Buffer | undefined;
  let js: string | undefined;
  const jsBytes = readFileSync(jsFile);
  cached = {
    jsFile,
    cssFile,
    jsBytes,
    get js() {
      return (js ??= jsBytes.toString('utf8'));
    },
    get cssBytes() {
      return (cssBytes ??= readFileSync(cssFile));
    },
    get css() {
      return (css ??= this.cssBytes.toString('utf8'));
    },
  };
  return cached;
}

export const ASSET_DIR = 'assets';

export function linkedTags(): RuntimeTags {
  // Classic scripts, not modules: module scripts are blocked by CORS from file:// pages.
  return {
    css: `<link rel="stylesheet" href="${ASSET_DIR}/demodeck.css">`,
    js: `<script src="${ASSET_DIR}/demodeck.js"></script>`,
  };
}

export function inlineTags(runtime: RuntimeFiles): RuntimeTags {
  // A replacer function, so `$&` and friends inside the code are not read as patterns.
  const js = runtime.js.replace(/<\/(script)/gi, () => '<\\/script');
  const css = runtime.css.replace(/<\/(style)/gi, () => '<\\/style');
  return { css: `<style>${css}</style>`, js: `<script>${js}</script>` };
}
