// A plain deck build must not load the browser driver or the PowerPoint writer: they are only
// imported dynamically, from the modules that print a PDF or write a PPTX.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const HEAVY = ['playwright-core', 'pptxgenjs', 'jszip'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('lazy loading', () => {
  it('imports playwright-core, pptxgenjs and jszip only with import() (type imports are erased)', () => {
    const offenders = sources('src').flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return HEAVY.filter((pkg) => new RegExp(`^import (?!type )[^;]*from '${pkg}'`, 'm').test(text)).map((pkg) => `${file}: ${pkg}`);
    });
    expect(offenders).toEqual([]);
  });

  it('reaches the PDF and PPTX modules only through import() from the build', () => {
    const statics = sources('src').filter((file) => /^import [^;]*from '\.\/(pdf|pptx)\.js'/m.test(readFileSync(file, 'utf8')));
    expect(statics).toEqual([]);
  });
});
