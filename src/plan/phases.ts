// The implementation plan's phases and their days, shared by the staircase overview and the
// implementation slide so both show the same numbers.
import type { ResolvedMeeting, ResolvedNeed } from '../types.js';
import type { Translate } from './text.js';

const PHASES = [
  { key: 'prepare', share: 0.15 },
  { key: 'configure', share: 0.35 },
  { key: 'go-live', share: 0.35 },
  { key: 'review', share: 0.15 },
] as const;

export interface Phase {
  title: string;
  /** Days as shown, e.g. "2 days". */
  days: string;
  dayCount: number;
  text: string;
}

export function totalDays(meeting: ResolvedMeeting, needs: readonly ResolvedNeed[]): number {
  const cards = needs.reduce((n, need) => n + need.features.length, 0);
  // Without a quoted delivery, estimate two days of set-up plus a day and a half per feature card.
  return meeting.config.pricing?.delivery.days ?? Math.ceil(2 + cards * 1.5);
}

/** "1 day", "2.5 days". */
export function daysText(days: number, t: Translate): string {
  return t(days === 1 ? 'day' : 'days', { days });
}

export function phases(total: number, t: Translate): Phase[] {
  // Half days for the first phases, never more than is left; the last phase takes the rest.
  const round = (n: number): number => Number(n.toFixed(1));
  let used = 0;
  return PHASES.map((phase, i) => {
    const share = Math.min(Math.round(total * phase.share * 2) / 2, Math.max(0, total - used));
    const dayCount = i === PHASES.length - 1 ? round(Math.max(0, total - used)) : share;
    used += dayCount;
    return { title: t(`phase-${phase.key}`), days: daysText(dayCount, t), dayCount, text: t(`phase-${phase.key}-text`) };
  });
}
