// Hostile files that cannot live in git: huge files, FIFOs, devices, symlinks out of the project.
// Each is refused before it is opened (a FIFO or /dev/zero would block or never end) and the
// earlier deck stays as it was.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInto, expectCleanRefusal } from './refusal.js';

const MINIMAL = readFileSync('test/fixtures/minimal/deck.yaml', 'utf8');

/** A project folder holding `deck.yaml`, with `logo:` set to `logo` when given. */
function project(logo?: string, deck = MINIMAL): { dir: string; deck: string } {
  const dir = mkdtempSync(join(tmpdir(), 'demodeck-files-'));
  writeFileSync(join(dir, 'package.json'), '{}\n');
  mkdirSync(join(dir, 'assets'));
  const text = logo === undefined ? deck : deck.replace('  industry: tool distribution\n', `  industry: tool distribution\n  logo: ${logo}\n`);
  writeFileSync(join(dir, 'deck.yaml'), text);
  return { dir, deck: join(dir, 'deck.yaml') };
}

describe('files that are refused before anything is opened', () => {
  it('a config over 2 MB is refused by its size, stated in the message, before parsing', async () => {
    const { dir, deck } = project();
    writeFileSync(deck, `${MINIMAL}notes: "${'x'.repeat(2 * 1024 * 1024)}"\n`);
    const result = await buildInto('deck.yaml', dir);
    expectCleanRefusal(result);
    expect(result.err).toMatch(/deck\.yaml is \d+ bytes; the limit is 2097152 bytes \(2 MB\)/);
  });

  it('a config with more than 20 000 values is refused at the value that crosses the limit', async () => {
    const { dir, deck } = project();
    writeFileSync(deck, `${MINIMAL}extra:\n${'  - v\n'.repeat(20_050)}`);
    const result = await buildInto('deck.yaml', dir);
    expectCleanRefusal(result);
    expect(result.err).toMatch(/deck\.yaml:19983:5 {2}the file holds more than 20000 values/);
  });

  it('a FIFO given as the deck is refused without blocking on it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demodeck-fifo-'));
    execFileSync('mkfifo', [join(dir, 'deck.yaml')]);
    const result = await buildInto('deck.yaml', dir);
    expectCleanRefusal(result);
    expect(result.err).toContain('deck.yaml is not a regular file (a folder, pipe or device)');
  });

  it('a device given as the deck is refused without reading it', async () => {
    const result = await buildInto('/dev/zero');
    expectCleanRefusal(result);
    expect(result.err).toContain('is not a regular file');
  });

  it('a logo that is a FIFO inside the project is refused with its field and line', async () => {
    const { dir } = project('assets/logo.png');
    execFileSync('mkfifo', [join(dir, 'assets', 'logo.png')]);
    const result = await buildInto('deck.yaml', dir);
    expectCleanRefusal(result);
    expect(result.err).toContain('deck.yaml:7:9  customer.logo  `assets/logo.png` is not a regular file');
  });

  it('a logo that is a symlink to a device is refused as outside the project', async () => {
    const { dir } = project('assets/logo.png');
    symlinkSync('/dev/zero', join(dir, 'assets', 'logo.png'));
    const result = await buildInto('deck.yaml', dir);
    expectCleanRefusal(result);
    expect(result.err).toContain('deck.yaml:7:9  customer.logo  `assets/logo.png` is outside the project folder');
  });

  it('a logo that is a symlink climbing out of the project is refused', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'demodeck-outside-'));
    writeFileSync(join(outside, 'secret.png'), 'not yours');
    const { dir } = project('assets/logo.png');
    symlinkSync(join(outside, 'secret.png'), join(dir, 'assets', 'logo.png'));
    const result = await buildInto('deck.yaml', dir);
    expectCleanRefusal(result);
    expect(result.err).toContain('customer.logo  `assets/logo.png` is outside the project folder');
  });

  it('a folder named like a logo is refused as not a regular file', async () => {
    const { dir } = project('assets/logo.png');
    mkdirSync(join(dir, 'assets', 'logo.png'));
    const result = await buildInto('deck.yaml', dir);
    expectCleanRefusal(result);
    expect(result.err).toContain('`assets/logo.png` is not a regular file');
  });

  it('a key longer than a screen is clipped in the message, which stays under 1 KB', async () => {
    const { dir, deck } = project();
    writeFileSync(deck, `${MINIMAL}? "${'k'.repeat(5000)}"\n: 1\n`);
    const result = await buildInto('deck.yaml', dir);
    expectCleanRefusal(result);
    expect(result.err).toContain('unknown key `kkkk');
    expect(result.err).toContain('…');
  });
});
