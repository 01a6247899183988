// One deck, start to finish: load → validate → resolve → plan → render → emit. The stages are
// joined here and nowhere else, and each step's time is kept for the benchmark.
import { basename, join, relative, resolve } from 'node:path';
import { DeckError } from './errors.js';
import { emitDeck, type EmittedDeck } from './emit/emitDeck.js';
import { inlineTags, linkedTags, readRuntime } from './emit/runtimeAssets.js';
import { readTemplates } from './load/templateFiles.js';
import { TOOL_ROOT } from './load/toolRoot.js';
import { readYamlFile } from './load/yamlSource.js';
import { primaryAudience } from './plan/audience.js';
import { planDeck } from './plan/planDeck.js';
import type { SlidePlan } from './plan/slidePlan.js';
import { renderCompanions } from './render/companionFiles.js';
import { withContentSecurityPolicy } from './render/contentSecurityPolicy.js';
import { renderDeck, speakerNotesText } from './render/renderDeck.js';
import { isolateBidi, isolateConfigTexts } from './resolve/bidiIsolation.js';
import type { Readiness } from './check/readiness.js';
import { findProjectFolder } from './resolve/projectFolder.js';
import { resolveMeeting } from './resolve/resolveMeeting.js';
import { suggest } from './source/didYouMean.js';
import type { ResolvedMeeting } from './types.js';
import { ContentLibrary } from './validate/contentLibrary.js';
import { crossCheckDeck } from './validate/crossChecks.js';
import type { DeckConfig } from './validate/deckSchema.js';
import { checkDeckSource, validateDeckSource } from './validate/deckCheck.js';
import { throwIfAny } from './validate/validateFile.js';
import { nowMs } from './source/monotonic.js';

export interface BuildOptions {
  deckFile: string;
  outDir: string;
  /** Build the variant for this person of the audience, into OUT/<deck>-<person>/. */
  forPerson?: string;
  singleFile?: boolean;
  templatesDir?: string;
  /** Also write client.html: the main line without notes, for e-mailing after the meeting. */
  clientCopy?: boolean;
  /** Clock time the meeting starts, in minutes since midnight (for the brief's timeline). */
  startMinutes?: number;
  /** Where relative paths in messages are measured from. */
  cwd?: string;
}

export interface BuildResult {
  plan: SlidePlan;
  meeting: ResolvedMeeting;
  output: EmittedDeck;
  readiness: Readiness;
  /** Each slide's speaker notes as plain text (for the PPTX), rendered on demand from the deck's notes template. */
  speakerNotes: () => string[];
  timings: Record<'load' | 'validate' | 'resolve' | 'plan' | 'render' | 'emit', number>;
}

export interface PlannedMeeting {
  meeting: ResolvedMeeting;
  plan: SlidePlan;
}

export interface LoadOptions {
  cwd?: string;
  timings?: Partial<BuildResult['timings']>;
  /** Plan the deck as if this person were the primary audience. */
  forPerson?: string;
  /** A --templates folder, whose themes/ the deck's theme is looked up in first. */
  templatesDir?: string;
}

export function loadAndPlan(deckFile: string, { cwd = process.cwd(), timings, forPerson, templatesDir }: LoadOptions = {}): PlannedMeeting {
  const file = resolve(cwd, deckFile);
  const shown = relative(cwd, file) || file;
  checkDeckName(file, shown);
  let mark = nowMs();
  const lap = (stage: keyof BuildResult['timings']): void => {
    const now = nowMs();
    if (timings) timings[stage] = now - mark;
    mark = now;
  };
  const source = readYamlFile(file, shown);
  lap('load');
  // Every problem of the deck file is reported at once: reading's, the schema's, then (when the
  // schema holds) the cross-checks' and the unknown references resolve finds.
  const checked = checkDeckSource(source);
  if (checked.value === undefined) throwIfAny(shown, checked.problems);
  const config = checked.value as DeckConfig;
  const inFile = [...checked.problems, ...crossCheckDeck(config, source)];
  if (forPerson !== undefined) checkPerson(config, forPerson, shown);
  lap('validate');
  const projectDir = findProjectFolder(file);
  const library = new ContentLibrary(projectDir, TOOL_ROOT, (f) => relative(cwd, f) || f, config.deck.language);
  const meeting = resolveMeeting({ config: isolateConfigTexts(config), source, deckFile: file, projectDir, library, templatesDir: templatesDir && resolve(cwd, templatesDir), problems: inFile });
  lap('resolve');
  if (forPerson !== undefined) meeting.deckName = `${meeting.deckName}-${personSlug(config, forPerson)}`;
  const plan = planDeck(meeting, { primaryName: forPerson === undefined ? undefined : isolateBidi(forPerson) });
  plan.writtenNames = new Map(config.audience.map((p) => [isolateBidi(p.name), p.name]));
  lap('plan');
  return { meeting, plan };
}

export function buildDeck(options: BuildOptions): BuildResult {
  const cwd = options.cwd ?? process.cwd();
  const timings: Partial<BuildResult['timings']> = {};
  try {
    const { meeting, plan } = loadAndPlan(options.deckFile, { cwd, timings, forPerson: options.forPerson, templatesDir: options.templatesDir });
    if (options.startMinutes !== undefined) plan.clockStart = options.startMinutes;
    let mark = nowMs();
    const templates = readTemplates(join(TOOL_ROOT, 'templates'), options.templatesDir && resolve(cwd, options.templatesDir));
    const runtime = readRuntime(TOOL_ROOT);
    const html = withContentSecurityPolicy(renderDeck(plan, meeting, templates, options.singleFile ? inlineTags(runtime) : linkedTags()), runtime);
    const companions = renderCompanions(plan, meeting, templates, {
      startMinutes: options.startMinutes ?? 0,
      clientRuntime: options.clientCopy ? inlineTags(runtime) : undefined,
    });
    const client = companions.files.get('client.html');
    if (client !== undefined) companions.files.set('client.html', withContentSecurityPolicy(client, runtime));
    timings.render = nowMs() - mark;
    mark = nowMs();
    const output = emitDeck(resolve(cwd, options.outDir), plan, html, options.singleFile ? undefined : runtime, companions.files);
    timings.emit = nowMs() - mark;
    return { plan, meeting, output, readiness: companions.readiness, speakerNotes: () => speakerNotesText(plan, meeting, templates), timings: timings as BuildResult['timings'] };
  } catch (error) {
    if (error instanceof DeckError && !error.title.includes(options.deckFile)) {
      // Keeps the deck's name on errors from shared files (templates, library cards).
      error.problems.forEach((p) => (p.deck ??= options.deckFile));
    }
    throw error;
  }
}

function checkPerson(config: DeckConfig, name: string, shown: string): void {
  if (config.audience.some((p) => p.name === name)) return;
  const names = config.audience.map((p) => p.name);
  throw new DeckError('No such person in the audience', [
    { code: 'unknown-person', path: '--for', message: `\`${name}\` is not in the audience of ${shown}`, hint: suggest(name, names, 'one of') },
  ]);
}

/** A folder-safe name for a person: letters and digits of any script, joined by dashes. */
export function personSlug(config: DeckConfig, name: string): string {
  const slugOf = (n: string): string => n.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  const position = config.audience.findIndex((p) => p.name === name) + 1;
  const slug = slugOf(name);
  // "Zhang Min" and "Zhang-Min" would share a folder: the one named second gets its position.
  const shared = config.audience.filter((p) => slugOf(p.name) === slug).length > 1;
  return !slug ? `person-${position}` : shared ? `${slug}-${position}` : slug;
}

/** The deck's folder is named after the file, so the file needs a name before its extension. */
export function deckNameOf(file: string): string {
  return basename(file).replace(/\.ya?ml$/i, '');
}

function checkDeckName(file: string, shown: string): void {
  const name = deckNameOf(file);
  if (name !== '' && name !== '.' && name !== '..' && !name.startsWith('.')) return;
  throw new DeckError('The deck file needs a name', [
    { code: 'deck-name', path: '', message: `${shown} has no name before .yaml, so its deck folder would have none`, hint: 'rename the file, for example to meeting.yaml' },
  ]);
}

/** Rule 11: the people a deck gets a variant for — everyone who decides or influences. */
export function variantPeople(deckFile: string, cwd = process.cwd()): string[] {
  const source = readYamlFile(resolve(cwd, deckFile), deckFile);
  const config = validateDeckSource(source);
  // The natural primary audience already has the deck itself; a variant for them would be a copy.
  const primary = primaryAudience(config.audience)?.person;
  return config.audience.filter((p) => p !== primary && (p.decision === 'decision-maker' || p.decision === 'influencer')).map((p) => p.name);
}
