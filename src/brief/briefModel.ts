// The rehearsal brief (step 5): everything the presenter reads before the meeting, built from
// the plan. Pure: the resolved meeting and plan in, the brief's data out.
import { derivePositioning } from '../plan/evidenceSlides.js';
import type { PlannedSlide, SlidePlan } from '../plan/slidePlan.js';
import type { Translate } from '../plan/text.js';
import { briefValueCase, type BriefValueCase } from './briefValue.js';
import { demoPrep, type DemoPrep } from './demoPrep.js';
import { runSheet, type RunBlock } from './runSheet.js';

// The command line and the tests read clock times from here.
export { clock, parseClock } from './clockText.js';
import type { Person, ResolvedMeeting, Role } from '../types.js';

export interface BriefPerson {
  name: string;
  title?: string;
  role: string;
  decision: string;
  stance: string;
  resistant: boolean;
  experienced: boolean;
  concerns: string[];
  background?: string;
  stress: string;
  questions: { q: string; a: string }[];
  handling?: string;
}

export interface Brief {
  deck: string;
  language: string;
  title: string;
  customer: string;
  date?: string;
  message: string;
  /** The run-sheet: one block per run of the plan, in minute order, then the buffer. */
  runSheet: RunBlock[];
  totalMinutes: number;
  people: BriefPerson[];
  competitors: { name: string; positioning: string; strengths: string[]; weaknesses: string[]; rebuttals: string[] }[];
  /** Each contingency with the slide whose notes carry it and, with a `jump_to`, its key. */
  contingencies: { if: string; then: string; where: string; key: string }[];
  /** "Shift+1: slide 16, “What it is worth to you” — if …", one line per jump key. */
  keys: string[];
  supporters: { name: string; when: string }[];
  /** Per live block: must-show and if-time steps, the data to prepare, the fallback; then the contingencies' steps. */
  demoPrep: DemoPrep;
  scorecard: string[];
  /** Budget, timeline, decision process and who decides, each with its label; unknown ones say so. */
  qualification: { label: string; text: string }[];
  /** The value case with its arithmetic written out; absent without `value:`. */
  valueCase?: BriefValueCase;
}

/** Which objections a decision maker tends to raise, by role: stalls about money and timing are
 * the owner's and the budget holder's to make. */
const OBJECTION_KINDS_BY_ROLE: Record<Role, readonly string[]> = {
  executive: ['price', 'budget', 'timing'],
  'business-lead': ['price', 'timing', 'trust'],
  manager: ['trust'],
  user: [],
  peer: ['trust'],
};

/** The objections a person is likely to raise (issue 22): a decision maker those of their role; an
 * influencer only a doubt, and only when not already a supporter ("let me think it over" is not a
 * supporter's line), and "not interested" only when resistant; a user or a bystander none. */
function objectionKinds(person: Person): readonly string[] {
  if (person.decision === 'decision-maker') return OBJECTION_KINDS_BY_ROLE[person.role];
  if (person.decision !== 'influencer' || person.stance === 'supporter' || person.role === 'user') return [];
  return person.stance === 'resistant' ? ['trust', 'interest'] : ['trust'];
}

/** Each question once (issue 22): it stays with the first person it fits, decision makers first. */
function onceEach(people: BriefPerson[], weight: (p: BriefPerson) => number): BriefPerson[] {
  const seen = new Set<string>();
  const order = [...people].sort((a, b) => weight(a) - weight(b));
  const kept = new Map(order.map((p) => [p, p.questions.filter((q) => !seen.has(q.q) && seen.add(q.q))]));
  return people.map((p) => ({ ...p, questions: kept.get(p) ?? [] }));
}

export function buildBrief(meeting: ResolvedMeeting, plan: SlidePlan, t: Translate, startMinutes: number): Brief {
  const { config } = meeting;
  const main = plan.slides.filter((s) => !s.appendix);
  // Clock times only when the build was given `--start`; minutes from the start always.
  const blocks = runSheet(meeting, plan, t, plan.clockStart === undefined ? undefined : startMinutes);
  return {
    deck: plan.deck,
    language: plan.language,
    title: config.deck.title,
    customer: config.customer.name,
    date: config.deck.date,
    message: config.goal?.message ?? t('default-message', { customer: config.customer.name }),
    runSheet: blocks,
    totalMinutes: plan.duration,
    people: onceEach(
      config.audience.map((person) => briefPerson(meeting, plan, main, person, t)),
      (p) => DECISION_ORDER.indexOf(config.audience.find((a) => a.name === p.name)?.decision ?? 'none'),
    ),
    qualification: qualification(meeting, t),
    competitors: config.competitors.map((c) => ({
      name: c.name,
      positioning: t(`positioning-${derivePositioning(c)}`),
      strengths: c.strengths,
      weaknesses: c.weaknesses,
      rebuttals: c.rebuttals,
    })),
    contingencies: plan.contingencies.map((c) => ({
      if: c.if,
      // eslint-disable-next-line unicorn/no-thenable -- the brief template reads `then`, as the config names it
      then: c.action,
      where: t('brief-where', { index: c.slide }),
      key: c.key === null ? '' : `Shift+${c.key}`,
    })),
    keys: plan.contingencies.flatMap((c) => {
      const target = plan.slides.find((s) => s.index === c.jumpTo);
      return c.key === null || !target ? [] : [t('brief-key-line', { key: c.key, index: target.index, title: target.title, if: c.if })];
    }),
    supporters: (config.strategy?.supporters ?? []).map((name) => ({ name, when: supporterMoment(main, name, t) })),
    demoPrep: demoPrep(meeting, plan, blocks, t),
    scorecard: scorecard(meeting, t),
    valueCase: plan.value ? briefValueCase(plan.value, plan.quote, config.strategy?.supporters ?? [], t) : undefined,
  };
}

const DECISION_ORDER: readonly string[] = ['decision-maker', 'influencer', 'user', 'none'];

/** The qualification facts in a block of their own: what is known, and what is still to ask. */
function qualification(meeting: ResolvedMeeting, t: Translate): Brief['qualification'] {
  const q = meeting.config.qualification ?? {};
  const facts: [string, string | undefined][] = [['budget', q.budget], ['timeline', q.timeline], ['decision-process', q.decision_process], ['notes', q.notes]];
  const deciders = meeting.config.audience.filter((p) => p.decision === 'decision-maker').map((p) => p.name);
  return [
    ...facts.filter(([key, text]) => text !== undefined || key !== 'notes').map(([key, text]) => ({ label: t(`brief-qual-${key}`), text: text ?? t('brief-qual-unknown') })),
    { label: t('brief-qual-deciders'), text: deciders.length > 0 ? deciders.join(t('list-separator')) : t('brief-qual-unknown') },
  ];
}

function briefPerson(meeting: ResolvedMeeting, plan: SlidePlan, main: readonly PlannedSlide[], person: Person, t: Translate): BriefPerson {
  const theirCards = main.filter((s) => s.kind === 'ffab' && s.for.includes(person.name)).map((s) => s.title);
  const theirConcerns = plan.concerns.filter((c) => c.person === person.name);
  const answeredOn = new Set(theirConcerns.flatMap((c) => (c.slide === null ? [] : [c.slide])));
  const answering = main.filter((s) => answeredOn.has(s.index)).map((s) => s.title);
  // An owner asks about what they care about, not how a screen is configured: an executive is given
  // only the questions of the cards that answer their own concerns; the detail goes to whoever runs it.
  const cardQuestions = likelyQuestions(meeting, person.role === 'executive' ? theirCards.filter((c) => answering.includes(c)) : theirCards, answering);
  const objections = meeting.objections
    .filter((o) => objectionKinds(person).includes(o.kind))
    .slice(0, 2)
    .map((o) => ({ q: o.says, a: o.answer }));
  const stress = [t(`stress-${person.role}`), ...(person.experienced ? [t('stress-experienced')] : [])].join(t('sentence-separator'));
  return {
    name: person.name,
    title: person.title,
    role: t(`role-${person.role}`),
    decision: t(`decision-${person.decision}`),
    stance: t(`stance-${person.stance}`),
    resistant: person.stance === 'resistant',
    experienced: person.experienced,
    // The brief says the answer the deck gives, and where; or that no slide answers it yet.
    concerns: theirConcerns.map((c) => {
      if (c.slide !== null) return c.answer !== null ? t('brief-concern-answered', { concern: c.concern, answer: c.answer, index: c.slide }) : t('brief-concern-unwritten', { concern: c.concern, index: c.slide });
      return c.answer !== null ? t('brief-concern-said', { concern: c.concern, answer: c.answer }) : t('brief-concern-open', { concern: c.concern });
    }),
    background: person.background,
    stress,
    questions: [...cardQuestions, ...objections],
    handling: person.stance === 'resistant' ? t('brief-handle-resistant', { name: person.name }) : undefined,
  };
}

/** Up to three questions from the cards a person sees: those of the cards that answer their concerns
 * first, then one per card in deck order, so people who see the same cards are not given the same list. */
function likelyQuestions(meeting: ResolvedMeeting, cardNames: readonly string[], answering: readonly string[]): { q: string; a: string }[] {
  const cards = meeting.needs.flatMap((n) => n.features).filter((f) => cardNames.includes(f.name));
  const scored = cards.flatMap((card, c) => card.questions.map((q, i) => ({ q, c, i, score: answering.includes(card.name) ? 1 : 0 })));
  scored.sort((a, b) => b.score - a.score || a.i - b.i || a.c - b.c);
  const seen = new Set<string>();
  return scored.filter(({ q }) => !seen.has(q.q) && seen.add(q.q)).slice(0, 3).map(({ q }) => q);
}

function supporterMoment(main: readonly PlannedSlide[], name: string, t: Translate): string {
  // The very note the plan wrote for this supporter (as a supporter, a need's owner or a peer), not just any line that mentions the name.
  const invites = ['say-invite-supporter', 'say-invite-owner', 'say-invite-peer'].map((key) => t(key, { name }));
  const slide = main.find((s) => s.notes.say.some((line) => invites.includes(line)));
  return slide ? t('brief-supporter-when', { index: slide.index, title: slide.title }) : t('brief-supporter-anytime');
}

/** Step 1's goals turned into questions to rate after the meeting. */
function scorecard(meeting: ResolvedMeeting, t: Translate): string[] {
  const { config } = meeting;
  const questions = [t('score-message', { message: config.goal?.message ?? t('default-message', { customer: config.customer.name }) })];
  for (const need of meeting.needs.filter((n) => n.focus || n.priority === 1)) questions.push(t('score-need', { need: need.title }));
  for (const reason of config.goal?.why_us ?? []) questions.push(t('score-why-us', { reason }));
  for (const advantage of config.goal?.advantages ?? []) questions.push(t('score-advantage', { advantage }));
  for (const person of config.audience.filter((p) => p.decision !== 'none')) questions.push(t('score-person', { name: person.name }));
  questions.push(t('score-action', { action: config.closing?.call_to_action ?? t('default-call-to-action') }));
  return questions;
}
