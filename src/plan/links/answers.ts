// What the slide a link points at says in answer, when the author gave no words of their own.
import type { Translate } from '../text.js';
import type { LinkTarget } from './model.js';

/** Which answering slides this meeting has at all. */
export interface MeetingShape {
  valueCase: boolean;
  pricing: boolean;
  assurance: boolean;
}

/**
 * What the slide at a target says in answer when the author gave no words of their own: a section
 * the tool builds is named for what it shows. A card's or a need's own lines speak for the card,
 * not to this concern, so none is passed off as the answer (the notes ask the presenter for one).
 */
export function answerAt(shape: MeetingShape, target: LinkTarget, t: Translate): { text: string; showable: boolean } | undefined {
  switch (target.kind) {
    case 'card':
    case 'need':
      return undefined;
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

