// The plan's warnings as the build prints them. Most codes print one line each; slides moved to
// the appendix can number in the hundreds (a 500-need meeting in 30 minutes moves ~1,000), so past
// a handful they print as one line with the count, and plan.json keeps the full list.
import type { SlidePlan } from '../plan/slidePlan.js';
import type { Translate } from '../plan/text.js';

/** Up to this many moved slides are named one by one: few enough to read at a glance. */
export const MOVED_LISTED = 5;

export function warningLines(plan: SlidePlan, t: Translate): string[] {
  const moved = plan.warnings.filter((w) => w.code === 'time-overflow');
  const summarise = moved.length > MOVED_LISTED;
  const lines: string[] = [];
  for (const warning of plan.warnings) {
    if (summarise && warning.code === 'time-overflow') {
      if (warning === moved[0]) lines.push(`  warning time-overflow: ${t('warn-time-overflow-summary', { count: moved.length, minutes: plan.duration })}`);
      continue;
    }
    lines.push(`  warning ${warning.code}: ${warning.message}`);
  }
  return lines;
}
