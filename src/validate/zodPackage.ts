// The entry of lib/bundle/zod-library.js: zod as one file of the command's bundle, loaded only
// when a config has a problem, a project's own content file is read or the JSON Schemas are
// written (zodLibrary.ts). A valid config is checked without it (fastParse.ts).
export { z } from 'zod';
