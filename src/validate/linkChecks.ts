// The links an author writes between parts of one meeting (concern → slide, excitement → slide,
// need → owner and evidence, contingency → jump and the cards it shows): each must point at something this deck has, or
// it is refused at its line with the names it could have meant. A link is only worth more than a
// guess when it cannot point nowhere.
import { suggest } from '../source/didYouMean.js';
import type { DeckConfig } from './deckSchema.js';

type Report = (path: (string | number)[], code: string, message: string, hint: string) => void;

/** Sections a link may name, and whether this deck has each. A jump cannot go to the assurance slide. */
export const LINK_SECTIONS: Readonly<Record<string, (config: DeckConfig) => boolean>> = {
  value: () => true,
  pricing: (c) => c.pricing !== undefined,
  implementation: () => true,
  cases: (c) => c.cases.length > 0,
  comparison: (c) => c.competitors.length > 0,
  closing: () => true,
  // The reassurance slide, built when someone in the room is resistant.
  assurance: (c) => c.audience.some((p) => p.stance === 'resistant'),
};

/** The card ids a deck uses: library ids and the ids given to inline cards. */
export function cardIdsOf(config: DeckConfig): string[] {
  return config.needs.flatMap((need) => need.features.flatMap((card) => (typeof card === 'string' ? [card] : card.id ? [card.id] : [])));
}

/** What a need's `evidence` may name: a case id in `cases`, or an inline case's id or client. */
export function caseNamesOf(config: DeckConfig): string[] {
  return config.cases.flatMap((c) => (typeof c === 'string' ? [c] : [...(c.id ? [c.id] : []), c.client]));
}

const JUMP_SECTIONS = Object.fromEntries(Object.entries(LINK_SECTIONS).filter(([id]) => id !== 'assurance'));

/** What to do when a section a link names is missing from this deck. */
const MISSING_SECTION_HINT: Readonly<Record<string, string>> = {
  pricing: 'add `pricing:` to the deck, or link to `value` or a need',
  comparison: 'add `competitors:`, or link to another section',
  cases: 'add `cases:`, or link to another section',
  assurance: 'the assurance slide is shown when someone is `stance: resistant`; link to `implementation` instead',
};

export function checkLinks(config: DeckConfig, report: Report): void {
  const needIds = config.needs.map((n) => n.id);
  const cardIds = cardIdsOf(config);
  const names = config.audience.map((p) => p.name);
  /** A need id wins over a card id and a section id of the same name: needs are the user's own names. */
  const checkTarget = (path: (string | number)[], at: string, sections: Readonly<Record<string, (config: DeckConfig) => boolean>>, kind: 'link' | 'jump'): boolean => {
    if (needIds.includes(at) || cardIds.includes(at)) return true;
    const section = sections[at];
    if (!section) {
      const targets = [...needIds, ...cardIds, ...Object.keys(sections)];
      report(path, `unknown-${kind}`, `\`${at}\` is neither a need id, a card id used in this deck, nor a section (${Object.keys(sections).join(', ')})`, suggest(at, targets, 'a need id, a card id or a section:'));
      return false;
    }
    if (!section(config)) {
      report(path, `${kind}-to-missing-section`, `this deck has no \`${at}\` slide${kind === 'jump' ? ' to jump to' : ''}`, MISSING_SECTION_HINT[at] ?? 'link to another section');
      return false;
    }
    return true;
  };
  config.strategy?.contingencies.forEach((c, i) => {
    const path = ['strategy', 'contingencies', i, 'jump_to'];
    if (c.jump_to !== undefined && checkTarget(path, c.jump_to, JUMP_SECTIONS, 'jump') && i >= 9) {
      report(path, 'jump-without-key', `contingency ${i + 1} has a jump, but the deck's keys go from Shift+1 to Shift+9`, 'move this contingency among the first nine, or drop its jump_to');
    }
    // `show` names cards whose click path the presenter must have ready: only cards this deck holds have one.
    c.show?.forEach((id, s) => {
      if (!cardIds.includes(id)) report(['strategy', 'contingencies', i, 'show', s], 'unknown-card', `\`${id}\` is not a card used in this deck`, suggest(id, cardIds, 'a card id from `needs[].features`:'));
    });
  });
  config.audience.forEach((person, p) => {
    person.concerns.forEach((c, i) => {
      if (typeof c !== 'string' && c.at !== undefined) checkTarget(['audience', p, 'concerns', i, 'at'], c.at, LINK_SECTIONS, 'link');
    });
  });
  config.strategy?.excitement.forEach((e, i) => {
    if (typeof e !== 'string' && e.at !== undefined) checkTarget(['strategy', 'excitement', i, 'at'], e.at, LINK_SECTIONS, 'link');
  });
  const caseNames = caseNamesOf(config);
  config.needs.forEach((need, i) => {
    if (need.owner !== undefined && !names.includes(need.owner)) {
      report(['needs', i, 'owner'], 'unknown-person', `\`${need.owner}\` is not a person in \`audience\``, suggest(need.owner, names, 'a name from the audience:'));
    }
    if (need.evidence !== undefined && !caseNames.includes(need.evidence)) {
      report(['needs', i, 'evidence'], 'unknown-evidence', `\`${need.evidence}\` is not a case of this deck`, caseNames.length === 0 ? 'add the case to `cases:` (a library id or an inline case), then name it here' : suggest(need.evidence, caseNames, 'a case in `cases`:'));
    }
  });
  const inlineIds = new Map<string, string>();
  config.needs.forEach((need, n) => need.features.forEach((card, i) => {
    if (typeof card === 'string' || card.id === undefined) return;
    const earlier = inlineIds.get(card.id);
    if (earlier !== undefined || needIds.includes(card.id)) {
      report(['needs', n, 'features', i, 'id'], 'duplicate-card-id', `card id \`${card.id}\` is already ${earlier ?? 'a need id'}`, 'give each inline card an id of its own, different from every need id');
    }
    inlineIds.set(card.id, `used at ${need.id}`);
  }));
}
