// deck.brand: colours are validated with their line and a fix; a logo must stay in the project;
// colours that would be unreadable are moved until they reach WCAG AA on the theme background.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { AA, applyBrand, contrastRatio, paletteFromCss } from '../../src/theme/palette.js';

async function buildWithBrand(brandYaml: string): Promise<{ code: number; log: string; file: string }> {
  const root = mkdtempSync(join(tmpdir(), 'demodeck-brand-'));
  const project = join(root, 'project');
  mkdirSync(join(project, 'decks'), { recursive: true });
  const file = join(project, 'decks', 'deck.yaml');
  writeFileSync(join(root, 'outside.png'), 'not really a png');
  writeFileSync(file, [
    'deck:', '  title: Brand test', '  brand:', ...brandYaml.split('\n').map((l) => `    ${l}`),
    'customer: {name: Acme}', 'audience: [{name: Dana, role: manager}]',
    'needs: [{id: stock, title: Stock, features: [{name: N, feature: F, function: Fn, advantage: A, benefit: B}]}]', '',
  ].join('\n'));
  let log = '';
  const code = await run(['build', file, '--out', join(root, 'out')], { out: (l) => (log += `${l}\n`), err: (l) => (log += `${l}\n`), cwd: project });
  return { code, log, file };
}

describe('deck.brand', () => {
  it('refuses a colour that is not hex, pointing at its line with a fix', async () => {
    const { code, log } = await buildWithBrand('primary: red\naccent: "#12345"');
    expect(code).toBe(1);
    expect(log).toMatch(/decks\/deck\.yaml:4:\d+ {2}deck\.brand\.primary/);
    expect(log).toMatch(/decks\/deck\.yaml:5:\d+ {2}deck\.brand\.accent/);
    expect(log).toContain('hex colour like "#0b5cad"');
    expect(log).not.toMatch(/at .*\.(ts|js):\d+:\d+/);
  });

  it('refuses a logo outside the project folder', async () => {
    const { code, log } = await buildWithBrand('logo: ../../outside.png');
    expect(code).toBe(1);
    expect(log).toContain('deck.brand.logo');
    expect(log).toContain('outside the project folder');
  });

  it('builds with valid colours', async () => {
    const { code, log } = await buildWithBrand('primary: "#14284b"\naccent: "#c2410c"');
    expect(code, log).toBe(0);
  });

  it('keeps brand colours readable on every shipped theme', () => {
    for (const bg of ['#ffffff', '#111827', '#fbfaf7']) {
      const theme = { ...paletteFromCss(''), bg, text: bg === '#111827' ? '#e5e7eb' : '#1f2933' };
      for (const colour of ['#ffff00', '#000000', '#777777', '#0b5cad']) {
        const branded = applyBrand(theme, { primary: colour, accent: colour });
        expect(contrastRatio(branded.heading, bg), `${colour} on ${bg}`).toBeGreaterThanOrEqual(AA);
        expect(contrastRatio(branded.accent, bg), `${colour} on ${bg}`).toBeGreaterThanOrEqual(AA);
        expect(contrastRatio(branded.onAccent, branded.accent), `text on ${colour}`).toBeGreaterThanOrEqual(AA);
      }
    }
  });

  it('on a dark theme keeps branded headings as prominent as the theme\'s own (7:1), not just AA', () => {
    const dark = { ...paletteFromCss(''), bg: '#111827', text: '#e5e7eb', heading: '#f9fafb' };
    const branded = applyBrand(dark, { primary: '#14284b' });
    expect(contrastRatio(branded.heading, dark.bg)).toBeGreaterThanOrEqual(7);
    const light = { ...paletteFromCss(''), bg: '#ffffff' };
    // On a light theme a readable brand colour is kept exactly as given.
    expect(applyBrand(light, { primary: '#0b5cad' }).heading).toBe('#0b5cad');
  });
});
