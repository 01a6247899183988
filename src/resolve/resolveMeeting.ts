// Turns ids into library entries in the deck's language. Unknown ids are reported all at once,
// each with its line and column and the closest known id.
import { basename, dirname, extname, join, relative } from 'node:path';
import { DeckError, type Problem } from '../errors.js';
import { findThemeCss, IMAGE_EXTENSIONS, listThemes, MAX_IMAGE_BYTES, readImageAsDataUri } from '../load/assets.js';
import { TOOL_ROOT } from '../load/toolRoot.js';
import type { YamlSource } from '../load/yamlSource.js';
import { codeFrame } from '../source/codeFrame.js';
import { suggest } from '../source/didYouMean.js';
import { byPosition, formatPath, locate } from '../source/location.js';
import { listSplits } from '../source/listSplits.js';
import { placeholderFields } from '../source/placeholders.js';
import type { ContentLibrary } from '../validate/contentLibrary.js';
import type { DeckConfig, InlineCase, InlineFeature } from '../validate/deckSchema.js';
import type { EmbeddedImage, Language, MeetingPlaceholder, ResolvedCase, ResolvedFeature, ResolvedMeeting, ResolvedNeed } from '../types.js';
import { withBrand } from '../theme/brandTheme.js';
import { industriesOf } from './industry.js';
import { localizeCase, localizeFeature, localizeObjection, localizeProduct } from './localize.js';
import { insideProject } from './projectFolder.js';
import { liftFigure } from './resultFigure.js';

export interface ResolveInput {
  config: DeckConfig;
  source: YamlSource;
  deckFile: string;
  projectDir: string;
  library: ContentLibrary;
  /** A --templates folder: its themes/ come before the project's and the shipped ones. */
  templatesDir?: string;
  /** Problems already found in the deck file, reported together with its unknown references. */
  problems?: readonly Problem[];
}

export function resolveMeeting({ config, source, deckFile, projectDir, library, templatesDir, problems: earlier = [] }: ResolveInput): ResolvedMeeting {
  const language: Language = config.deck.language;
  const problems: Problem[] = [];
  const report = (path: (string | number)[], code: string, message: string, hint: string): void => {
    const loc = locate(source, path);
    problems.push({ code, path: formatPath(path), message, hint, loc, frame: codeFrame(source.text, loc.line, loc.col) });
  };
  const focus = new Set(config.goal?.focus ?? []);
  const industries = industriesOf(config.customer.industry);

  const needs: ResolvedNeed[] = config.needs.map((need, order) => {
    const features: ResolvedFeature[] = [];
    need.features.forEach((ref, i) => {
      if (typeof ref !== 'string') {
        features.push(inlineFeature(ref, ref.id ?? `${need.id}-${i + 1}`));
        return;
      }
      const entry = library.get('features', ref);
      if (!entry) {
        report(['needs', order, 'features', i], 'unknown-feature', `no feature card \`${ref}\` in content/features/`, suggest(ref, library.ids('features'), 'a card id:'));
        return;
      }
      features.push(localizeFeature(entry.id, entry.origin, entry.value, language, industries));
    });
    return {
      id: need.id,
      title: need.title,
      priority: need.priority,
      focus: focus.has(need.id),
      order,
      situation: need.situation,
      problem: need.problem,
      implication: need.implication,
      payoff: need.payoff,
      value: need.value ?? features.find((f) => f.value)?.value ?? 'reduce-cost',
      features,
    };
  });

  const cases: ResolvedCase[] = [];
  config.cases.forEach((ref, i) => {
    if (typeof ref !== 'string') {
      cases.push(inlineCase(ref, ref.id ?? `case-${i + 1}`));
      return;
    }
    const entry = library.get('cases', ref);
    if (!entry) report(['cases', i], 'unknown-case', `no case \`${ref}\` in content/cases/`, suggest(ref, library.ids('cases'), 'a case id:'));
    else cases.push(localizeCase(entry.id, entry.value, language, industries));
  });

  let product: ResolvedMeeting['product'];
  if (config.deck.product !== undefined) {
    const entry = library.get('products', config.deck.product);
    if (!entry) report(['deck', 'product'], 'unknown-product', `no product \`${config.deck.product}\` in content/products/`, suggest(config.deck.product, library.ids('products'), 'a product id:'));
    else product = localizeProduct(entry.id, entry.value, language);
  }

  const themeDirs = [...(templatesDir ? [join(templatesDir, 'themes')] : []), join(projectDir, 'templates', 'themes'), join(TOOL_ROOT, 'templates', 'themes')];
  const themeCss = findThemeCss(config.deck.theme, themeDirs);
  if (themeCss === undefined) report(['deck', 'theme'], 'unknown-theme', `no theme \`${config.deck.theme}\``, suggest(config.deck.theme, listThemes(themeDirs), 'a theme:'));

  const logos: ResolvedMeeting['logos'] = {};
  const embed = (path: (string | number)[], relativePath: string | undefined): EmbeddedImage | undefined => {
    if (relativePath === undefined) return undefined;
    const file = insideProject(projectDir, dirname(deckFile), relativePath);
    if (!file) {
      report(path, 'path-outside', `\`${relativePath}\` is outside the project folder ${projectDir}`, 'put the file inside the project (for example in assets/) and write a path relative to the deck file');
      return undefined;
    }
    const image = readImageAsDataUri(file);
    if (image.ok) return { dataUri: image.dataUri };
    const why = {
      missing: [`\`${relativePath}\` does not exist`, 'check the path; it is relative to the deck file'],
      type: [`\`${extname(relativePath) || relativePath}\` is not an image type the deck can show`, `use one of ${IMAGE_EXTENSIONS.join(', ')}`],
      size: [`\`${relativePath}\` is larger than ${MAX_IMAGE_BYTES / 1024} KB`, 'use a smaller image; a logo needs a few KB'],
      special: [`\`${relativePath}\` is not a regular file (a folder, pipe or device)`, 'point at an image file inside the project'],
    }[image.reason];
    report(path, `logo-${image.reason}`, why[0] ?? '', why[1] ?? '');
    return undefined;
  };
  logos.customer = embed(['customer', 'logo'], config.customer.logo);
  logos.presenter = embed(['presenter', 'logo'], config.presenter?.logo);
  logos.brand = embed(['deck', 'brand', 'logo'], config.deck.brand?.logo);

  if (earlier.length > 0) throw new DeckError(`${source.file} has problems`, byPosition([...earlier, ...problems]));
  if (problems.length > 0) throw new DeckError(`${source.file} refers to things that do not exist`, problems);

  const objections = library.ids('objections').flatMap((id) => {
    const entry = library.get('objections', id);
    return entry ? [localizeObjection(id, entry.value, language, industries)] : [];
  });

  return {
    deckName: basename(deckFile).replace(/\.ya?ml$/i, ''),
    deckFile,
    projectDir,
    language,
    config,
    industries,
    strings: library.strings(language),
    product,
    needs,
    cases,
    objections,
    themeCss: withBrand(themeCss ?? '', config.deck.brand),
    logos,
    listSplits: listSplits(source),
    placeholders: [...placeholderFields(source), ...projectPlaceholders(config, library, projectDir)],
  };
}

/** Placeholders left in the project's own cards and cases this deck uses, each file once, in the order the deck names them. */
function projectPlaceholders(config: DeckConfig, library: ContentLibrary, projectDir: string): MeetingPlaceholder[] {
  const refs = [
    ...config.needs.flatMap((n) => n.features).filter((f): f is string => typeof f === 'string').map((id) => ['features', id] as const),
    ...config.cases.filter((c): c is string => typeof c === 'string').map((id) => ['cases', id] as const),
  ];
  const seen = new Set<string>();
  return refs.flatMap(([kind, id]) => {
    const entry = library.get(kind, id);
    if (!entry || entry.origin !== 'project' || seen.has(entry.file)) return [];
    seen.add(entry.file);
    const file = relative(projectDir, entry.file).replace(/\\/g, '/');
    return library.placeholders(kind, id).map((field) => ({ ...field, file }));
  });
}

function inlineFeature(card: InlineFeature, id: string): ResolvedFeature {
  return {
    id,
    origin: 'inline',
    name: card.name,
    value: card.value,
    feature: card.feature,
    function: card.function,
    advantage: card.advantage,
    benefit: card.benefit,
    benefitsByRole: {},
    demo: card.demo ?? [],
    mustShow: card.must_show ?? [],
    prepare: card.prepare ?? [],
    questions: [],
    industryFit: { status: 'fits' },
  };
}

function inlineCase(entry: InlineCase, id: string): ResolvedCase {
  return {
    id,
    client: entry.client,
    industry: entry.industry,
    industryTags: [],
    problem: entry.problem,
    solution: entry.solution,
    delivery: entry.delivery,
    results: entry.results.map(liftFigure),
    recognition: entry.recognition ?? [],
  };
}
