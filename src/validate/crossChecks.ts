// Rules that span fields of one deck config: ids that must match other entries in the file.
import type { Problem } from '../errors.js';
import { codeFrame } from '../source/codeFrame.js';
import { suggest } from '../source/didYouMean.js';
import type { YamlSource } from '../load/yamlSource.js';
import { formatPath, locate } from '../source/location.js';
import type { DeckConfig } from './deckSchema.js';
import { checkLinks } from './linkChecks.js';
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
  checkLinks(config, report);
  checkValueCase(config, needIds, report);
  const { buffer, duration } = config.deck;
  // Five minutes at least are planned for slides: a title, a welcome and the ask.
  if (buffer !== undefined && buffer > duration - 5) report(['deck', 'buffer'], 'buffer-too-long', `a buffer of ${buffer} minutes leaves less than 5 of the ${duration} for the slides`, `use at most ${Math.max(0, duration - 5)} minutes, or leave it out for 10% of the meeting`);
  return problems;
}
