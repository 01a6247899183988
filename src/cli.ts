#!/usr/bin/env node
// demodeck's command line. `run` returns an exit code so tests call it directly:
// 0 done, 1 the input is wrong (a clean message), 2 wrong command-line usage. A DeckError is a
// user mistake and is printed cleanly; any other exception is a bug and keeps its stack.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { buildDeck, loadAndPlan, variantPeople } from './buildDeck.js';
import { parseClock } from './brief/briefModel.js';
import { assessReadiness } from './check/readiness.js';
import { readinessSummary, readinessTable } from './check/readinessTable.js';
import { translator } from './plan/text.js';
import { DeckError, formatDeckError, isDeckError } from './errors.js';
import { deferInterrupts } from './emit/atomicFolder.js';
import { writeFileAtomic } from './emit/writeAtomic.js';
import { writeDeliverables, type DeliveryOptions } from './emit/deliverables.js';
import { jsonSchemaFiles } from './validate/jsonSchemas.js';

export const USAGE = `Usage:
  demodeck build [deck.yaml | folder …] [--out DIR] [--single-file] [--templates DIR]
                [--for "<person>" | --variants] [--client-copy] [--start HH:MM]
                [--pdf] [--pdf-notes] [--pptx]
      Builds each deck into DIR/<deck name>/ (default DIR: dist). With no deck, builds decks/.
      --for builds it as if that person were the main audience, into DIR/<deck>-<person>/;
      --variants builds the deck and one such variant per decision maker and influencer.
      Every build also writes readiness.json, brief.md and brief.html (timeline from --start);
      --client-copy writes client.html: the main line without notes, to send to the customer.
      --pdf also prints DIR/<deck>/<deck>.pdf in headless Chromium, one page per slide;
      --pdf-notes does so with each slide's notes on the page after it;
      --pptx also writes DIR/<deck>/<deck>.pptx with editable text and speaker notes.
  demodeck check deck.yaml [--out DIR] [--strict]
      Judges the meeting (timing check, 7+3 facts), prints the checks with a fix for each
      failed one and writes DIR/<deck name>/readiness.json. --strict exits 3 on a blocking check.
  demodeck schema [--out DIR]
      Writes the JSON Schemas for editors (default DIR: schema).`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
  /** Colours only when a person is watching. */
  colour?: boolean;
}

const defaultIo: Io = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
  cwd: process.cwd(),
  colour: process.stdout.isTTY === true && !process.env.NO_COLOR,
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
      start: { type: 'string', default: '0:00' },
      pdf: { type: 'boolean', default: false },
      'pdf-notes': { type: 'boolean', default: false },
      pptx: { type: 'boolean', default: false },
    },
  });
  const startMinutes = parseClock(values.start);
  if (startMinutes === undefined) throw new UsageError(`--start takes a time of day like 14:00, not \`${values.start}\``);
  const delivery: DeliveryOptions = { pdf: values.pdf, pdfNotes: values['pdf-notes'], pptx: values.pptx };
  if (values.for !== undefined && values.variants) throw new UsageError('use either --for or --variants, not both');
  const decks = findDecks(positionals.length > 0 ? positionals : ['decks'], io.cwd);
  let failed = 0;
  const jobs = decks.flatMap((deckFile) => {
    if (values.variants) return [{ deckFile, forPerson: undefined as string | undefined }, ...variantPeople(deckFile, io.cwd).map((forPerson) => ({ deckFile, forPerson }))];
    return [{ deckFile, forPerson: values.for }];
  });
  for (const { deckFile, forPerson } of jobs) {
    try {
      const result = buildDeck({
        deckFile, forPerson, outDir: values.out, singleFile: values['single-file'], templatesDir: values.templates,
        clientCopy: values['client-copy'], startMinutes, cwd: io.cwd,
      });
      const main = result.plan.slides.filter((s) => !s.appendix).length;
      const audience = result.plan.primaryAudience ? `, for ${result.plan.primaryAudience.name} (${result.plan.primaryAudience.role})` : '';
      io.out(`built ${relative(io.cwd, result.output.indexHtml)}  ${result.plan.slides.length} slides (${main} main, ${result.plan.slides.length - main} appendix), ${result.plan.duration} min${audience}`);
      for (const warning of result.plan.warnings) io.out(`  warning ${warning.code}: ${warning.message}`);
      for (const file of await writeDeliverables(result, delivery)) io.out(`wrote ${relative(io.cwd, file)}`);
      const t = translator(result.meeting.strings);
      io.out(`  ${readinessSummary(result.readiness, t)} (${t('readiness-hint', { file: deckFile })})`);
    } catch (error) {
      if (!isDeckError(error)) throw error;
      failed++;
      io.err(formatDeckError(error));
    }
  }
  return failed > 0 ? 1 : 0;
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
  writeFileAtomic(file, `${JSON.stringify(readiness, null, 2)}\n`);
  io.out(readinessTable(readiness, plan.deck, t, io.colour === true));
  io.out(`\nwrote ${relative(io.cwd, file)}`);
  return values.strict && readiness.checks.some((c) => !c.ok && c.severity === 'block') ? 3 : 0;
}

function schemaCommand(args: readonly string[], io: Io): number {
  const { values } = parseArgs({ args: [...args], strict: true, options: { out: { type: 'string', default: 'schema' } } });
  for (const [name, json] of jsonSchemaFiles()) {
    const file = resolve(io.cwd, values.out, name);
    writeFileAtomic(file, json);
    io.out(`wrote ${relative(io.cwd, file)}`);
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // `demodeck check … | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  deferInterrupts();
  process.exitCode = await run(process.argv.slice(2));
}
