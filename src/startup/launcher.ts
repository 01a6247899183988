#!/usr/bin/env node
// The installed command, bundled to lib/bundle/demodeck.js: it loads the command line
// (lib/bundle/app.js) through the bytecode cache that `npm run build` records (codeCache.ts).
// DEMODECK_CODE_CACHE=off runs without it; `record` is what the build uses to write it.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installCodeCache, type CodeCacheMode } from './codeCache.js';

const here = dirname(fileURLToPath(import.meta.url));
const requested = process.env.DEMODECK_CODE_CACHE;
const mode: CodeCacheMode = requested === 'record' || requested === 'off' ? requested : 'use';
installCodeCache(join(here, '..', 'cache', 'code.bin'), mode);
const cli = createRequire(import.meta.url)(join(here, 'app.js')) as typeof import('../cli.js');
void cli.main();
