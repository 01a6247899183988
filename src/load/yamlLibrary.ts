// The `yaml` package, loaded on first use. The fast readers (blockYamlFastPath.ts,
// jsonFastPath.ts) read most configs without it, and setting the package up costs a cold build
// about 4 ms, so only a file they leave to YAML, a problem's position or a meeting file being
// written loads it. The command's bundle carries it as its own file beside app.js
// (vite.cli.config.ts: `yaml-library`); tests and lib/ take the package itself.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Yaml from './yamlPackage.js';

let loaded: typeof Yaml | undefined;

export function yamlLibrary(): typeof Yaml {
  if (loaded === undefined) {
    const bundled = fileURLToPath(new URL('yaml-library.js', import.meta.url));
    loaded = createRequire(import.meta.url)(existsSync(bundled) ? bundled : 'yaml') as typeof Yaml;
  }
  return loaded;
}

// The node tests, for code that walks a document (which means the package is loaded already).
export const isAlias = ((node: unknown) => yamlLibrary().isAlias(node)) as typeof Yaml.isAlias;
export const isMap = ((node: unknown) => yamlLibrary().isMap(node)) as typeof Yaml.isMap;
export const isPair = ((node: unknown) => yamlLibrary().isPair(node)) as typeof Yaml.isPair;
export const isScalar = ((node: unknown) => yamlLibrary().isScalar(node)) as typeof Yaml.isScalar;
export const isSeq = ((node: unknown) => yamlLibrary().isSeq(node)) as typeof Yaml.isSeq;
