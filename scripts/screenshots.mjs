// Renders one screenshot per visual module for the README (docs/images/). Run after `npm run
// build`: `npm run screenshots`. Not a test: the pictures are for people to look at.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { run } from '../lib/cli.js';

const out = mkdtempSync(join(tmpdir(), 'demodeck-shots-'));
const quiet = { out: () => {}, err: (l) => console.error(l), cwd: process.cwd() };
const structures = { stacked: 'en', concentric: 'zh-CN', pyramid: 'zh-CN', staircase: 'en' };
const files = ['decks/huadong.yaml', 'decks/northwind-cfo.yaml'];
for (const [structure, language] of Object.entries(structures)) {
  const config = parse(readFileSync(language === 'en' ? 'decks/northwind-cfo.yaml' : 'decks/huadong.yaml', 'utf8'));
  config.strategy = { ...config.strategy, structure };
  const file = join(out, `overview-${structure}.yaml`);
  writeFileSync(file, stringify(config));
  files.push(file);
}
if ((await run(['build', ...files, '--out', out], quiet)) !== 0) process.exit(1);

const shots = [
  ...Object.keys(structures).map((s) => ({ name: `overview-${s}`, deck: `overview-${s}`, kind: 'overview' })),
  { name: 'agenda', deck: 'huadong', kind: 'agenda' },
  { name: 'ffab', deck: 'huadong', kind: 'ffab' },
  { name: 'value', deck: 'huadong', kind: 'value' },
  { name: 'comparison', deck: 'northwind-cfo', kind: 'comparison' },
  { name: 'case', deck: 'huadong', kind: 'case' },
  { name: 'implementation', deck: 'northwind-cfo', kind: 'implementation' },
  { name: 'pricing', deck: 'huadong', kind: 'pricing' },
];

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'demodeck-shots-chromium-')), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 720 },
  deviceScaleFactor: 0.5,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await context.newPage();
for (const shot of shots) {
  await page.goto(pathToFileURL(join(out, shot.deck, 'index.html')).href);
  await page.waitForFunction(() => window.Reveal?.isReady());
  const found = await page.evaluate((kind) => {
    window.Reveal.configure({ transition: 'none', controls: false, progress: false, slideNumber: false });
    const slides = [...document.querySelectorAll('.reveal .slides > section')];
    const index = slides.findIndex((s) => s.dataset.kind === kind);
    if (index >= 0) window.Reveal.slide(index);
    return index >= 0;
  }, shot.kind);
  if (!found) throw new Error(`no ${shot.kind} slide in ${shot.deck}`);
  await page.waitForTimeout(300);
  writeFileSync(join('docs', 'images', `${shot.name}.png`), await page.screenshot());
  console.log(`docs/images/${shot.name}.png`);
}
await context.close();
rmSync(out, { recursive: true, force: true });
