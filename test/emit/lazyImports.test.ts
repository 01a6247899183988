// A plain deck build must not load the browser driver or the PowerPoint writer: they are only
// imported dynamically, from the modules that print a PDF or write a PPTX.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

/** Runs the built CLI with a module hook that reports every heavy package it resolves. */
function loadedBy(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'demodeck-lazy-'));
  const hook = join(dir, 'hook.mjs');
  writeFileSync(hook, [
    'export async function resolve(specifier, context, next) {',
    `  if (${JSON.stringify(HEAVY)}.includes(specifier)) process.stderr.write('LOADED ' + specifier + '\\n');`,
    '  return next(specifier, context);',
    '}',
    '',
  ].join('\n'));
  const register = join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`);
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, 'lib/cli.js', 'build', ...args, '--out', join(dir, 'out')], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return [...new Set(result.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice('LOADED '.length)))].sort();
}

describe('lazy loading, at run time (the built lib/, which pretest refreshes)', () => {
  it('a plain build loads none of them', () => {
    expect(loadedBy(['test/fixtures/minimal/deck.yaml'])).toEqual([]);
  });

  it('--pptx loads the PowerPoint writer but not the browser driver', () => {
    expect(loadedBy(['test/fixtures/minimal/deck.yaml', '--pptx'])).toEqual(['jszip', 'pptxgenjs']);
  });
});
