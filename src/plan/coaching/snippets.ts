// The texts a slide answers with: what a concern or a contingency is matched against. Each
// snippet carries the answer to read out (a card's advantage, an objection's answer, a line of
// the assurance slide), so a note can say how this slide answers, not only that it does.
import type { ResolvedMeeting } from '../../types.js';
import { translator } from '../text.js';
import type { CoachedSlide } from './model.js';

export interface Snippet {
  /** What is compared with the concern. */
  text: string;
  /** What the presenter says, or shows, as the answer. */
  answer: string;
}

export function snippetsOf(entry: CoachedSlide, meeting: ResolvedMeeting): Snippet[] {
  const { slide, draft } = entry;
  const same = (text: string | undefined): Snippet[] => (text ? [{ text, answer: text }] : []);
  const body = slide.body;
  // The language's own colon and dash: an ASCII ": " after a Chinese name breaks the Chinese rules.
  const t = translator(meeting.strings);
  const labelled = (label: string, text: string): string => `${label}${t('label-colon')}${text}`;
  switch (body.kind) {
    case 'need': {
      const need = draft.need;
      return [...same(need?.payoff), ...same(need?.problem), ...same(need?.implication), ...same(slide.title)];
    }
    case 'ffab': {
      const card = draft.card;
      if (!card) return [];
      return [
        ...same(card.advantage), ...same(card.benefit), ...Object.values(card.benefitsByRole).flatMap(same),
        ...same(card.feature), ...same(card.function),
        ...card.questions.map((q) => ({ text: `${q.q} ${q.a}`, answer: q.a })),
        { text: `${card.name} ${card.demo.join(' ')}`, answer: card.advantage },
      ];
    }
    case 'assurance':
      return body.lines.flatMap(same);
    case 'implementation':
      return [...body.lines.flatMap(same), ...body.phases.map((p) => ({ text: `${p.title} ${p.text}`, answer: p.text }))];
    case 'value':
      return body.columns.flatMap((c) => c.items.map((i) => ({ text: `${c.title} ${i.text}`, answer: [i.figure, i.text].filter(Boolean).join(' ') })));
    case 'case':
      return [...body.sections.map((s) => ({ text: s.text, answer: labelled(body.client, s.text) })), ...body.results.map((r) => ({ text: r.label, answer: labelled(body.client, [r.label, r.change ?? r.after].filter(Boolean).join(' ')) }))];
    case 'comparison':
      return [
        ...body.rows.map((row) => ({ text: row.join(' '), answer: row.slice(1).join(t('row-separator')) })),
        ...body.advantages.flatMap(same),
        // Competitor names live in the notes only; they still tell where a contingency about them happens.
        ...meeting.config.competitors.map((c) => ({ text: [c.name, ...c.strengths, ...c.weaknesses, ...c.rebuttals].join(' '), answer: c.rebuttals[0] ?? c.name })),
      ];
    case 'pricing':
      return [
        ...meeting.objections.filter((o) => o.kind === 'price' || o.kind === 'budget').map((o) => ({ text: `${o.says} ${o.answer}`, answer: o.answer })),
        ...body.rows.map((r) => ({ text: r.item, answer: labelled(r.item, r.amount) })),
      ];
    case 'closing':
      return [
        ...same(body.action),
        ...meeting.objections.filter((o) => o.kind === 'timing' || o.kind === 'interest' || o.kind === 'trust').map((o) => ({ text: `${o.says} ${o.answer}`, answer: o.answer })),
      ];
    case 'situation':
      return body.rows.map((r) => ({ text: `${r.need} ${r.situation} ${r.problem}`, answer: r.problem }));
    default:
      return same(slide.title);
  }
}
