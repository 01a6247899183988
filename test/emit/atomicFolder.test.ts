// A deck folder is replaced whole or not at all.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceFolder } from '../../src/emit/atomicFolder.js';

function outWithDeck(): string {
  const out = mkdtempSync(join(tmpdir(), 'demodeck-atomic-'));
  mkdirSync(join(out, 'talk', 'assets'), { recursive: true });
  writeFileSync(join(out, 'talk', 'index.html'), 'yesterday');
  writeFileSync(join(out, 'talk', 'assets', 'demodeck.js'), 'old runtime');
  return out;
}

describe('replaceFolder', () => {
  it('a build that fails half-way leaves the previous deck untouched and no temporary folder', () => {
    const out = outWithDeck();
    expect(() =>
      replaceFolder(join(out, 'talk'), (dir) => {
        writeFileSync(join(dir, 'index.html'), 'half of today');
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(readdirSync(out)).toEqual(['talk']);
    expect(readFileSync(join(out, 'talk', 'index.html'), 'utf8')).toBe('yesterday');
    expect(readFileSync(join(out, 'talk', 'assets', 'demodeck.js'), 'utf8')).toBe('old runtime');
  });

  it('a complete build replaces the whole folder, so files of the old deck do not linger', () => {
    const out = outWithDeck();
    replaceFolder(join(out, 'talk'), (dir) => writeFileSync(join(dir, 'index.html'), 'today'));
    expect(readdirSync(out)).toEqual(['talk']);
    expect(readdirSync(join(out, 'talk'))).toEqual(['index.html']);
    expect(readFileSync(join(out, 'talk', 'index.html'), 'utf8')).toBe('today');
  });

  it('deletes the old deck with its nested folders, but never what a link in it points to', () => {
    const out = outWithDeck();
    const elsewhere = mkdtempSync(join(tmpdir(), 'demodeck-linked-'));
    writeFileSync(join(elsewhere, 'keep.txt'), 'not the deck\'s');
    mkdirSync(join(out, 'talk', 'assets', 'fonts', 'cjk'), { recursive: true });
    writeFileSync(join(out, 'talk', 'assets', 'fonts', 'cjk', 'a.woff2'), 'font');
    symlinkSync(elsewhere, join(out, 'talk', 'linked-folder'));
    symlinkSync(join(elsewhere, 'keep.txt'), join(out, 'talk', 'linked-file.txt'));
    replaceFolder(join(out, 'talk'), (dir) => writeFileSync(join(dir, 'index.html'), 'today'));
    expect(readdirSync(out)).toEqual(['talk']);
    expect(readdirSync(join(out, 'talk'))).toEqual(['index.html']);
    expect(readdirSync(elsewhere)).toEqual(['keep.txt']);
    expect(readFileSync(join(elsewhere, 'keep.txt'), 'utf8')).toBe('not the deck\'s');
  });

  it('puts back a deck that a killed build had moved aside, and clears its temporary folder', () => {
    const out = mkdtempSync(join(tmpdir(), 'demodeck-atomic-'));
    // What `kill -9` between the two renames leaves behind (pid 2^22+1 is never a live process).
    mkdirSync(join(out, '.talk.old-4194305-abcdef'));
    writeFileSync(join(out, '.talk.old-4194305-abcdef', 'index.html'), 'yesterday');
    mkdirSync(join(out, '.talk.tmp-4194305-abcdef'));
    replaceFolder(join(out, 'talk'), (dir) => {
      expect(readFileSync(join(out, 'talk', 'index.html'), 'utf8')).toBe('yesterday');
      writeFileSync(join(dir, 'index.html'), 'today');
    });
    expect(readdirSync(out)).toEqual(['talk']);
    expect(existsSync(join(out, 'talk', 'index.html'))).toBe(true);
  });
});
