// Inputs that look odd but are legitimate: they build, and the deck shows exactly what was written.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/buildDeck.js';

const MINIMAL = readFileSync('test/fixtures/minimal/deck.yaml', 'utf8');

function build(bytes: string | Buffer, name = 'deck'): { html: string; plan: string } {
  const dir = mkdtempSync(join(tmpdir(), 'demodeck-accepted-'));
  const deckFile = join(dir, `${name}.yaml`);
  writeFileSync(deckFile, bytes);
  const result = buildDeck({ deckFile, outDir: join(dir, 'out'), singleFile: true });
  return { html: readFileSync(result.output.indexHtml, 'utf8'), plan: readFileSync(result.output.planJson, 'utf8') };
}

describe('legitimate inputs that look unusual', () => {
  const reference = build(MINIMAL);

  it('UTF-8 with a byte-order mark gives the same deck as without', () => {
    expect(build(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MINIMAL)]))).toEqual(reference);
  });

  it('UTF-16 with a byte-order mark (little and big endian) is decoded to the same deck', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MINIMAL, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(build(le)).toEqual(reference);
    expect(build(be)).toEqual(reference);
  });

  it('CRLF line endings give a byte-identical deck to LF, block scalars included', () => {
    const withBlock = MINIMAL.replace('  industry: tool distribution\n', '  industry: tool distribution\n  situation: |\n    two warehouses\n    one spreadsheet\n');
    const lf = build(withBlock);
    const crlf = build(withBlock.replace(/\n/g, '\r\n'));
    expect(crlf).toEqual(lf);
    expect(lf.html).not.toContain('\r');
  });

  it('YAML 1.1 boolean words stay the words that were written', () => {
    const { html } = build(MINIMAL.replace('  industry: tool distribution', '  industry: "no"\n  situation: on'));
    expect(html).toContain('>on<');
    expect(html).not.toContain('>true<');
    expect(html).not.toContain('>false<');
  });

  it('a small anchor and alias reuse a list in two places', () => {
    const text = MINIMAL.replace('    role: manager\n', '    role: manager\n    concerns: &worries [stock-outs at month end]\n  - name: Sam Lee\n    role: user\n    concerns: *worries\n');
    const { plan } = build(text);
    expect(JSON.parse(plan).slides.length).toBeGreaterThan(0);
  });

  it('a quoted date and quoted digits reach the deck exactly as written', () => {
    const { html } = build(MINIMAL.replace('  name: Acme Tools Ltd', '  name: "007 Tools"').replace('  duration: 20', '  duration: 20\n  date: "2026-12-03"'));
    expect(html).toContain('007 Tools');
    expect(html).toContain('2026-12-03');
  });
});
