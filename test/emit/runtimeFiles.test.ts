// A deck's runtime files (assets/demodeck.js and .css) always hold the tool's runtime bytes, as
// plain files of the deck. A rebuild may take them over from the deck it replaces (a link, when
// that deck holds the same bytes in plain files of its own), never from anything else.
import { linkSync, lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';

const DECK = 'test/fixtures/minimal/deck.yaml';
const RUNTIME = ['demodeck.js', 'demodeck.css'].map((name) => ({ name, bytes: readFileSync(join('runtime', name)) }));

async function build(out: string): Promise<void> {
  expect(await run(['build', DECK, '--out', out], { out: () => {}, err: () => {}, cwd: process.cwd() })).toBe(0);
}

/** Each runtime file of the built deck: a plain file with the runtime's bytes and no other name. */
function expectOwnRuntimeFiles(out: string): void {
  for (const { name, bytes } of RUNTIME) {
    const file = join(out, 'deck', 'assets', name);
    const stats = lstatSync(file);
    expect(stats.isFile(), name).toBe(true);
    expect(stats.nlink, name).toBe(1);
    expect(readFileSync(file).equals(bytes), name).toBe(true);
  }
}

describe("a deck's runtime files", () => {
  it('are the runtime\'s bytes in files of the deck\'s own, built afresh and rebuilt', async () => {
    const out = mkdtempSync(join(tmpdir(), 'demodeck-runtime-files-'));
    await build(out);
    expectOwnRuntimeFiles(out);
    const before = lstatSync(join(out, 'deck', 'assets', 'demodeck.js')).ino;
    await build(out);
    expectOwnRuntimeFiles(out);
    // Taken over from the deck it replaced: the same file, nothing copied.
    expect(lstatSync(join(out, 'deck', 'assets', 'demodeck.js')).ino).toBe(before);
    // The tool's own runtime is never shared with a deck.
    for (const { name } of RUNTIME) expect(lstatSync(join('runtime', name)).nlink, name).toBe(1);
  });

  it('are written again when the previous deck\'s copy was edited, linked elsewhere or replaced by a link', async () => {
    const out = mkdtempSync(join(tmpdir(), 'demodeck-runtime-files-'));
    await build(out);
    const elsewhere = mkdtempSync(join(tmpdir(), 'demodeck-runtime-elsewhere-'));
    // Unchanged, but also a file outside the deck (a second name for it): never taken over.
    await build(out);
    linkSync(join(out, 'deck', 'assets', 'demodeck.js'), join(elsewhere, 'shared.js'));
    await build(out);
    expectOwnRuntimeFiles(out);
    expect(lstatSync(join(elsewhere, 'shared.js')).nlink).toBe(1);
    // Edited in place: the same length, other bytes.
    const js = join(out, 'deck', 'assets', 'demodeck.js');
    const edited = Buffer.from(readFileSync(js));
    edited[0] = edited[0] === 0x2f ? 0x20 : 0x2f;
    writeFileSync(js, edited);
    // Replaced by a link to a file outside the deck that holds the runtime's bytes.
    const css = join(out, 'deck', 'assets', 'demodeck.css');
    writeFileSync(join(elsewhere, 'demodeck.css'), RUNTIME[1]?.bytes ?? '');
    rmSync(css);
    symlinkSync(join(elsewhere, 'demodeck.css'), css);
    await build(out);
    expectOwnRuntimeFiles(out);
    expect(lstatSync(join(elsewhere, 'demodeck.css')).nlink).toBe(1);
  });
});
