// `demodeck dev deck.yaml`: builds the deck into a private temporary folder, serves that folder
// (and nothing else) on 127.0.0.1, and rebuilds and reloads the page when a source changes. A
// broken config shows its problems in the page and the terminal; the server keeps running.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { buildDeck } from '../buildDeck.js';
import { DeckError, formatDeckError, isDeckError } from '../errors.js';
import { TOOL_ROOT } from '../load/toolRoot.js';
import { findProjectFolder } from '../resolve/projectFolder.js';
import { errorPage, EVENTS_PATH, injectReload } from './pages.js';
import { watchSources } from './watch.js';

export const DEV_HOST = '127.0.0.1';

export interface DevOptions {
  deckFile: string;
  cwd: string;
  templatesDir?: string;
  /** 0 picks a free port. */
  port: number;
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface DevServer {
  url: string;
  /** Bumped by every rebuild, good or bad. */
  version(): number;
  close(): Promise<void>;
}

type BuildState = { ok: true; deckDir: string } | { ok: false; message: string };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.gif': 'image/gif', '.webp': 'image/webp', '.svg': 'image/svg+xml', '.pdf': 'application/pdf',
};

export async function startDevServer(options: DevOptions): Promise<DevServer> {
  const deckFile = resolve(options.cwd, options.deckFile);
  const shown = relative(options.cwd, deckFile) || deckFile;
  if (!existsSync(deckFile)) {
    throw new DeckError('Deck not found', [{ code: 'deck-missing', path: '', message: `${shown} does not exist`, hint: 'pass a deck file like decks/huadong.yaml' }]);
  }
  const outDir = mkdtempSync(join(tmpdir(), 'demodeck-dev-'));
  let state: BuildState = { ok: false, message: 'not built yet' };
  let version = 0;
  const listeners = new Set<ServerResponse>();

  const rebuild = (why: string): void => {
    const start = performance.now();
    try {
      const result = buildDeck({ deckFile: shown, outDir, templatesDir: options.templatesDir, cwd: options.cwd });
      state = { ok: true, deckDir: result.output.dir };
      options.out(`${why}: built ${result.plan.slides.length} slides in ${Math.round(performance.now() - start)} ms`);
    } catch (error) {
      // A bug keeps its stack in the terminal, but the preview stays up for the next save.
      const message = isDeckError(error) ? formatDeckError(error) : String((error as Error).stack ?? error);
      state = { ok: false, message };
      options.err(`${why}: ${message}`);
    }
    version++;
    for (const res of listeners) res.write(`data: ${version}\n\n`);
  };

  rebuild('start');
  const stopWatching = watchSources({ deckFile, projectDir: findProjectFolder(deckFile), toolRoot: TOOL_ROOT, templatesDir: options.templatesDir && resolve(options.cwd, options.templatesDir) }, (file) => rebuild(`${relative(options.cwd, file) || file} changed`));

  const server = createServer((req, res) => handle(req, res));
  let port = options.port;

  function handle(req: IncomingMessage, res: ServerResponse): void {
    // Only this machine's own names: a page elsewhere must not reach the preview by DNS rebinding.
    if (!isLocalHost(req.headers.host, port)) return send(res, 403, 'text/plain; charset=utf-8', 'forbidden host\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
    const path = decodePath(req.url ?? '/');
    if (path === EVENTS_PATH) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`data: ${version}\n\n`);
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (path === '/' || path === '/index.html') {
      if (!state.ok) return send(res, 200, TYPES['.html'] as string, errorPage(shown, state.message, version));
      return send(res, 200, TYPES['.html'] as string, injectReload(readFileSync(join(state.deckDir, 'index.html'), 'utf8'), version));
    }
    const file = path === undefined || !state.ok ? undefined : fileInside(state.deckDir, path);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
    send(res, 200, TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', readFileSync(file));
  }

  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      stopWatching();
      rmSync(outDir, { recursive: true, force: true });
      if (error.code === 'EADDRINUSE') {
        fail(new DeckError('The preview port is taken', [{ code: 'port-in-use', path: '--port', message: `${DEV_HOST}:${options.port} is already in use`, hint: 'stop the other server or pass another port, like --port 5174' }]));
      } else fail(error);
    });
    server.listen(options.port, DEV_HOST, done);
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : options.port;

  return {
    url: `http://${DEV_HOST}:${port}/`,
    version: () => version,
    async close() {
      stopWatching();
      for (const res of listeners) res.end();
      // close() waits for every open connection; a browser keeps its event stream and keep-alive
      // sockets open, so they are cut first, or closing would hang until they time out.
      const closed = new Promise<void>((done) => server.close(() => done()));
      server.closeAllConnections();
      await closed;
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

function isLocalHost(host: string | undefined, port: number): boolean {
  return host !== undefined && [`${DEV_HOST}:${port}`, `localhost:${port}`].includes(host.toLowerCase());
}

/** The URL's path, percent-decoded; undefined for anything malformed. */
function decodePath(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return undefined;
  }
}

/** A regular file under `root` (symlinks resolved), or undefined: the preview serves the deck, not the disk. */
export function fileInside(root: string, urlPath: string): string | undefined {
  if (urlPath.includes('\0')) return undefined;
  const candidate = resolve(root, `.${urlPath}`);
  try {
    const real = realpathSync(candidate);
    const rel = relative(realpathSync(root), real);
    if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return undefined;
    return statSync(real).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}
