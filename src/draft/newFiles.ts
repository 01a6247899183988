// `demodeck new`: a meeting file from an interview (on a terminal), from flags and placeholders
// (in scripts and CI) or from an existing meeting; and `new card` / `new case`, a library entry
// the project's decks can use by id at once. Nothing is ever written over an existing file
// without --force, and nothing at all when the interview is cancelled.
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { DeckError, type Problem } from '../errors.js';
import { writeFileAtomic, writeNewFileAtomic } from '../emit/writeAtomic.js';
import { TOOL_ROOT } from '../load/toolRoot.js';
import { parseYamlText, readYamlFile } from '../load/yamlSource.js';
import { translator, type Translate } from '../plan/text.js';
import { findProjectFolder } from '../resolve/projectFolder.js';
import { placeholderFields } from '../source/placeholders.js';
import { ContentLibrary } from '../validate/contentLibrary.js';
import { crossCheckDeck } from '../validate/crossChecks.js';
import type { DeckConfig } from '../validate/deckSchema.js';
import { checkDeckSource } from '../validate/deckCheck.js';
import type { Language } from '../validate/enums.js';
import { throwIfAny } from '../validate/validateFile.js';
import { defaultCurrency, type MeetingAnswers } from './answers.js';
import { contentText, type ContentDraftKind } from './contentText.js';
import { meetingFromAnswers, withPlaceholders, type Draft } from './draftMeeting.js';
import { interview, InterviewCancelled } from './interview.js';
import { meetingText } from './meetingText.js';

export interface NewIo {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
  /** A person at a terminal answers questions; otherwise (scripts, CI) nothing is asked. */
  interactive: boolean;
}

export interface NewMeetingOptions {
  file: string;
  customer?: string;
  language?: Language;
  duration?: number;
  /** An existing meeting file to start from. */
  from?: string;
  force: boolean;
}

/** Exit codes as the rest of the command line uses them; 130 is the shell's for Ctrl+C. */
export async function newMeeting(options: NewMeetingOptions, io: NewIo): Promise<number> {
  const { file, shown } = target(options.file, io.cwd, ['.yaml', '.yml']);
  refuseExisting(file, shown, options.force);
  const library = new ContentLibrary(findProjectFolder(file), TOOL_ROOT);
  const translators: Record<Language, Translate> = { en: translator(library.strings('en')), 'zh-CN': translator(library.strings('zh-CN')) };
  let meeting: Draft;
  let language: Language;
  if (options.from !== undefined) {
    ({ meeting, language } = fromExisting(options, file, io.cwd));
  } else {
    let answers: MeetingAnswers;
    if (io.interactive) {
      const cards = (lang: Language): { id: string; name: string }[] => library.ids('features').flatMap((id) => {
        const entry = library.get('features', id);
        return entry ? [{ id, name: entry.value.name[lang] }] : [];
      });
      try {
        answers = await interview({ shownFile: shown, customer: options.customer, language: options.language, duration: options.duration, translators, cards });
      } catch (error) {
        if (!(error instanceof InterviewCancelled)) throw error;
        io.err(translators[options.language ?? 'en']('new-cancelled'));
        return 130;
      }
    } else {
      answers = { customer: options.customer, language: options.language ?? 'en', duration: options.duration, people: [], needs: [], competitors: [] };
    }
    language = answers.language;
    meeting = meetingFromAnswers(answers, translators[language]);
  }
  const t = translators[language];
  const currency = typeof (meeting.pricing as Draft | undefined)?.currency === 'string' ? String((meeting.pricing as Draft).currency) : defaultCurrency(language);
  const text = meetingText(withPlaceholders(meeting, t), { schema: schemaRef(file, 'deck'), shownFile: shown, currency, t });
  const placeholders = selfCheck(text, shown);
  write(file, shown, text, options.force);
  io.out(placeholders > 0 ? t('new-wrote', { file: shown, count: placeholders }) : t('new-wrote-complete', { file: shown }));
  return 0;
}

export interface NewContentOptions {
  kind: ContentDraftKind;
  file: string;
  /** The language of the comments; the texts are always in both, as the library's format requires. */
  language: Language | 'both';
  force: boolean;
}

export function newContent(options: NewContentOptions, io: Omit<NewIo, 'interactive'>): number {
  const { file, shown } = target(options.file, io.cwd, ['.yaml']);
  const folder = options.kind === 'card' ? 'features' : 'cases';
  const project = findProjectFolder(file);
  const expected = join(project, 'content', folder);
  const id = basename(file, '.yaml');
  if (resolve(dirname(file)) !== expected) {
    const where = relative(io.cwd, join(expected, basename(file))) || join(expected, basename(file));
    throw usage('new-content-folder', `${shown} is not in the project's content/${folder}/ folder, the only place a deck looks for a ${options.kind} by id`, `write it as ${where}`);
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    throw usage('new-content-id', `\`${id}\` cannot be an id: the file name is the id a deck uses`, 'name the file with lower-case letters, digits and single dashes, like cycle-counts.yaml');
  }
  refuseExisting(file, shown, options.force);
  const library = new ContentLibrary(project, TOOL_ROOT);
  const en = translator(library.strings('en'));
  const zh = translator(library.strings('zh-CN'));
  const comments = options.language === 'both' ? [en, zh] : [options.language === 'en' ? en : zh];
  const text = contentText(options.kind, { id, schema: schemaRef(file, options.kind === 'card' ? 'feature' : 'case'), en, zh, comments });
  write(file, shown, text, options.force);
  const t = options.language === 'zh-CN' ? zh : en;
  io.out(t('new-wrote-content', { file: shown, count: placeholderFields(parseYamlText(text, shown)).length }));
  io.out(t(options.kind === 'card' ? 'new-card-about' : 'new-case-about', { id }));
  return 0;
}

function target(name: string, cwd: string, extensions: readonly string[]): { file: string; shown: string } {
  const file = resolve(cwd, name);
  const shown = relative(cwd, file) || file;
  const ext = extname(file).toLowerCase();
  if (!extensions.includes(ext) || basename(file, extname(file)) === '' || basename(file).startsWith('.')) {
    throw usage('new-file-name', `${shown} is not a ${extensions.join(' or ')} file name`, `name the file like meeting${extensions[0]}`);
  }
  return { file, shown };
}

function refuseExisting(file: string, shown: string, force: boolean): void {
  if (force || !existsSync(file)) return;
  throw new DeckError('The file already exists', [{ code: 'file-exists', path: '', message: `${shown} already exists; demodeck new never writes over a file`, hint: 'pass --force to replace it, or choose another file name' }]);
}

function write(file: string, shown: string, text: string, force: boolean): void {
  if (force) writeFileAtomic(file, text);
  else if (!writeNewFileAtomic(file, text)) refuseExisting(file, shown, false);
}

const usage = (code: string, message: string, hint: string): DeckError => new DeckError('Cannot write the new file', [{ code, path: '', message, hint }]);

/** The JSON Schema for editors: the project's own copy (`demodeck schema`) if it has one, else the one shipped. */
function schemaRef(file: string, kind: 'deck' | 'feature' | 'case'): string {
  const name = `${kind}.schema.json`;
  const own = join(findProjectFolder(file), 'schema', name);
  const schema = existsSync(own) ? own : join(TOOL_ROOT, 'schema', name);
  return relative(dirname(file), schema).replace(/\\/g, '/');
}

/** `--from`: a valid meeting, with what the flags name put over it and its paths made relative to the new file. */
function fromExisting(options: NewMeetingOptions, file: string, cwd: string): { meeting: Draft; language: Language } {
  const from = resolve(cwd, options.from ?? '');
  const source = readYamlFile(from, relative(cwd, from) || from);
  const checked = checkDeckSource(source);
  throwIfAny(source.file, checked.problems);
  throwIfAny(source.file, crossCheckDeck(checked.value as DeckConfig, source));
  const meeting = structuredClone(source.data) as Draft;
  const deck = (meeting.deck ?? {}) as Draft;
  if (options.language !== undefined) deck.language = options.language;
  if (options.duration !== undefined) deck.duration = options.duration;
  if (options.customer !== undefined) (meeting.customer as Draft).name = options.customer;
  for (const path of [['deck', 'brand', 'logo'], ['presenter', 'logo'], ['customer', 'logo']]) {
    const parent = path.slice(0, -1).reduce<Draft | undefined>((at, key) => at?.[key] as Draft | undefined, meeting);
    const key = path.at(-1) ?? '';
    if (typeof parent?.[key] === 'string') parent[key] = relative(dirname(file), resolve(dirname(from), parent[key] as string)).replace(/\\/g, '/');
  }
  return { meeting, language: (deck.language as Language | undefined) ?? 'en' };
}

/** The written text must be a meeting that validates; a failure here is the tool's bug, not the user's. Returns the placeholders it holds. */
function selfCheck(text: string, shown: string): number {
  const source = parseYamlText(text, shown);
  const checked = checkDeckSource(source);
  const problems: Problem[] = checked.value === undefined ? checked.problems : [...checked.problems, ...crossCheckDeck(checked.value, source)];
  if (problems.length > 0) throw new Error(`demodeck new wrote a meeting that does not validate:\n${problems.map((p) => `${p.path}: ${p.message}`).join('\n')}\n\n${text}`);
  return placeholderFields(source).length;
}
