// The appendix: slides kept ready for when someone asks — technical detail for experienced
// listeners, the answers the cards expect, and reassurance for a resistant listener.
import type { Person, ResolvedNeed } from '../types.js';
import type { PlanContext, SlideDraft } from './context.js';

/** Rule 7: experienced listeners are rational and want technical detail. */
export function technicalBackup(ctx: PlanContext, need: ResolvedNeed, experienced: readonly Person[]): SlideDraft {
  const { t } = ctx;
  const items = need.features.flatMap((card) => [
    { label: card.name, text: card.function },
    ...(card.demo.length > 0 ? [{ label: t('demo-title'), text: card.demo.map((s, i) => `${i + 1}. ${s}`).join(t('sentence-separator')) }] : []),
    ...card.questions.slice(0, 1).map((q) => ({ label: q.q, text: q.a })),
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
    t('assurance-pilot'),
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
