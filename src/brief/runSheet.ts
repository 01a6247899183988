// The run-sheet (issue 22, point 1): what a colleague rehearses with, block by block in minute
// order. Each block is one run of the plan (plan.sections, the same whole minutes the agenda and
// the notes print), so the brief can never drift from the deck; the buffer is a block of its own.
import { runTitles, sectionRuns } from '../plan/clock.js';
import { formatMoney } from '../plan/pricing.js';
import type { PlannedSlide, SlidePlan } from '../plan/slidePlan.js';
import type { Translate } from '../plan/text.js';
import type { ResolvedMeeting } from '../types.js';
import { clock } from './clockText.js';

export interface RunBlock {
  /** Minutes from the meeting's start. */
  from: number;
  to: number;
  /** "Minutes 0–4 · 14:00–14:04 · Opening": the clock only when the build was given `--start`. */
  heading: string;
  address: string;
  say: string[];
  /** "10. Credit control at order entry (3 min)". */
  slides: string[];
  /** The numbers of those slides. */
  slideIndexes: number[];
  contingencies: string[];
  /** Someone leaving, or a close made for them, in this block. */
  marks: string[];
}

/** `start`: the meeting's clock start in minutes since midnight, when one was given. */
export function runSheet(meeting: ResolvedMeeting, plan: SlidePlan, t: Translate, start?: number): RunBlock[] {
  const main = plan.slides.filter((s) => !s.appendix);
  const sections = plan.sections.filter((s) => s.id !== 'appendix');
  const runs = sectionRuns(main);
  const titles = runTitles(sections, t);
  const everyone = meeting.config.audience.map((p) => p.name);
  const blocks: RunBlock[] = [];
  let from = 0;
  sections.forEach((section, i) => {
    const slides = runs[i] ?? [];
    const to = from + section.wholeMinutes;
    blocks.push({
      from,
      to,
      heading: heading(from, to, titles[i] ?? '', start, t),
      address: address(slides, everyone, plan, t),
      say: slides.flatMap((s) => sayFor(s, meeting, plan, t)),
      slides: slides.map((s) => t('brief-run-slide', { index: s.index, title: s.title, minutes: s.minutes })),
      slideIndexes: slides.map((s) => s.index),
      contingencies: contingenciesAt(slides, plan, t),
      marks: marks(from, to, slides, plan, t),
    });
    from = to;
  });
  // The buffer is planned for no slide: the time in hand at the end, as the agenda shows it.
  if (plan.buffer > 0) {
    const to = from + plan.buffer;
    blocks.push({ from, to, heading: heading(from, to, t('agenda-buffer'), start, t), address: t('brief-run-everyone'), say: [t('brief-run-buffer')], slides: [], slideIndexes: [], contingencies: [], marks: marks(from, to, [], plan, t) });
  }
  return blocks;
}

function heading(from: number, to: number, title: string, start: number | undefined, t: Translate): string {
  if (start === undefined) return t('brief-run-heading', { from, to, title });
  return t('brief-run-heading-clock', { from, to, title, 'clock-from': clock((start + from) * 10), 'clock-to': clock((start + to) * 10) });
}

/** The people the block's slides are for; an early leaver's own close is addressed to them first. */
function address(slides: readonly PlannedSlide[], everyone: readonly string[], plan: SlidePlan, t: Translate): string {
  const leaver = plan.leavers.find((l) => l.close !== null && slides.some((s) => s.index === l.close?.index));
  const names = [...new Set(slides.flatMap((s) => s.for))];
  if (leaver) return t('brief-run-address-leaver', { name: leaver.name });
  if (names.length === 0 || everyone.every((n) => names.includes(n))) return t('brief-run-everyone');
  return names.join(t('list-separator'));
}

/** What to say out loud on one slide: the words from the meeting file, never a stage direction alone. */
function sayFor(slide: PlannedSlide, meeting: ResolvedMeeting, plan: SlidePlan, t: Translate): string[] {
  const { config } = meeting;
  const body = slide.body;
  const lines: string[] = [];
  if (slide.kind === 'opening' && slide.index === firstOf(plan, 'opening') && config.opening?.hook) lines.push(t('brief-run-hook', { hook: config.opening.hook }));
  if (slide.kind === 'agenda') for (const l of plan.leavers) lines.push(t('brief-run-confirm-leaver', { name: l.name, minute: l.minute }));
  if (slide.kind === 'agenda') lines.push(t('brief-run-message', { message: config.goal?.message ?? t('default-message', { customer: config.customer.name }) }));
  if (body.kind === 'situation') for (const need of meeting.needs.filter((n) => n.problem)) lines.push(t('brief-run-problem', { need: need.title, problem: need.problem ?? '' }));
  if (body.kind === 'need') {
    const need = meeting.needs.find((n) => n.id === slide.needId);
    if (need?.problem) lines.push(t('brief-run-problem', { need: need.title, problem: need.problem }));
  }
  for (const e of plan.excitement.filter((x) => x.slide === slide.index)) lines.push(t('brief-run-highlight', { point: e.point }));
  if (body.kind === 'value') lines.push(...valueLines(plan, t));
  if (body.kind === 'case') lines.push(caseStory(meeting, body.client, t));
  if (body.kind === 'pricing') lines.push(...quoteLines(plan, t));
  if (body.kind === 'closing') {
    const leaver = plan.leavers.find((l) => l.close?.index === slide.index);
    const ask = config.closing?.call_to_action ?? t('default-call-to-action');
    lines.push(leaver ? t('brief-run-ask-leaver', { name: leaver.name, minute: leaver.minute, ask }) : t('brief-run-ask', { ask }), t('brief-run-fallback-ask'));
    // The final closing after an early close asks again, and says what the leaver already agreed to.
    const earlier = plan.leavers.find((l) => l.close !== null && l.close.index < slide.index);
    if (!leaver && earlier) lines.push(t('brief-run-ask-repeat', { name: earlier.name }));
  }
  for (const c of plan.concerns.filter((x) => x.slide === slide.index)) {
    lines.push(c.answer === null ? t('brief-run-concern-open', { name: c.person, concern: c.concern }) : t('brief-run-concern', { name: c.person, concern: c.concern, answer: c.answer }));
  }
  return lines;
}

function firstOf(plan: SlidePlan, kind: PlannedSlide['kind']): number | undefined {
  return plan.slides.find((s) => s.kind === kind)?.index;
}

/** The yearly value, the payback month from signing and what a month of waiting costs. */
function valueLines(plan: SlidePlan, t: Translate): string[] {
  const value = plan.value;
  if (!value) return [];
  const money = (amount: number): string => formatMoney(Math.round(amount), value.currency);
  const lines = [t('brief-run-value', { yearly: money(value.yearly) })];
  if (value.paybackMonth !== null) lines.push(t('brief-run-payback', { month: value.paybackMonth, 'month-golive': value.goLiveMonth ?? 0 }));
  // A month of waiting loses the month's gain but also saves its service fee: the net is what it costs.
  const fee = value.yearlyCost ?? 0;
  if (value.yearly > fee) {
    lines.push(fee > 0
      ? t('brief-run-waiting-net', { monthly: money((value.yearly - fee) / 12), yearly: money(value.yearly), fee: money(fee) })
      : t('brief-run-waiting', { monthly: money(value.yearly / 12), yearly: money(value.yearly) }));
  }
  return lines;
}

/** The quote line by line as the pricing slide itemises it: licences, delivery, one-time total, yearly service. */
function quoteLines(plan: SlidePlan, t: Translate): string[] {
  const quote = plan.quote;
  if (!quote) return [];
  const money = (amount: number): string => formatMoney(amount, quote.currency);
  return [
    ...quote.licence.map((l) => t('brief-run-quote-line', { item: l.item, amount: money(l.amount) })),
    t('brief-run-quote-delivery', { amount: money(quote.delivery) }),
    t('brief-run-quote-total', { amount: money(quote.oneTimeTotal) }),
    t('brief-run-quote-service', { amount: money(quote.annualService) }),
  ];
}

/** The case as a short story: who they are, what hurt, what they did, and the figures before and after. */
function caseStory(meeting: ResolvedMeeting, client: string, t: Translate): string {
  const found = meeting.cases.find((c) => c.client === client);
  if (!found) return t('brief-run-case-short', { client });
  const results = found.results.map((r) => {
    if (r.figureFromLabel || (r.before === undefined && r.after === undefined)) return r.label;
    const change = r.change ? t('brief-run-case-change', { change: r.change }) : '';
    return t('brief-run-case-result', { label: r.label, before: r.before ?? '?', after: r.after ?? '?' }) + change;
  });
  return t('brief-run-case', { client: found.client, problem: found.problem, solution: found.solution, results: results.join(t('clause-separator')) });
}

/** Each contingency read in this block, with its key and where the key jumps. */
function contingenciesAt(slides: readonly PlannedSlide[], plan: SlidePlan, t: Translate): string[] {
  const here = new Set(slides.map((s) => s.index));
  return plan.contingencies.filter((c) => here.has(c.slide)).map((c) => {
    const target = plan.slides.find((s) => s.index === c.jumpTo);
    const line = t('ready-contingency', { if: c.if, action: c.action });
    return c.key !== null && target ? line + t('brief-run-jump', { key: c.key, index: target.index, title: target.title }) : line;
  });
}

/** A leaver's minute in the block it falls in; their own close where it is made. */
function marks(from: number, to: number, slides: readonly PlannedSlide[], plan: SlidePlan, t: Translate): string[] {
  const out: string[] = [];
  for (const leaver of plan.leavers) {
    // Marked where the close starts, so the presenter knows from then on whom the minutes are for.
    if (leaver.close && from <= leaver.close.from && leaver.close.from < Math.max(to, from + 1)) {
      out.push(t('brief-run-close', { name: leaver.name, 'minute-from': leaver.close.from, 'minute-to': leaver.close.to, minute: leaver.minute }));
      if (!leaver.close.fits) out.push(t('brief-run-close-late', { name: leaver.name }));
    }
    if (from <= leaver.minute && leaver.minute < to) out.push(t('brief-run-leaves', { name: leaver.name, minute: leaver.minute }));
  }
  return out;
}
