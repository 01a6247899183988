// The bytecode cache (src/startup/codeCache.ts) makes a run faster, never different: each case
// runs a small CommonJS program in a fresh Node process through the compiled lib/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const CODE_CACHE = pathToFileURL(join(process.cwd(), 'lib', 'startup', 'codeCache.js')).href;

/** A folder with greet.cjs (the program), a runner, and where its cache goes. */
function program(text: string): { dir: string; run: (mode: string) => { printed: string; served: number; refused: number } } {
  const dir = mkdtempSync(join(tmpdir(), 'demodeck-code-cache-'));
  writeFileSync(join(dir, 'greet.cjs'), text);
  writeFileSync(join(dir, 'run.mjs'), [
    `import { createRequire } from 'node:module';`,
    `import { installCodeCache } from ${JSON.stringify(CODE_CACHE)};`,
    `const stats = installCodeCache(${JSON.stringify(join(dir, 'code.bin'))}, process.argv[2]);`,
    `const printed = createRequire(import.meta.url)('./greet.cjs')();`,
    `console.log(JSON.stringify({ printed, ...stats }));`,
    '',
  ].join('\n'));
  return {
    dir,
    run(mode) {
      const result = spawnSync(process.execPath, [join(dir, 'run.mjs'), mode], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      return JSON.parse(result.stdout) as { printed: string; served: number; refused: number };
    },
  };
}

const GREET = `#!/usr/bin/env node\nconst name = (n) => 'hello ' + n;\nmodule.exports = () => name(require('node:path').basename('/a/world'));\n`;

describe('the bytecode cache', () => {
  it('runs a recorded file from its bytecode, with the same result', () => {
    const p = program(GREET);
    expect(p.run('record')).toEqual({ printed: 'hello world', served: 0, refused: 0 });
    expect(p.run('use')).toEqual({ printed: 'hello world', served: 1, refused: 0 });
  });

  it('serves a file that is not ASCII too, and notices when its text changes', () => {
    const chinese = GREET.replace("'hello '", "'你好 '");
    const p = program(chinese);
    p.run('record');
    expect(p.run('use')).toEqual({ printed: '你好 world', served: 1, refused: 0 });
    writeFileSync(join(p.dir, 'greet.cjs'), chinese.replace('你好', '您好'));
    expect(p.run('use')).toEqual({ printed: '您好 world', served: 0, refused: 0 });
  });

  it('compiles a file whose text changed afresh, even at the same length', () => {
    const p = program(GREET);
    p.run('record');
    // V8 itself checks only the length of the source; the cache must notice the new text.
    writeFileSync(join(p.dir, 'greet.cjs'), GREET.replace("'hello '", "'howdy '"));
    expect(p.run('use')).toEqual({ printed: 'howdy world', served: 0, refused: 0 });
  });

  it('leaves Node alone with no cache, a damaged one, or one from another Node', () => {
    const p = program(GREET);
    expect(p.run('use')).toEqual({ printed: 'hello world', served: 0, refused: 0 });
    writeFileSync(join(p.dir, 'code.bin'), 'not a cache');
    expect(p.run('use')).toEqual({ printed: 'hello world', served: 0, refused: 0 });
    p.run('record');
    const bytes = readFileSync(join(p.dir, 'code.bin'));
    const header = bytes.toString('utf8', 4, 4 + bytes.readUInt32LE(0));
    writeFileSync(join(p.dir, 'code.bin'), Buffer.from(bytes.toString('latin1').replace(header, header.replace(process.version, 'v0.0.0'.padEnd(process.version.length, '0'))), 'latin1'));
    expect(p.run('use')).toEqual({ printed: 'hello world', served: 0, refused: 0 });
  });

  it('compiles afresh when V8 refuses the bytecode', () => {
    const p = program(GREET);
    p.run('record');
    const bytes = readFileSync(join(p.dir, 'code.bin'));
    // Damages V8's own header in the blob (its magic number), which V8 checks before using it.
    // The blob follows the recorded text of the file.
    const headerLength = bytes.readUInt32LE(0);
    const [offset, textLength] = (JSON.parse(bytes.toString('utf8', 4, 4 + headerLength)) as { entries: Record<string, number[]> }).entries['greet.cjs'] ?? [];
    const blobStart = 4 + headerLength + (offset ?? 0) + (textLength ?? 0);
    bytes.fill(0, blobStart, blobStart + 8);
    writeFileSync(join(p.dir, 'code.bin'), bytes);
    expect(p.run('use')).toEqual({ printed: 'hello world', served: 0, refused: 1 });
  });

  it('merges recordings: each file from the first run that compiled it, all of them served', async () => {
    const p = program(GREET);
    p.run('record');
    const first = join(p.dir, 'first.bin');
    renameSync(join(p.dir, 'code.bin'), first);
    // A second program, recorded on its own: the merged cache serves both files.
    writeFileSync(join(p.dir, 'greet.cjs'), `module.exports = () => require('./other.cjs')();\n`);
    writeFileSync(join(p.dir, 'other.cjs'), GREET);
    p.run('record');
    const second = join(p.dir, 'second.bin');
    renameSync(join(p.dir, 'code.bin'), second);
    writeFileSync(join(p.dir, 'greet.cjs'), GREET);
    const { mergeCodeCaches } = (await import(CODE_CACHE)) as typeof import('../../src/startup/codeCache.js');
    mergeCodeCaches([first, second], join(p.dir, 'code.bin'));
    // greet.cjs holds its first text again: the first recording's entry is the one kept.
    expect(p.run('use')).toEqual({ printed: 'hello world', served: 1, refused: 0 });
    writeFileSync(join(p.dir, 'greet.cjs'), `module.exports = () => require('./other.cjs')();\n`);
    // Now greet.cjs differs from the kept entry (compiled afresh); other.cjs comes from the second.
    expect(p.run('use')).toEqual({ printed: 'hello world', served: 1, refused: 0 });
  });

  it('is off when asked', () => {
    const p = program(GREET);
    p.run('record');
    expect(p.run('off')).toEqual({ printed: 'hello world', served: 0, refused: 0 });
  });
});
