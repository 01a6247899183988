// Where the tool is sure without a link: a concern or an excitement point that names a card of
// this deck, asks one of a card's own questions, or is about money, a failed project or
// the disruption of going live — topics whose answer is a slide the tool builds itself. Never
// from words two free texts happen to share (docs/tailoring.md, "Links").
import type { ResolvedMeeting } from '../../types.js';
import type { Translate } from '../text.js';
import { moneyTopic } from '../words.js';
import type { LinkTarget } from './model.js';
import { answerAt, type MeetingShape } from './answers.js';

export type { MeetingShape };

const FAILED_PROJECT = /\b(fail(s|ed|ure)?|went wrong|go(es)? wrong|flop\w*)\b|\b(last|previous|earlier|old)\b.{0,40}\b(tool|system|project|software|erp|rollout)\b.{0,40}\b(dropped|abandoned|shelved|never used|gave up|given up)\b|失败|搞砸|烂尾|半途而废|不了了之|没用起来|黄了/i;
const GO_LIVE_DISRUPTION = /\b(disrupt\w*|downtime|go-?live|cut-?over|switch-?over|changeover|during (the )?(implementation|roll-?out|switch))\b|上线期间|切换期间|实施期间|停工|停产|影响正常/i;

/** Lower case, without spaces and punctuation: "Quick quotation" is found in "quick-quotation?" too. */
function squeeze(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Whether a text names something by its whole name or title (at least four letters). */
export function textNames(text: string, name: string): boolean {
  const wanted = squeeze(name);
  return wanted.length >= 4 && squeeze(text).includes(wanted);
}

/** The card a text names by its name. A need's title names a topic, not an answer ("does From
 * timesheet to invoice also upload to the portals?" asks for something the need may not cover). */
export function namedTarget(meeting: ResolvedMeeting, text: string): LinkTarget | undefined {
  for (const need of meeting.needs) {
    for (const card of need.features) if (textNames(text, card.name)) return { kind: 'card', cardId: card.id };
  }
  return undefined;
}

interface StructuralAnswer {
  target: LinkTarget;
  answer?: string;
  showable: boolean;
}

export function structuralConcern(meeting: ResolvedMeeting, shape: MeetingShape, concern: string, t: Translate): StructuralAnswer | undefined {
  const at = (target: LinkTarget, answer?: string): StructuralAnswer => {
    // A card's own question comes with its own answer: that one answers the concern in words.
    if (answer !== undefined) return { target, answer, showable: true };
    const said = answerAt(shape, target, t);
    return { target, answer: said?.text, showable: said?.showable ?? false };
  };
  // Money is answered by figures: what it returns only by a value case; what it costs by the
  // value case (which states the investment) or the quote. Otherwise it is said to be open.
  const money = moneyTopic(concern);
  if (money !== undefined) {
    if (shape.valueCase) return at({ kind: 'section', section: 'value' });
    if (money === 'cost' && shape.pricing) return at({ kind: 'section', section: 'pricing' });
    return undefined;
  }
  const named = namedTarget(meeting, concern);
  if (named) return at(named);
  for (const need of meeting.needs) {
    for (const card of need.features) {
      const question = card.questions.find((q) => squeeze(q.q).length >= 6 && (squeeze(concern).includes(squeeze(q.q)) || squeeze(q.q).includes(squeeze(concern))));
      if (question) return at({ kind: 'card', cardId: card.id }, question.a);
    }
  }
  if (FAILED_PROJECT.test(concern)) return at({ kind: 'section', section: shape.assurance ? 'assurance' : 'implementation' });
  if (GO_LIVE_DISRUPTION.test(concern)) return at({ kind: 'section', section: 'implementation' });
  return undefined;
}

export function structuralExcitement(meeting: ResolvedMeeting, point: string): LinkTarget | undefined {
  return namedTarget(meeting, point);
}
