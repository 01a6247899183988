// Value talk on the three value points, positioning against competitors through selection
// criteria, and success cases — same-industry first.
import type { CaseResult, Competitor, Positioning, ResolvedCase, ResolvedMeeting, ResolvedNeed, ValuePoint } from '../types.js';
import { VALUE_POINTS } from '../validate/enums.js';
import { comparisonRows } from './comparisonRows.js';
import type { PlanContext, SlideDraft } from './context.js';
import { labelForChange, measuredAt } from './evidence.js';
import { benefitFor } from './needSlides.js';
import type { ValueItem } from './slidePlan.js';

const ITEMS_PER_VALUE_POINT = 3;

export function valueSlide(ctx: PlanContext, needs: readonly ResolvedNeed[]): SlideDraft {
  const { t, meeting } = ctx;
  const role = ctx.primary?.person.role;
  const shown = new Set<CaseResult>();
  const columns = VALUE_POINTS.map((point) => {
    const items: ValueItem[] = [];
    for (const need of needs) {
      for (const card of need.features) {
        if ((card.value ?? need.value) !== point) continue;
        if (!card.metric) {
          items.push({ text: benefitFor(card, role) });
          continue;
        }
        // A case in this deck that measured the same thing speaks instead of the card, with its name.
        const measured = measuredAt(meeting, card.metric.measures);
        if (measured) {
          if (!shown.has(measured.result)) items.push({ figure: measured.result.change ?? measured.result.after, text: t('value-item-measured', { label: labelForChange(measured.result.label), client: measured.client }) });
          shown.add(measured.result);
        } else {
          items.push({ figure: card.metric.figure, text: t('value-item-typical', { label: card.metric.label }) });
        }
      }
    }
    for (const c of meeting.cases) {
      for (const r of c.results) {
        if (items.length >= ITEMS_PER_VALUE_POINT * 2) break;
        // Only a change is a gain; a level on its own ("16% margin") says nothing about value.
        if (r.change && !shown.has(r) && resultValuePoint(r.label, t) === point) {
          items.push({ figure: r.change, text: t('value-item-measured', { label: labelForChange(r.label), client: c.client }) });
          shown.add(r);
        }
      }
    }
    return { point, title: t(`value-${point}`), items: withFiguresFirst(items).slice(0, ITEMS_PER_VALUE_POINT) };
  });
  return {
    kind: 'value',
    section: 'value',
    title: t('value-title'),
    reason: t('reason-value'),
    // A value point nothing in this meeting speaks to is left out rather than shown empty.
    body: { kind: 'value', columns: columns.some((c) => c.items.length > 0) ? columns.filter((c) => c.items.length > 0) : columns.map((c) => ({ ...c, items: [{ text: t('value-empty') }] })) },
    say: [t('say-value'), t('say-value-figures')],
  };
}

// A value slide sells on numbers: entries with a figure come first, otherwise in plan order.
function withFiguresFirst(items: ValueItem[]): ValueItem[] {
  return [...items].sort((a, b) => Number(b.figure !== undefined) - Number(a.figure !== undefined));
}

/** Case results carry no value point; words in the label place them (cost, days, sales…). */
function resultValuePoint(label: string, t: PlanContext['t']): ValuePoint | undefined {
  const lower = label.toLowerCase();
  for (const point of VALUE_POINTS) {
    if (t(`value-words-${point}`).split('|').some((word) => lower.includes(word))) return point;
  }
  return undefined;
}

/** Words that say a rival's strength is being big, broad or famous, in both languages. */
const BIG_AND_BROAD = /\b(broad|breadth|wide|complete|comprehensive|full[- ]featured|all[- ]in[- ]one|large|big|biggest|size|brand|well[- ]known|famous|leader|leading|market share|international|global)\b|大|全|广|齐|品牌|知名|名气|龙头|领先|国际|规模|老牌/i;

export function derivePositioning(competitor: Competitor): Positioning {
  if (competitor.positioning) return competitor.positioning;
  // If they were in first, reposition them; against a big, broad rival, anchor on core needs
  // ("big and complete can be the most mediocre"); otherwise hand over the selection criteria.
  if (competitor.incumbent) return 'reposition';
  if (competitor.strengths.some((s) => BIG_AND_BROAD.test(s))) return 'core-needs';
  return 'criteria';
}

export function comparisonSlide(ctx: PlanContext, needs: readonly ResolvedNeed[]): SlideDraft {
  const { t, meeting } = ctx;
  const competitors = meeting.config.competitors;
  const positionings = [...new Set(competitors.map(derivePositioning))];
  const rows = comparisonRows(ctx, needs, positionings);
  const ready = competitors.flatMap((c) => [
    t('ready-positioning', { competitor: c.name, line: t(`positioning-${derivePositioning(c)}`) }),
    ...c.rebuttals.map((r) => t('ready-rebuttal', { competitor: c.name, rebuttal: r })),
  ]);
  return {
    kind: 'comparison',
    section: 'comparison',
    title: t('comparison-title'),
    reason: t('reason-comparison', { count: competitors.length }),
    body: {
      kind: 'comparison',
      headers: [t('col-criterion'), t('col-our-answer'), t('col-how-to-check')],
      rows,
      advantages: meeting.config.goal?.advantages ?? [],
      advantagesTitle: t('advantages-title'),
    },
    say: [t('say-comparison')],
    ready,
  };
}

/** Same-industry cases first: an owner trusts a peer's result more than a feature list. */
export function rankCases(meeting: ResolvedMeeting): ResolvedCase[] {
  const industry = (meeting.config.customer.industry ?? '').toLowerCase();
  const words = industry.split(/[^a-z0-9\u4e00-\u9fff]+/).filter((w) => w.length > 2);
  const score = (c: ResolvedCase): number => {
    if (!industry) return 0;
    const caseIndustry = (c.industry ?? '').toLowerCase();
    if (caseIndustry && (caseIndustry.includes(industry) || industry.includes(caseIndustry))) return 2;
    const tags = c.industryTags.flatMap((tag) => tag.split('-'));
    return words.some((w) => tags.includes(w) || caseIndustry.includes(w)) ? 1 : 0;
  };
  return meeting.cases.map((c, i) => ({ c, i, s: score(c) })).sort((a, b) => b.s - a.s || a.i - b.i).map(({ c }) => c);
}

export function caseSlide(ctx: PlanContext, entry: ResolvedCase, appendix: boolean): SlideDraft {
  const { t } = ctx;
  const sections = [
    entry.business ? { label: t('case-business'), text: entry.business } : undefined,
    { label: t('case-problem'), text: entry.problem },
    { label: t('case-solution'), text: entry.solution },
    entry.delivery ? { label: t('case-delivery'), text: entry.delivery } : undefined,
  ].filter((s): s is { label: string; text: string } => s !== undefined);
  return {
    kind: 'case',
    section: appendix ? 'appendix' : 'cases',
    appendix,
    title: t('case-title', { client: entry.client }),
    reason: t(appendix ? 'reason-case-backup' : 'reason-case'),
    body: { kind: 'case', client: entry.client, industry: entry.industry, sections, results: entry.results, recognition: entry.recognition },
    say: [t('say-case'), t('say-case-results')],
    // A case in the appendix is there for when someone asks, not to be timed.
    minutes: appendix ? 0 : undefined,
  };
}
