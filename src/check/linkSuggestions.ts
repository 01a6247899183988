// The fixes readiness prints for a concern or an excitement point the deck could not place: the
// YAML to add, with an `at` to consider. The `at` is a suggestion from shared words — the only
// place word overlap is used — for the author to confirm, never a placement on a slide.
import type { Translate } from '../plan/text.js';
import { overlap } from '../plan/words.js';
import type { ResolvedMeeting } from '../types.js';

/** The need or card whose texts share most words with `text`, or a placeholder when none shares any. */
export function suggestedAt(meeting: ResolvedMeeting, text: string, t: Translate): string {
  let best: { id: string; score: number } | undefined;
  for (const need of meeting.needs) {
    const needScore = overlap(text, [need.title, need.problem, need.payoff].filter(Boolean).join(' '));
    if (needScore > (best?.score ?? 0)) best = { id: need.id, score: needScore };
    for (const card of need.features) {
      const score = overlap(text, [card.name, card.feature, card.function, card.advantage, ...card.demo].join(' '));
      if (score > (best?.score ?? 0)) best = { id: card.id, score };
    }
  }
  return best?.id ?? t('link-at-unknown');
}

/** A YAML string the way a reader would write it: quoted, with quotes inside escaped. */
export function yamlQuoted(text: string): string {
  return JSON.stringify(text);
}
