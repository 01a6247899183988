// The `yaml` package, loaded on first use. The fast readers (blockYamlFastPath.ts,
// jsonFastPath.ts) read most configs without it, and setting the package up costs a cold build
// about 4 ms, so only a file they leave to YAML, a problem's position or a meeting file being
// written loads it (lib/bundle/yaml-library.js in the command's bundle, packageChunk.ts).
import type * as Yaml from './yamlPackage.js';
import { packageChunk } from './packageChunk.js';

export const yamlLibrary = packageChunk<typeof Yaml>('yaml-library.js', 'yaml');

// The node tests, for code that walks a document (which means the package is loaded already).
export const isAlias = ((node: unknown) => yamlLibrary().isAlias(node)) as typeof Yaml.isAlias;
export const isMap = ((node: unknown) => yamlLibrary().isMap(node)) as typeof Yaml.isMap;
export const isPair = ((node: unknown) => yamlLibrary().isPair(node)) as typeof Yaml.isPair;
export const isScalar = ((node: unknown) => yamlLibrary().isScalar(node)) as typeof Yaml.isScalar;
export const isSeq = ((node: unknown) => yamlLibrary().isSeq(node)) as typeof Yaml.isSeq;
