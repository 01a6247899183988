// A plain deck build must not load the browser driver, the PowerPoint writer or the prompt library:
// they are only imported dynamically, from the modules that print a PDF, write a PPTX or ask the
// questions of `demodeck new` on a terminal.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const HEAVY = ['playwright-core', 'pptxgenjs', 'jszip', '@clack/prompts'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('lazy loading', () => {
  it('imports playwright-core, pptxgenjs, jszip and @clack/prompts only with import() (type imports are erased)', () => {
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
function loadedBy(args: string[], command = 'build'): string[] {
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
  const tail = command === 'build' ? ['--out', join(dir, 'out')] : [];
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, 'lib/cli.js', command, ...args, ...tail], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return [...new Set(result.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice('LOADED '.length)))].sort();
}

describe('lazy loading, at run time (the built lib/, which pretest refreshes)', () => {
  it('a plain build loads none of them', () => {
    expect(loadedBy(['test/fixtures/minimal/deck.yaml'])).toEqual([]);
  });

  it('demodeck new without a terminal asks nothing, so it loads none of them either', () => {
    const dir = mkdtempSync(join(tmpdir(), 'demodeck-lazy-new-'));
    expect(loadedBy([join(dir, 'meeting.yaml')], 'new')).toEqual([]);
  });

  it('--pptx loads the PowerPoint writer but not the browser driver', () => {
    expect(loadedBy(['test/fixtures/minimal/deck.yaml', '--pptx'])).toEqual(['jszip', 'pptxgenjs']);
  });
});
