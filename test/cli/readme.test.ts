// The README's command table, run as a new user would: every row, in order, in a fresh project,
// each exiting as documented (0: built; the preview serves the deck until Ctrl+C). Rows added to
// the table later are picked up here without a change to this file.
//
// "A fresh project" is what a clone holds after `npm ci`: the tracked files (`git ls-files`), the
// packages (node_modules, linked from this checkout: installing them again would only re-download
// the same lockfile) and what `npm ci`'s `prepare` script builds (lib/ and runtime/, which the
// tests' global set-up has just built from these sources, copied over). Nothing of a build this
// checkout made earlier (dist/, out/) comes along.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_PORT = 5173;

interface Row {
  command: string;
  description: string;
}

/** The rows of the table under "## Commands" whose first cell is a command in backticks. */
function commandRows(readme: string): Row[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Commands\n')) ?? '';
  return section.split('\n').flatMap((line) => {
    const match = /^\|\s*`([^`]+)`\s*\|(.*)\|\s*$/.exec(line);
    return match ? [{ command: match[1] ?? '', description: (match[2] ?? '').trim() }] : [];
  });
}

/**
 * Output paths a row's description names: under `dist/` or `out/` (`dist/huadong/huadong.pdf`,
 * `out/huadong/`), without placeholders, and a bare file name (`client.html`, `readiness.json`, the
 * single-file `index.html`) in the output folder of the row's deck.
 */
function promisedOutputs(row: Row): string[] {
  const named = [...row.description.matchAll(/`((?:dist|out)\/[^`<>*]+)`/g)].map((m) => m[1] ?? '');
  const deck = /decks\/([\w-]+)\.yaml/.exec(row.command)?.[1];
  const out = /--out\s+(\S+)/.exec(row.command)?.[1] ?? 'dist';
  const bare = deck ? [...row.description.matchAll(/`([\w-]+\.(?:html|json|md|pdf|pptx))`/g)].map((m) => `${out}/${deck}/${m[1] ?? ''}`) : [];
  return [...named, ...bare];
}

function freshProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'demodeck-readme-'));
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of tracked) {
    if (!existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(ROOT, file), join(dir, file));
  }
  for (const built of ['lib', 'runtime']) cpSync(join(ROOT, built), join(dir, built), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * The README's placeholders for a user's own files: a deck outside decks/ and a template folder.
 * A `new-deck` row writes its file itself (and refuses one that exists): only its `--from` is the user's.
 */
function userFiles(project: string, command: string): void {
  const own = /^npm run new-deck\b/.test(command) ? /--from\s+((?!decks\/)[\w-]+\/[\w/-]+\.ya?ml)/g : /(?:^|\s)((?!decks\/)[\w-]+\/[\w/-]+\.ya?ml)/g;
  for (const yaml of command.matchAll(own)) {
    const file = join(project, yaml[1] ?? '');
    if (existsSync(file)) continue;
    mkdirSync(dirname(file), { recursive: true });
    cpSync(join(ROOT, 'test/fixtures/minimal/deck.yaml'), file);
  }
  const templates = /--templates\s+(\S+)/.exec(command)?.[1];
  if (templates && !existsSync(join(project, templates))) {
    mkdirSync(join(project, templates, 'slides'), { recursive: true });
    const ffab = readFileSync(join(ROOT, 'templates/slides/ffab.hbs'), 'utf8');
    writeFileSync(join(project, templates, 'slides', 'ffab.hbs'), `<p class="my-template-marker">my own FFAB template</p>\n${ffab}`);
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

/**
 * `npm run dev` serves until Ctrl+C: it is started, asked for the page until it answers with the
 * deck, then sent SIGINT, and must exit 0. When another program holds the default port (a
 * developer's own preview), the row's documented `--port N` is added.
 */
async function runPreview(project: string, command: string): Promise<{ code: number | null; signal: string | null; page: string; output: string; port: number }> {
  let port = Number(/--port\s+(\d+)/.exec(command)?.[1] ?? DEFAULT_PORT);
  let line = command;
  if (!(await portFree(port))) {
    port = 5300 + Math.floor(Math.random() * 500);
    line = `${command} --port ${port}`;
  }
  const child = spawn('sh', ['-c', `exec ${line}`], { cwd: project, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null }>((done) => child.once('exit', (code, signal) => done({ code, signal })));
  let page = '';
  for (let i = 0; i < 100 && !page; i++) {
    await new Promise((r) => setTimeout(r, 100));
    if (child.exitCode !== null) break;
    try {
      const res = await get(`http://127.0.0.1:${port}/`);
      if (res.status === 200) page = res.body;
    } catch {
      // not listening yet
    }
  }
  if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGINT');
  return { ...(await exited), page, output, port };
}

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const rows = commandRows(readme);

describe('the README\'s command table', () => {
  let project = '';

  beforeAll(() => {
    project = freshProject();
  });

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('is found and lists the commands', () => {
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.map((r) => r.command)).toContain('npm run build-deck');
  });

  // The rows run in the table's order, one after the other, in the same project.
  for (const [i, row] of rows.entries()) {
    it(`row ${i + 1}: \`${row.command}\``, async () => {
      expect(row.command, 'every row is an npm script').toMatch(/^npm run [\w-]+/);
      const script = /^npm run ([\w-]+)/.exec(row.command)?.[1] ?? '';
      const scripts = (JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
      expect(Object.keys(scripts), `package.json has the script ${script}`).toContain(script);
      userFiles(project, row.command);

      if (script === 'dev') {
        const preview = await runPreview(project, row.command);
        expect(preview.page, preview.output).toContain('class="reveal"');
        // Ctrl+C stops it: no stack trace, and the port is free again. npm, which runs it, dies of
        // the same SIGINT whatever the preview's own exit code, so its status says nothing here.
        expect(preview.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
        expect(await portFree(preview.port)).toBe(true);
        // The README promises exit 0: what npm runs for the row (the script and the row's arguments),
        // stopped by the same Ctrl+C, must close its server and exit 0.
        const own = await runPreview(project, `${scripts.dev} ${row.command.split(' -- ')[1] ?? ''}`);
        expect(own.page, own.output).toContain('class="reveal"');
        expect({ code: own.code, signal: own.signal }, own.output).toEqual({ code: 0, signal: null });
        expect(await portFree(own.port)).toBe(true);
        return;
      }
      if (script === 'verify') {
        // `verify` is typecheck + lint + `npm test`; `npm test` is this very suite, so running it
        // here would run this file again inside itself. Its other two steps run for real, and the
        // script must still chain all three.
        expect(scripts.verify).toBe('npm run typecheck && npm run lint && npm test');
        for (const step of ['typecheck', 'lint']) {
          const result = spawnSync('npm', ['run', '--silent', step], { cwd: project, encoding: 'utf8' });
          expect(result.status, `npm run ${step}:\n${result.stdout}${result.stderr}`).toBe(0);
        }
        return;
      }
      // What an earlier row wrote does not count: a promised file, and the schemas the project was
      // cloned with, are removed first, so only this row can bring them back.
      for (const path of promisedOutputs(row)) if (!path.endsWith('/')) rmSync(join(project, path), { force: true });
      if (script === 'schema') rmSync(join(project, 'schema'), { recursive: true, force: true });
      const result = spawnSync('sh', ['-c', row.command], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      const log = `${row.command} → exit ${result.status}\n${result.stdout}${result.stderr}`;
      expect(result.status, log).toBe(0);
      expect(`${result.stdout}${result.stderr}`, log).not.toMatch(/\n\s+at .+:\d+:\d+/);
      for (const path of promisedOutputs(row)) expect(existsSync(join(project, path)), `${row.command} promises ${path}`).toBe(true);
      if (script === 'new-deck') {
        // Without a terminal nothing is asked: the file the row names is written straight away.
        const target = /--\s+(?:(?:card|case)\s+)?(\S+\.ya?ml)/.exec(row.command)?.[1] ?? 'missing';
        expect(existsSync(join(project, target)), `${row.command} writes ${target}`).toBe(true);
      }
      if (row.command.includes('--templates')) {
        const deck = /(decks\/[\w-]+)\.yaml/.exec(row.command)?.[1]?.replace('decks/', '') ?? '';
        expect(readFileSync(join(project, 'dist', deck, 'index.html'), 'utf8')).toContain('my own FFAB template');
      }
      if (row.command.includes('--single-file')) {
        // Self-contained: nothing it needs sits in a file beside it.
        const html = readFileSync(join(project, promisedOutputs(row).find((p) => p.endsWith('/index.html')) ?? 'missing'), 'utf8');
        expect(html).not.toMatch(/(?:src|href)="assets\//);
        expect(html).toContain('class="reveal"');
      }
      if (script === 'schema') {
        // The schemas in the repository are what the command writes: editors get the current contract.
        expect(readdirSync(join(project, 'schema')).sort()).toEqual(readdirSync(join(ROOT, 'schema')).sort());
        for (const file of readdirSync(join(ROOT, 'schema'))) {
          expect(readFileSync(join(project, 'schema', file), 'utf8'), `schema/${file} is up to date`).toBe(readFileSync(join(ROOT, 'schema', file), 'utf8'));
        }
      }
    }, 120_000);
  }
});
