// What the slide a link points at says in answer, when the author gave no words of their own.
import type { ResolvedFeature, ResolvedMeeting, ResolvedNeed } from '../../types.js';
import type { Translate } from '../text.js';
import type { LinkTarget } from './model.js';

/** Which answering slides this meeting has at all. */
export interface MeetingShape {
  valueCase: boolean;
  pricing: boolean;
  assurance: boolean;
}

export function findCard(meeting: ResolvedMeeting, cardId: string): { need: ResolvedNeed; card: ResolvedFeature } | undefined {
  for (const need of meeting.needs) {
    const card = need.features.find((f) => f.id === cardId);
    if (card) return { need, card };
  }
  return undefined;
}

/** What the slide at a target says in answer when the author gave no words of their own. */
export function answerAt(meeting: ResolvedMeeting, shape: MeetingShape, target: LinkTarget, t: Translate): { text: string; showable: boolean } | undefined {
  switch (target.kind) {
    case 'card': {
      const found = findCard(meeting, target.cardId);
      // The card's own lines speak for the card, not to this concern: the notes ask for the answer instead of inventing one.
      return found ? { text: t('answer-in-your-words', { slide: found.card.name }), showable: false } : undefined;
    }
    case 'need': {
      const need = meeting.needs.find((n) => n.id === target.needId);
      return need ? { text: t('answer-in-your-words', { slide: need.title }), showable: false } : undefined;
    }
    case 'section':
      switch (target.section) {
        case 'value': return shape.valueCase ? { text: t('answer-value-case'), showable: false } : { text: t('answer-value-summary'), showable: false };
        case 'pricing': return { text: t('answer-pricing'), showable: false };
        case 'assurance': return { text: t('answer-assurance'), showable: false };
        case 'implementation': return { text: t('answer-implementation'), showable: false };
        case 'cases': return { text: t('answer-case'), showable: false };
        case 'comparison': return { text: t('answer-comparison'), showable: false };
        case 'closing': return { text: t('answer-closing'), showable: false };
      }
  }
}

