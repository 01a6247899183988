// zod, loaded on first use (packageChunk.ts): setting the package up is part of a cold start
// that a valid config, checked by its plain description (fastParse.ts), never needs.
import { packageChunk } from '../source/packageChunk.js';
import type * as Zod from './zodPackage.js';

export const zodLibrary = packageChunk<typeof Zod>('zod-library.js', 'zod');
