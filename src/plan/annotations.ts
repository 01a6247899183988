// Notes that depend on the finished deck: where to invite supporters to speak, which backup
// slide answers an experienced listener, where the excitement points land, what to do if plans
// change. They run after slides have their final numbers.
import type { Person } from '../types.js';
import type { PlanContext } from './context.js';
import type { PlannedSlide } from './slidePlan.js';

/** Rule 6: each supporter is invited to speak where a slide they care about first comes up. */
export function noteSupporters(ctx: PlanContext, slides: PlannedSlide[]): void {
  for (const name of ctx.meeting.config.strategy?.supporters ?? []) {
    // In a variant built for the supporter, they are the audience, not a voice to bring in.
    if (name === ctx.primary?.person.name) continue;
    const main = slides.filter((s) => !s.appendix);
    const slide = main.find((s) => (s.kind === 'need' || s.kind === 'ffab') && s.for.includes(name)) ?? main.find((s) => s.kind === 'situation');
    slide?.notes.say.push(ctx.t('say-invite-supporter', { name }));
  }
}

/** Rule 7: the main slides of a need point experienced listeners to its technical backup. */
export function noteTechnicalBackups(ctx: PlanContext, slides: PlannedSlide[], backupOf: ReadonlyMap<PlannedSlide, { needId: string; people: readonly Person[] }>): void {
  for (const [backup, { needId, people }] of backupOf) {
    for (const slide of slides) {
      if (slide.appendix || slide.kind !== 'need' || slide.needId !== needId) continue;
      slide.notes.ready.push(ctx.t('ready-technical', { names: people.map((p) => p.name).join(ctx.t('list-separator')), index: backup.index }));
    }
  }
}

/** Rule 10: an excitement point is marked on the slide whose need or card it mentions. */
export function noteExcitement(ctx: PlanContext, slides: PlannedSlide[], textsOf: ReadonlyMap<PlannedSlide, string>): void {
  const main = slides.filter((s) => !s.appendix && (s.kind === 'ffab' || s.kind === 'need'));
  // Cards moved to the appendix still count: the point is then made from the need's slide,
  // with the backup to show, rather than promised on a slide that cannot deliver it.
  const backups = slides.filter((s) => s.appendix && s.needId !== undefined && s.body.kind === 'ffab');
  for (const point of ctx.meeting.config.strategy?.excitement ?? []) {
    let best: PlannedSlide | undefined;
    let bestScore = 0;
    for (const slide of [...main, ...backups]) {
      const score = overlap(point, textsOf.get(slide) ?? slide.title);
      if (score > bestScore) {
        best = slide;
        bestScore = score;
      }
    }
    if (best && bestScore >= 2 && best.appendix) {
      const needSlide = main.find((s) => s.kind === 'need' && s.needId === best?.needId);
      if (needSlide) {
        needSlide.notes.say.push(ctx.t('say-excitement-backup', { point, index: best.index }));
        continue;
      }
    }
    const target = bestScore >= 2 && best && !best.appendix ? best : main.find((s) => s.kind === 'ffab') ?? main[0];
    target?.notes.say.push(ctx.t('say-excitement', { point }));
  }
}

/** Rule 10: contingencies are read before the meeting starts, so they sit on the opening. */
export function noteContingencies(ctx: PlanContext, slides: PlannedSlide[]): void {
  const opening = slides.find((s) => s.kind === 'opening') ?? slides[0];
  for (const c of ctx.meeting.config.strategy?.contingencies ?? []) {
    opening?.notes.ready.push(ctx.t('ready-contingency', { if: c.if, action: c.then }));
  }
}

/** Shared words (Latin) and character pairs (Chinese) between two texts. */
export function overlap(a: string, b: string): number {
  const tokens = (text: string): Set<string> => {
    const lower = text.toLowerCase();
    const words = lower.match(/[a-z0-9]{4,}/g) ?? [];
    const han = [...lower.matchAll(/[\u4e00-\u9fff]+/g)].flatMap((m) => {
      const run = m[0];
      return Array.from({ length: Math.max(0, run.length - 1) }, (_, i) => run.slice(i, i + 2));
    });
    return new Set([...words.map((w) => w.slice(0, 6)), ...han]);
  };
  const left = tokens(a);
  let shared = 0;
  for (const token of tokens(b)) if (left.has(token)) shared++;
  return shared;
}
