// Step 2 of the method: who is in the room, who decides, and what each role wants to hear.
import type { Decision, Person, Role } from '../types.js';
import type { SlideKind } from './slidePlan.js';

/** Senior people first: when several roles attend, satisfy the highest-ranking one first. */
export const ROLE_RANK: Record<Role, number> = { executive: 0, 'business-lead': 1, manager: 2, user: 3, peer: 4 };
const DECISION_RANK: Record<Decision, number> = { 'decision-maker': 0, influencer: 1, user: 2, none: 3 };

export interface PrimaryAudience {
  person: Person;
  /** False when nobody in the room can decide: the plan then warns. */
  decides: boolean;
}

export function primaryAudience(people: readonly Person[]): PrimaryAudience | undefined {
  const ranked = people
    .map((person, order) => ({ person, order }))
    .sort((a, b) =>
      ROLE_RANK[a.person.role] - ROLE_RANK[b.person.role] ||
      DECISION_RANK[a.person.decision] - DECISION_RANK[b.person.decision] ||
      a.order - b.order);
  const decider = ranked.find(({ person }) => person.decision === 'decision-maker');
  if (decider) return { person: decider.person, decides: true };
  const first = ranked[0];
  return first ? { person: first.person, decides: false } : undefined;
}

/** Which roles a kind of slide speaks to, from the role table of step 2. */
const INTEREST: Record<SlideKind, readonly Role[] | 'everyone'> = {
  title: 'everyone',
  opening: 'everyone',
  agenda: 'everyone',
  situation: 'everyone',
  overview: ['executive', 'business-lead', 'manager', 'peer'],
  need: ['executive', 'business-lead', 'manager', 'user'],
  ffab: ['business-lead', 'manager', 'user'],
  value: ['executive', 'business-lead', 'peer'],
  comparison: ['executive', 'business-lead', 'manager'],
  case: ['executive', 'business-lead', 'manager', 'peer'],
  implementation: ['business-lead', 'manager', 'user'],
  assurance: ['executive', 'business-lead', 'manager'],
  pricing: ['executive', 'business-lead'],
  closing: 'everyone',
  qna: 'everyone',
  // Backups speak to whoever they were made for (alsoFor) or to the kind they stand in for.
  backup: [],
};

export function caresAbout(kind: SlideKind, person: Person): boolean {
  const roles = INTEREST[kind];
  return roles === 'everyone' || roles.includes(person.role);
}

export function peopleFor(kind: SlideKind, people: readonly Person[], extra: readonly Person[] = []): Person[] {
  const roles = INTEREST[kind];
  const chosen = roles === 'everyone' ? [...people] : people.filter((p) => roles.includes(p.role));
  for (const person of extra) if (!chosen.includes(person)) chosen.push(person);
  // A slide nobody in the room asked for still speaks to the senior person present.
  if (chosen.length === 0) {
    const senior = [...people].sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role])[0];
    if (senior) chosen.push(senior);
  }
  return [...people].filter((p) => chosen.includes(p));
}

/** How a note may name a person: the full name, the first name, 王总 / 陈经理 for 王建国 / 陈洁,
 * or a Chinese job title without its last character (仓管 for 仓管员, 财务 for 财务经理). */
export function namesOf(person: Person): string[] {
  const names = [person.name];
  if (person.title && /^[\u4e00-\u9fff]{3,}$/.test(person.title)) names.push(person.title.slice(0, 2));
  const words = person.name.split(/\s+/);
  const first = words[0];
  if (first && first !== person.name && first.length > 2) names.push(first);
  // "Mr Brennan", "Ms Lin": a surname alone could be the company's name too (Hartwell of Hartwell Supplies).
  const last = words.length > 1 ? words.at(-1) : undefined;
  if (last) names.push(...['Mr', 'Ms', 'Mrs', 'Dr'].map((title) => `${title} ${last}`));
  if (/^[\u4e00-\u9fff]{2,4}$/.test(person.name)) names.push(...['总', '经理', '工', '主任', '主管', '总监', '部长', '科长', '处长', '老师', '董'].map((suffix) => `${person.name[0]}${suffix}`));
  return names;
}
