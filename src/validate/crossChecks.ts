// Rules that span fields of one deck config: ids that must match other entries in the file.
import type { Problem } from '../errors.js';
import { codeFrame } from '../source/codeFrame.js';
import { suggest } from '../source/didYouMean.js';
import type { YamlSource } from '../load/yamlSource.js';
import { formatPath, locate } from '../source/location.js';
import type { DeckConfig } from './deckSchema.js';
import { cardIdsOf, checkLinks } from './linkChecks.js';
import { checkValueCase } from './valueChecks.js';

export function crossCheckDeck(config: DeckConfig, source: YamlSource): Problem[] {
  const problems: Problem[] = [];
  const report = (path: (string | number)[], code: string, message: string, hint: string): void => {
    const loc = locate(source, path);
    problems.push({ code, path: formatPath(path), message, hint, loc, frame: codeFrame(source.text, loc.line, loc.col) });
  };

  const needIds: string[] = [];
  config.needs.forEach((need, i) => {
    if (needIds.includes(need.id)) report(['needs', i, 'id'], 'duplicate-need', `need id \`${need.id}\` is used twice`, 'give every need its own id');
    needIds.push(need.id);
  });
  config.goal?.focus.forEach((id, i) => {
    if (!needIds.includes(id)) report(['goal', 'focus', i], 'unknown-need', `\`${id}\` is not the id of a need in this file`, suggest(id, needIds, 'a need id:'));
  });

  const names: string[] = [];
  config.audience.forEach((person, i) => {
    if (names.includes(person.name)) report(['audience', i, 'name'], 'duplicate-person', `\`${person.name}\` appears twice in the audience`, 'list each person once');
    names.push(person.name);
  });
  config.strategy?.supporters.forEach((name, i) => {
    if (!names.includes(name)) report(['strategy', 'supporters', i], 'unknown-person', `\`${name}\` is not a person in \`audience\``, suggest(name, names, 'a name from the audience:'));
  });
  checkJumps(config, needIds, report);
  checkLinks(config, report);
  checkValueCase(config, needIds, report);
  return problems;
}

type Report = (path: (string | number)[], code: string, message: string, hint: string) => void;

/** A section a contingency may jump to, and whether this deck has that section. */
const SECTIONS: Record<string, (config: DeckConfig) => boolean> = {
  value: () => true,
  pricing: (c) => c.pricing !== undefined,
  closing: () => true,
  comparison: (c) => c.competitors.length > 0,
  cases: (c) => c.cases.length > 0,
  implementation: () => true,
};

function checkJumps(config: DeckConfig, needIds: readonly string[], report: Report): void {
  config.strategy?.contingencies.forEach((c, i) => {
    if (c.jump_to === undefined) return;
    const path = ['strategy', 'contingencies', i, 'jump_to'];
    // A need id wins over a section id of the same name: needs are the user's own names.
    if (needIds.includes(c.jump_to) || cardIdsOf(config).includes(c.jump_to)) {
      if (i >= 9) report(path, 'jump-without-key', `contingency ${i + 1} has a jump, but the deck's keys go from Shift+1 to Shift+9`, 'move this contingency among the first nine, or drop its jump_to');
      return;
    }
    const section = SECTIONS[c.jump_to];
    if (!section) {
      const targets = [...needIds, ...cardIdsOf(config), ...Object.keys(SECTIONS)];
      report(path, 'unknown-jump', `\`${c.jump_to}\` is neither a need id, a card id used in this deck, nor a section (${Object.keys(SECTIONS).join(', ')})`, suggest(c.jump_to, targets, 'a need id, a card id or a section:'));
    } else if (!section(config)) {
      report(path, 'jump-to-missing-section', `this deck has no \`${c.jump_to}\` slide to jump to`, c.jump_to === 'pricing' ? 'add `pricing:` to the deck, or jump to `value` or `closing`' : c.jump_to === 'comparison' ? 'add `competitors:`, or jump to another section' : 'add `cases:`, or jump to another section');
    } else if (i >= 9) {
      report(path, 'jump-without-key', `contingency ${i + 1} has a jump, but the deck's keys go from Shift+1 to Shift+9`, 'move this contingency among the first nine, or drop its jump_to');
    }
  });
}
