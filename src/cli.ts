#!/usr/bin/env node
// demodeck's command line. `run` returns an exit code so tests call it directly:
// 0 done, 1 the input is wrong (a clean message), 2 wrong command-line usage. A DeckError is a
// user mistake and is printed cleanly; any other exception is a bug and keeps its stack.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { deckNameOf, loadAndPlan, variantPeople } from './buildDeck.js';
import { parseClock } from './brief/briefModel.js';
import { assessReadiness } from './check/readiness.js';
import { readinessTable } from './check/readinessTable.js';
import { translator } from './plan/text.js';
import { DeckError, formatDeckError, isDeckError } from './errors.js';
import { deferInterrupts } from './emit/atomicFolder.js';
import { outputUnwritable } from './emit/outputFolder.js';
import { writeFileAtomic } from './emit/writeAtomic.js';
import { isTerminal, outputStreamed, writeOut } from './stdio.js';
import type { DeliveryOptions } from './emit/deliverables.js';
import { runBatch } from './batch/pool.js';
import { BatchProgress } from './batch/progress.js';
import type { BatchJob, BuildSettings } from './batch/runJob.js';
import { jsonSchemaFiles } from './validate/jsonSchemas.js';

export const USAGE = `Usage:
  demodeck build [deck.yaml | folder …] [--out DIR] [--single-file] [--templates DIR]
                [--for "<person>" | --variants] [--client-copy] [--start HH:MM]
                [--pdf] [--pdf-notes] [--pptx] [--jobs N]
      Builds each deck into DIR/<deck name>/ (default DIR: dist). With no deck, builds decks/.
      --for builds it as if that person were the main audience, into DIR/<deck>-<person>/;
      --variants builds the deck and one such variant per decision maker and influencer.
      Every build also writes readiness.json, brief.md and brief.html (timeline from --start);
      --client-copy writes client.html: the main line without notes, to send to the customer.
      --pdf also prints DIR/<deck>/<deck>.pdf in headless Chromium, one page per slide;
      --pdf-notes does so with each slide's notes on the page after it;
      --pptx also writes DIR/<deck>/<deck>.pptx with editable text and speaker notes.
      --jobs N builds up to N decks at once (default: one per core).
  demodeck check deck.yaml [--out DIR] [--strict]
      Judges the meeting (timing check, 7+3 facts), prints the checks with a fix for each
      failed one and writes DIR/<deck name>/readiness.json. --strict exits 3 on a blocking check.
  demodeck dev deck.yaml [--port N] [--templates DIR]
      Serves the deck on http://127.0.0.1:N/ (default 5173), rebuilding and reloading the page
      whenever the config, a content card or a template changes; a broken config shows its errors.
  demodeck schema [--out DIR]
      Writes the JSON Schemas for editors (default DIR: schema).
  demodeck new meeting.yaml [--customer NAME] [--language en|zh-CN] [--duration MIN]
               [--from deck.yaml] [--force]
      Writes a new meeting file. On a terminal it asks what the demo method needs (Enter accepts
      each default, Ctrl+C writes nothing); in scripts it asks nothing. What was not answered is
      a TODO text that check-deck lists (placeholders-left). --from starts from an existing
      meeting. An existing file is never replaced without --force.
  demodeck new card content/features/ID.yaml [--language en|zh-CN|both] [--force]
  demodeck new case content/cases/ID.yaml [--language en|zh-CN|both] [--force]
      Writes a feature card or a success case with placeholder texts in both languages (comments
      in the language given), which the project's decks use by its id at once.`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
  /** Colours only when a person is watching. */
  colour?: boolean;
  /** stdout is a terminal: batch builds redraw one progress line per deck. */
  tty?: boolean;
  /** Raw stdout, for redrawing the progress lines. */
  write?: (text: string) => void;
  /** stdin and stdout are a terminal and this is no CI run: `new` may ask questions. */
  interactive?: boolean;
}

// Getters: a build never asks whether stdin is a terminal, and asking costs (src/stdio.ts).
const defaultIo: Io = {
  out: (l) => writeOut(1, `${l}\n`),
  err: (l) => writeOut(2, `${l}\n`),
  cwd: process.cwd(),
  get colour() {
    return isTerminal(1) && !process.env.NO_COLOR;
  },
  get tty() {
    return isTerminal(1);
  },
  write: (text) => writeOut(1, text),
  get interactive() {
    return isTerminal(0) && isTerminal(1) && process.env.CI !== 'true';
  },
};

class UsageError extends Error {}

export async function run(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'build':
        return await buildCommand(rest, io);
      case 'schema':
        return schemaCommand(rest, io);
      case 'check':
        return checkCommand(rest, io);
      case 'dev':
        return await devCommand(rest, io);
      case 'new':
        return await newCommand(rest, io);
      case '--help':
      case '-h':
      case 'help':
        io.out(USAGE);
        return 0;
      default:
        throw new UsageError(command ? `unknown command \`${command}\`` : 'no command given');
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`demodeck: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (isDeckError(error)) {
      io.err(formatDeckError(error));
      return 1;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof TypeError && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

async function buildCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', default: 'dist' },
      'single-file': { type: 'boolean', default: false },
      templates: { type: 'string' },
      for: { type: 'string' },
      variants: { type: 'boolean', default: false },
      'client-copy': { type: 'boolean', default: false },
      start: { type: 'string' },
      pdf: { type: 'boolean', default: false },
      'pdf-notes': { type: 'boolean', default: false },
      pptx: { type: 'boolean', default: false },
      jobs: { type: 'string' },
    },
  });
  // Without --start the brief counts from 0:00 and the notes give minutes only.
  const startMinutes = values.start === undefined ? undefined : parseClock(values.start);
  if (values.start !== undefined && startMinutes === undefined) throw new UsageError(`--start takes a time of day like 14:00, not \`${values.start}\``);
  const delivery: DeliveryOptions = { pdf: values.pdf, pdfNotes: values['pdf-notes'], pptx: values.pptx };
  if (values.for !== undefined && values.variants) throw new UsageError('use either --for or --variants, not both');
  const decks = findDecks(positionals.length > 0 ? positionals : ['decks'], io.cwd);
  checkDistinctFolders(decks, values.out);
  const jobs: BatchJob[] = decks.flatMap((deckFile) => {
    if (values.variants) return [{ deckFile, label: deckFile }, ...variantsOf(deckFile, io.cwd).map((forPerson) => ({ deckFile, forPerson, label: `${deckFile} --for ${forPerson}` }))];
    return [{ deckFile, forPerson: values.for, label: values.for === undefined ? deckFile : `${deckFile} --for ${values.for}` }];
  });
  const settings: BuildSettings = {
    outDir: values.out, singleFile: values['single-file'], templatesDir: values.templates, cwd: io.cwd, delivery,
    clientCopy: values['client-copy'], startMinutes,
  };
  const progress = new BatchProgress(jobs, io);
  const outcomes = await runBatch(jobs, settings, jobCount(values.jobs, jobs.length), progress.onEvent);
  progress.finish(outcomes);
  return outcomes.some((o) => !o.ok) ? 1 : 0;
}

/** A broken deck has no variants; its own job then fails with the deck's message, and the batch goes on. */
function variantsOf(deckFile: string, cwd: string): string[] {
  try {
    return variantPeople(deckFile, cwd);
  } catch (error) {
    if (isDeckError(error)) return [];
    throw error;
  }
}

/** Two decks of the same file name would write the same folder, the second over the first. */
function checkDistinctFolders(decks: readonly string[], outDir: string): void {
  const byName = new Map<string, string[]>();
  for (const deck of decks) byName.set(deckNameOf(deck), [...(byName.get(deckNameOf(deck)) ?? []), deck]);
  const clashes = [...byName].filter(([, files]) => files.length > 1);
  if (clashes.length === 0) return;
  throw new DeckError('Two decks would write the same folder', clashes.map(([name, files]) => ({
    code: 'output-clash', path: '', message: `${files.join(' and ')} would both be built into ${join(outDir, name)}`, hint: 'rename one of the files, or build them one at a time into different --out folders',
  })));
}

/** `--jobs N`: how many decks build at once; by default one per core (one deck needs no count). */
function jobCount(option: string | undefined, decks: number): number {
  if (option === undefined) return decks > 1 ? (createRequire(import.meta.url)('node:os') as typeof import('node:os')).availableParallelism() : 1;
  const n = Number(option);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs takes a whole number of at least 1, not \`${option}\``);
  return n;
}

function findDecks(targets: readonly string[], cwd: string): string[] {
  const decks: string[] = [];
  for (const target of targets) {
    const full = resolve(cwd, target);
    if (!existsSync(full)) {
      throw new DeckError('Deck not found', [{ code: 'deck-missing', path: '', message: `${target} does not exist`, hint: 'pass a deck file like decks/huadong.yaml or a folder of decks' }]);
    }
    if (statSync(full).isDirectory()) {
      const found = readdirSync(full).filter((f) => /\.ya?ml$/i.test(f)).sort().map((f) => relative(cwd, join(full, f)));
      if (found.length === 0) throw new DeckError('No decks found', [{ code: 'no-decks', path: '', message: `${target} holds no .yaml files`, hint: 'pass a folder with deck configs or a deck file' }]);
      decks.push(...found);
    } else {
      decks.push(target);
    }
  }
  return decks;
}

function checkCommand(args: readonly string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { out: { type: 'string', default: 'dist' }, strict: { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) throw new UsageError('check takes exactly one deck file');
  const deckFile = positionals[0] ?? '';
  const { meeting, plan } = loadAndPlan(deckFile, { cwd: io.cwd });
  const t = translator(meeting.strings);
  const readiness = assessReadiness(meeting, plan, t);
  const file = resolve(io.cwd, values.out, plan.deck, 'readiness.json');
  writeOutput(file, `${JSON.stringify(readiness, null, 2)}\n`);
  io.out(readinessTable(readiness, plan.deck, t, io.colour === true));
  io.out(`\nwrote ${relative(io.cwd, file)}`);
  return values.strict && readiness.checks.some((c) => !c.ok && c.severity === 'block') ? 3 : 0;
}

/** Serves the live preview until Ctrl+C. */
async function devCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { port: { type: 'string', default: '5173' }, templates: { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError('dev takes exactly one deck file');
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a port number, not \`${values.port}\``);
  const { startDevServer } = await import('./dev/server.js');
  const server = await startDevServer({ deckFile: positionals[0] as string, cwd: io.cwd, templatesDir: values.templates, port, out: io.out, err: io.err });
  io.out(`previewing ${positionals[0]} at ${server.url}  (Ctrl+C stops)`);
  await new Promise<void>((done) => process.once('SIGINT', done));
  await server.close();
  return 0;
}

/** `new`: the prompt library and the drafting code load only here, so a build never pays for them. */
async function newCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { customer: { type: 'string' }, language: { type: 'string' }, duration: { type: 'string' }, from: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  const [first, second] = positionals;
  const { newContent, newMeeting } = await import('./draft/newFiles.js');
  if (first === 'card' || first === 'case') {
    if (positionals.length !== 2 || second === undefined) throw new UsageError(`new ${first} takes exactly one file, like content/${first === 'card' ? 'features' : 'cases'}/my-${first}.yaml`);
    const extra = (['customer', 'duration', 'from'] as const).find((flag) => values[flag] !== undefined);
    if (extra) throw new UsageError(`--${extra} is for a new meeting, not a ${first}`);
    const language = values.language ?? 'en';
    if (language !== 'en' && language !== 'zh-CN' && language !== 'both') throw new UsageError(`--language takes en, zh-CN or both, not \`${language}\``);
    return newContent({ kind: first, file: second, language, force: values.force }, io);
  }
  if (positionals.length !== 1 || first === undefined) throw new UsageError('new takes exactly one file, like demodeck new meeting.yaml');
  const language = values.language;
  if (language !== undefined && language !== 'en' && language !== 'zh-CN') throw new UsageError(`--language takes en or zh-CN, not \`${language}\``);
  const duration = values.duration === undefined ? undefined : Number(values.duration);
  if (duration !== undefined && (!Number.isInteger(duration) || duration < 5 || duration > 240)) throw new UsageError(`--duration takes whole minutes from 5 to 240, not \`${values.duration}\``);
  return newMeeting({ file: first, customer: values.customer, language, duration, from: values.from, force: values.force }, { out: io.out, err: io.err, cwd: io.cwd, interactive: io.interactive === true });
}

function writeOutput(file: string, content: string): void {
  try {
    writeFileAtomic(file, content);
  } catch (error) {
    throw outputUnwritable(file, error) ?? error;
  }
}

function schemaCommand(args: readonly string[], io: Io): number {
  const { values } = parseArgs({ args: [...args], strict: true, options: { out: { type: 'string', default: 'schema' } } });
  for (const [name, json] of jsonSchemaFiles()) {
    const file = resolve(io.cwd, values.out, name);
    writeOutput(file, json);
    io.out(`wrote ${relative(io.cwd, file)}`);
  }
  return 0;
}

/** The process entry: runs the command in argv and sets the exit code. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // `demodeck check … | head` closes the pipe early: writeOut ends the command quietly then.
  // The preview closes its own server on Ctrl+C; builds finish the deck in hand first.
  if (argv[0] !== 'dev') deferInterrupts();
  try {
    process.exitCode = await run(argv);
  } catch (error) {
    // Not the user's mistake: a bug. It keeps its stack, and an exit code of its own (EX_SOFTWARE).
    console.error(error);
    process.exitCode = 70;
  }
  // The command is done and its output written: ending here spares Node tearing its heap down
  // page by page, which costs a cold build milliseconds. The preview is still serving, and
  // output still on its way through Node's stream is left to finish.
  if (argv[0] !== 'dev' && !outputStreamed()) process.exit();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
