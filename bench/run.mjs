// `npm run bench`: how fast demodeck builds, measured as medians after a warm-up. Not a test:
// nothing here passes or fails; it prints a table and writes bench/results.json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFixtures, writeFlowFixture } from './fixtures.mjs';
import { marpCli, writeMarpDeck } from './marp.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Rounds of the head-to-head: demodeck, `node -e 0` and marp-cli, one after the other. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
const work = mkdtempSync(join(tmpdir(), 'demodeck-bench-'));
const fixtures = writeFixtures('bench/fixtures');
const flowFixture = writeFlowFixture('bench/fixtures');
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const dirSize = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).reduce((sum, e) => sum + statSync(join(e.parentPath ?? e.path, e.name)).size, 0);

/** Whole process, as a user runs it: `node lib/cli.js build deck.yaml`. */
function coldBuild(file, args = []) {
  const rssFile = join(work, 'rss');
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', pathToFileURL('bench/rss.mjs').href, 'lib/bundle/demodeck.js', 'build', file, '--out', join(work, 'out'), ...args], {
    env: { ...process.env, DEMODECK_RSS_FILE: rssFile },
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`build of ${file} failed:\n${result.stderr}`);
  return { seconds, rss: Number(readFileSync(rssFile, 'utf8')) };
}

function repeat(fn) {
  fn(); // warm-up: file-system cache, JIT of node itself
  const runs = Array.from({ length: RUNS }, fn);
  return { seconds: median(runs.map((r) => r.seconds)), rss: Math.max(...runs.map((r) => r.rss)) };
}

// `npm run bench -- --head-to-head`: only the rounds against `node -e 0` and marp-cli (a minute,
// so they fit a quiet moment of a shared machine), kept in bench/results.json with the rest.
if (process.argv.includes('--head-to-head')) {
  const slides = JSON.parse(readFileSync('bench/results.json', 'utf8')).builds?.find((r) => r.fixture === 'slides-40-en')?.slides;
  const headline = headToHead(fixtures.find((f) => f.deck === 'slides-40-en'), flowFixture, { slides });
  printHeadToHead(headline);
  const previous = JSON.parse(readFileSync('bench/results.json', 'utf8'));
  writeFileSync('bench/results.json', `${JSON.stringify({ ...previous, headToHeadDate: new Date().toISOString(), nodeStartSeconds: headline.nodeSeconds, headToHead: headline }, null, 2)}\n`);
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

// The head to head first, from a small bench process: after the Chromium and PDF runs, with
// playwright loaded here and browsers still exiting, the machine is not the one a user starts
// a build on (11 rounds there gave ratios 5–10% higher than the same rounds on their own).
const headline = headToHead(fixtures.find((f) => f.deck === 'slides-40-en'), flowFixture, {});
const { buildDeck } = await import('../lib/buildDeck.js');
const tableLoad = { before: loadavg()[0] };
const rows = [];
for (const fixture of fixtures) {
  const cold = repeat(() => coldBuild(fixture.file));
  const deckDir = join(work, 'out', fixture.deck);
  const plan = JSON.parse(readFileSync(join(deckDir, 'plan.json'), 'utf8'));
  const size = dirSize(deckDir);
  coldBuild(fixture.file, ['--single-file']);
  const singleFile = statSync(join(deckDir, 'index.html')).size;
  // In the same process, as the live preview rebuilds after an edit: stage by stage.
  const stages = [];
  for (let i = 0; i <= RUNS; i++) stages.push(buildDeck({ deckFile: fixture.file, outDir: join(work, 'warm') }).timings);
  const stageMedians = Object.fromEntries(Object.keys(stages[0]).map((k) => [k, median(stages.slice(1).map((s) => s[k]))]));
  const rebuild = Object.values(stageMedians).reduce((a, b) => a + b, 0);
  rows.push({ fixture: fixture.deck, slides: plan.slides.length, buildSeconds: cold.seconds, peakRssMB: cold.rss / 2 ** 20, outputKB: size / 1024, singleFileKB: singleFile / 1024, rebuildMs: rebuild, stagesMs: stageMedians });
  process.stderr.write(`  ${fixture.deck}: ${cold.seconds.toFixed(3)} s\n`);
}

tableLoad.after = loadavg()[0];
const preview = await previewRebuilds(fixtures.filter((f) => /^slides-(10|40|200)-en$/.test(f.deck)));
const browser = await firstSlideTimes(rows);
const pdf = await pdfTime(fixtures.find((f) => f.deck === 'slides-40-en'));
headline.slides = rows.find((r) => r.fixture === 'slides-40-en')?.slides;
const nodeStart = headline.nodeSeconds;

const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}` };
const results = { date: new Date().toISOString(), machine, runs: RUNS, nodeStartSeconds: nodeStart, headToHead: headline, tableLoad, builds: rows, previewRebuild: preview, firstSlide: browser, pdf };
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const fmt = (n, d = 0) => (n === undefined ? '—' : n.toFixed(d));
console.log(`\ndemodeck bench — ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GiB, Node ${machine.node}; medians of ${RUNS} runs after a warm-up`);
console.log(`bare \`node -e 0\`: ${fmt(nodeStart, 3)} s; load average (1 min) ${fmt(tableLoad.before, 2)} before the table, ${fmt(tableLoad.after, 2)} after\n`);
console.log('| meeting | slides | build (whole process) | peak RSS | output | single file | rebuild in process | load / validate / resolve / plan / render / emit (ms) | first slide shown |');
console.log('|---|---:|---:|---:|---:|---:|---:|---|---:|');
for (const r of rows) {
  const s = r.stagesMs;
  const first = browser.find((b) => b.fixture === r.fixture);
  console.log(`| ${r.fixture} | ${r.slides} | ${fmt(r.buildSeconds, 3)} s | ${fmt(r.peakRssMB)} MB | ${fmt(r.outputKB)} KB | ${fmt(r.singleFileKB)} KB | ${fmt(r.rebuildMs)} ms | ${[s.load, s.validate, s.resolve, s.plan, s.render, s.emit].map((x) => fmt(x, 1)).join(' / ')} | ${first ? `${fmt(first.ms)} ms` : '—'} |`);
}
printHeadToHead(headline);
const needs500 = Math.max(...rows.filter((r) => r.fixture.startsWith('needs-500-')).map((r) => r.buildSeconds));
const worst = (key) => Math.max(headline[key], headline.flow[key]);
console.log('\n| goal | measured |\n|---|---|');
console.log(`| 40–50-slide meeting, block or flow, ≤ 2× \`node -e 0\` in the same run (issue 20) | ${fmt(worst('nodeRatio'), 3)}× |`);
console.log(`| ≤ 0.2× marp-cli 4 in the same run (issue 20) | ${headline.marp ? `${fmt(worst('marpRatio'), 3)}×` : '—'} |`);
console.log(`| 40–50-slide meeting ≤ 0.22 s (whole process, issue 14) | ${fmt(Math.max(headline.demodeckSeconds, headline.flow.demodeckSeconds), 3)} s |`);
console.log(`| peak memory ≤ 100 MB (40 slides) | ${fmt(Math.max(...rows.filter((r) => r.fixture.startsWith('slides-40-')).map((r) => r.peakRssMB)))} MB |`);
console.log(`| 500 needs ≤ 1.0 s | ${fmt(needs500, 3)} s |`);
for (const p of preview) console.log(`\nlive preview, ${p.fixture}: ${fmt(p.ms)} ms from saving the config to the rebuilt deck being announced to the page`);
console.log(pdf ? `\n40-slide PDF (--pdf, whole process): ${fmt(pdf.seconds, 2)} s` : '\n40-slide PDF: not measured (this build has no --pdf)');
console.log('\nwrote bench/results.json');
rmSync(work, { recursive: true, force: true });

/** `npm run dev`: from writing the config to the server announcing the rebuilt deck to the page. */
async function previewRebuilds(list) {
  const { startDevServer } = await import('../lib/dev/server.js');
  const out = [];
  for (const fixture of list) {
    const copy = join(work, `${fixture.deck}-preview.yaml`);
    const original = readFileSync(fixture.file, 'utf8');
    writeFileSync(copy, original);
    let announce;
    const server = await startDevServer({ deckFile: copy, cwd: process.cwd(), port: 0, out: (line) => announce?.(line), err: (line) => announce?.(line) });
    const times = [];
    for (let i = 0; i <= RUNS; i++) {
      const rebuilt = new Promise((done) => (announce = done));
      const start = process.hrtime.bigint();
      writeFileSync(copy, original.replace(/^(\s*title: ).*$/m, `$1Edit ${i}`));
      await rebuilt;
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      await new Promise((done) => setTimeout(done, 100));
    }
    await server.close();
    out.push({ fixture: fixture.deck, ms: median(times.slice(1)) });
  }
  return out;
}

/** Time from navigation until Reveal.isReady() in headless Chromium, for the 40- and 200-slide decks. */
async function firstSlideTimes(builds) {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'demodeck-bench-chromium-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 720 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // Records the first animation frame at which Reveal reports ready, on the page's own clock.
  await context.addInitScript(() => {
    const check = () => {
      if (window.Reveal?.isReady?.()) window.__demodeckReady = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  const out = [];
  for (const b of builds.filter((r) => /^slides-(40|200)-/.test(r.fixture))) {
    coldBuild(`bench/fixtures/${b.fixture}.yaml`, ['--single-file']);
    const url = pathToFileURL(join(work, 'out', b.fixture, 'index.html')).href;
    const times = [];
    for (let i = 0; i <= RUNS; i++) {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.__demodeckReady !== undefined);
      times.push(await page.evaluate(() => window.__demodeckReady));
      await page.close();
    }
    out.push({ fixture: b.fixture, ms: median(times.slice(1)) });
  }
  await context.close();
  return out;
}

/** `--pdf` for the 40-slide deck, whole process, when this build supports it. */
async function pdfTime(fixture) {
  const help = spawnSync(process.execPath, ['lib/bundle/demodeck.js', '--help'], { encoding: 'utf8' }).stdout;
  if (!help.includes('--pdf')) return undefined;
  return repeat(() => coldBuild(fixture.file, ['--pdf']));
}

/**
 * The 40-slide meeting in block and in flow style, a bare `node -e 0` and marp-cli on a 40-slide
 * Markdown deck, run one after the other in each round, so whatever else loads the machine weighs
 * on all of them alike. The ratios are medians of each round's ratios. The first round only warms
 * caches. The machine's load average is kept with the figures, as they depend on it.
 */
function headToHead(block, flow, row) {
  const marp = marpCli((text) => process.stderr.write(text));
  const markdown = marp && writeMarpDeck(join(work, 'marp-40.md'), 40);
  const timed = (args) => {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
    return Number(process.hrtime.bigint() - start) / 1e9;
  };
  const before = loadavg()[0];
  const rounds = [];
  const commands = {
    block: ['lib/bundle/demodeck.js', 'build', block.file, '--out', join(work, 'head-to-head')],
    flow: ['lib/bundle/demodeck.js', 'build', flow.file, '--out', join(work, 'head-to-head')],
    node: ['-e', '0'],
    ...(marp && { marp: [marp.entry, markdown, '-o', join(work, 'marp', 'deck.html')] }),
  };
  const names = Object.keys(commands);
  for (let i = 0; i <= ROUNDS; i++) {
    // Each round starts one command later: a command run right after marp-cli's long process
    // finds the caches cold, and every command takes that place equally often.
    const round = {};
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length];
      round[name] = timed(commands[name]);
    }
    rounds.push(round);
  }
  const measured = rounds.slice(1);
  const of = (style) => ({
    demodeckSeconds: median(measured.map((r) => r[style])),
    nodeRatio: median(measured.map((r) => r[style] / r.node)),
    marpRatio: marp ? median(measured.map((r) => r[style] / r.marp)) : undefined,
  });
  return {
    fixture: block.deck,
    slides: row.slides,
    rounds: measured.length,
    load: { before, after: loadavg()[0] },
    extraCaCerts: process.env.NODE_EXTRA_CA_CERTS !== undefined,
    ...of('block'),
    flow: { fixture: flow.deck, ...of('flow') },
    nodeSeconds: median(measured.map((r) => r.node)),
    marp: marp && { version: marp.version, slides: 40, seconds: median(measured.map((r) => r.marp)), ratio: median(measured.map((r) => r.block / r.marp)) },
  };
}

/** The head-to-head as a table, with the load it was taken under. */
function printHeadToHead(headline) {
  const fmt = (n, d = 0) => (n === undefined ? '—' : n.toFixed(d));
  console.log(`\nHead to head: ${headline.rounds} rounds, each running in turn (each round starting one command later) demodeck on the ${headline.slides}-slide meeting in block style (${headline.fixture}) and in flow style (JSON, ${headline.flow.fixture}), a bare \`node -e 0\`${headline.marp ? ` and marp-cli ${headline.marp.version} on a ${headline.marp.slides}-slide Markdown deck` : ''}; medians of the rounds and of each round's ratios.`);
  console.log(`load average (1 min) ${fmt(headline.load.before, 2)} before, ${fmt(headline.load.after, 2)} after; NODE_EXTRA_CA_CERTS ${headline.extraCaCerts ? 'set (every Node process, `node -e 0` too, reads those certificates at start)' : 'not set'}`);
  console.log('| command | whole process | ÷ `node -e 0` | ÷ marp-cli |\n|---|---:|---:|---:|');
  for (const [name, r] of [['demodeck build, block YAML', headline], ['demodeck build, flow YAML (JSON)', headline.flow]]) console.log(`| ${name} | ${fmt(r.demodeckSeconds, 3)} s | ${fmt(r.nodeRatio, 3)}× | ${headline.marp ? `${fmt(r.marpRatio, 3)}×` : '—'} |`);
  console.log(`| \`node -e 0\` | ${fmt(headline.nodeSeconds, 3)} s | 1.00× | |`);
  if (headline.marp) console.log(`| marp-cli ${headline.marp.version} | ${fmt(headline.marp.seconds, 3)} s | ${fmt(headline.marp.seconds / headline.nodeSeconds, 2)}× | 1.00× |`);
  else console.log('marp-cli: not measured (BENCH_MARP=0, or it could not be installed)');
}
