// The appendix: slides kept ready for when someone asks — technical detail for experienced
// listeners, the answers the cards expect, and reassurance for a resistant listener.
import type { Person, ResolvedNeed } from '../types.js';
import type { PlanContext, SlideDraft } from './context.js';

/** Rule 7: experienced listeners are rational and want technical detail. */
export function technicalBackup(ctx: PlanContext, need: ResolvedNeed, experienced: readonly Person[]): SlideDraft {
  const { t } = ctx;
  // What happens and its limits, in the customer's terms; the click path stays in the notes.
  const items = need.features.flatMap((card) => [
    { label: card.name, text: card.function },
    ...card.questions.slice(0, 2).map((q) => ({ label: q.q, text: q.a })),
  ]);
  return {
    kind: 'backup',
    section: 'appendix',
    appendix: true,
    title: t('technical-title', { need: need.title }),
    reason: t('reason-technical', { names: experienced.map((p) => p.name).join(t('list-separator')) }),
    alsoFor: experienced,
    body: { kind: 'backup', items },
    say: [t('say-technical')],
    need,
  };
}

export function questionsBackup(ctx: PlanContext, needs: readonly ResolvedNeed[]): SlideDraft | undefined {
  const { t } = ctx;
  const items = needs.flatMap((n) => n.features.flatMap((f) => f.questions.map((q) => ({ label: q.q, text: q.a })))).slice(0, 6);
  if (items.length === 0) return undefined;
  return {
    kind: 'backup',
    section: 'appendix',
    appendix: true,
    audienceKind: 'qna',
    title: t('questions-backup-title'),
    reason: t('reason-questions-backup'),
    body: { kind: 'backup', items },
    say: [t('say-questions-backup')],
  };
}

/** Rule 6: a resistant listener sees the project as risk; show how the risk is kept low. */
export function assuranceSlide(ctx: PlanContext, resistant: readonly Person[]): SlideDraft {
  const { t, meeting } = ctx;
  const firstCase = meeting.cases[0];
  const lines = [
    t('assurance-method'),
    firstCase ? t('assurance-reference', { client: firstCase.client }) : t('assurance-reference-generic'),
    // One offer, in the author's words: the call to action, never a pilot scope of our own.
    meeting.config.closing?.call_to_action ? t('assurance-first-step', { action: meeting.config.closing.call_to_action }) : t('assurance-pilot'),
    t('assurance-support'),
  ];
  return {
    kind: 'assurance',
    section: 'implementation',
    title: t('assurance-title'),
    reason: t('reason-assurance', { names: resistant.map((p) => p.name).join(t('list-separator')) }),
    alsoFor: resistant,
    body: { kind: 'assurance', lines },
    say: [t('say-assurance'), ...resistant.map((p) => t('say-assurance-person', { name: p.name }))],
  };
}
