// Packages most runs never need (yaml, zod) are loaded on first use: the command's bundle carries
// each as its own file beside app.js (vite.cli.config.ts), recorded in the bytecode cache like
// app.js; tests and lib/ take the package itself.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** A loader of `chunk` (a file of the bundle), or of the package `name` where there is no bundle. */
export function packageChunk<T>(chunk: string, name: string): () => T {
  let loaded: T | undefined;
  return () => {
    if (loaded === undefined) {
      const bundled = fileURLToPath(new URL(chunk, import.meta.url));
      loaded = createRequire(import.meta.url)(existsSync(bundled) ? bundled : name) as T;
    }
    return loaded;
  };
}
