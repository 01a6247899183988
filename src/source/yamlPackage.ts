// The entry of lib/bundle/yaml-library.js: what demodeck uses of the yaml package, as one file of
// the command's bundle, loaded only when a config needs it (yamlLibrary.ts). Named one by one:
// the bundler keeps only what an entry names, and yamlLibrary()'s type is this list, so code
// cannot reach for a part the bundle left out.
export { Composer, CST, Document, isAlias, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, Parser, stringify, YAMLParseError } from 'yaml';
