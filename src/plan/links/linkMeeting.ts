// One pure step: the author's links and the meeting's structure in, explicit targets out. Every
// other part of planning (notes, the reassurance slide, evidence, the time budget, the brief)
// reads these targets; none of them matches words on its own.
import type { ResolvedCase, ResolvedMeeting } from '../../types.js';
import type { ConcernConfig, ExcitementConfig } from '../../validate/deckSchema.js';
import type { Translate } from '../text.js';
import { isLinkSection, type ConcernLink, type ExcitementLink, type LinkTarget, type MeetingLinks } from './model.js';
import { answerAt } from './answers.js';
import { structuralConcern, structuralExcitement } from './structure.js';
import type { MeetingShape } from './answers.js';

export function concernText(c: ConcernConfig): string {
  return typeof c === 'string' ? c : c.concern;
}

export function excitementText(e: ExcitementConfig): string {
  return typeof e === 'string' ? e : e.point;
}

export function linkMeeting(meeting: ResolvedMeeting, shape: MeetingShape, t: Translate): MeetingLinks {
  const { config } = meeting;
  const concerns: ConcernLink[] = config.audience.flatMap((person) => person.concerns.map((c): ConcernLink => {
    const concern = concernText(c);
    const given = typeof c === 'string' ? undefined : c;
    const target = given?.at === undefined ? undefined : targetOf(meeting, given.at);
    if (target) {
      if (given?.answer !== undefined) return { person, concern, target, answer: given.answer, showable: true, by: 'author' };
      const said = answerAt(shape, target, t);
      return { person, concern, target, answer: said?.text, showable: said?.showable ?? false, by: 'author' };
    }
    const found = structuralConcern(meeting, shape, concern, t);
    // The author's own answer is what is said, wherever the structure places it.
    if (given?.answer !== undefined) return { person, concern, target: found?.target, answer: given.answer, showable: true, by: found ? 'structure' : undefined };
    return found ? { person, concern, ...found, by: 'structure' } : { person, concern, showable: false };
  }));
  const excitement: ExcitementLink[] = (config.strategy?.excitement ?? []).map((e) => {
    const point = excitementText(e);
    const target = typeof e === 'string' || e.at === undefined ? undefined : targetOf(meeting, e.at);
    if (target) return { point, target, by: 'author' };
    const found = structuralExcitement(meeting, point);
    return found ? { point, target: found, by: 'structure' } : { point };
  });
  const decisive = new Set(config.audience.filter((p) => p.decision === 'decision-maker' || p.stance === 'resistant'));
  const mainLineCards = new Set<string>([
    ...concerns.filter((c) => decisive.has(c.person)).flatMap((c) => cardOf(c.target)),
    ...excitement.flatMap((e) => cardOf(e.target)),
  ]);
  return { concerns, excitement, evidence: evidenceOf(meeting), mainLineCards };
}

function cardOf(target: LinkTarget | undefined): string[] {
  return target?.kind === 'card' ? [target.cardId] : [];
}

/** A config `at` (validated already): a need id wins, as everywhere, over a card id and a section. */
export function targetOf(meeting: ResolvedMeeting, at: string): LinkTarget | undefined {
  if (meeting.needs.some((n) => n.id === at)) return { kind: 'need', needId: at };
  if (meeting.needs.some((n) => n.features.some((f) => f.id === at))) return { kind: 'card', cardId: at };
  return isLinkSection(at) ? { kind: 'section', section: at } : undefined;
}

/** Per need, the case the author named in `needs[].evidence` (a case id, or an inline case's id or client). */
function evidenceOf(meeting: ResolvedMeeting): Map<string, ResolvedCase> {
  const out = new Map<string, ResolvedCase>();
  for (const need of meeting.config.needs) {
    if (need.evidence === undefined) continue;
    const found = meeting.cases.find((c) => c.id === need.evidence || c.client === need.evidence);
    if (found) out.set(need.id, found);
  }
  return out;
}
