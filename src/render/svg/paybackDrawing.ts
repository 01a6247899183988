// The payback as a decision maker reads it: one bar per month for three years, the cumulative
// net value (the one-time cost below zero at month 0), a mark where it crosses zero, and the
// three-year net at the end. Drawn at build time; every label is laid out to fit, never cut.
import type { PaybackChart } from '../../plan/slidePlan.js';
import { path, rect, svg, textBlock } from './svgMarkup.js';
import { fit } from './textLayout.js';

/** Drawn at about its own size beside the value points on a 1280 × 720 slide, so 18 units ≈ 18 px. */
export const PAYBACK_W = 600;
const H = 420;
const SIDE = 12;
const LABEL = 22;
const MIN_LABEL = 18;

export function paybackDrawing(chart: PaybackChart): string {
  const values = chart.cumulative;
  const months = Math.max(1, values.length - 1);
  const crosses = chart.paybackMonths !== null;
  const top = crosses ? 64 : 100;
  const bottom = H - 52;
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const y = (v: number): number => top + ((max - v) / span) * (bottom - top);
  const slot = (PAYBACK_W - 2 * SIDE) / (months + 1);
  const x = (month: number): number => SIDE + (month + 0.5) * slot;
  const zero = y(0);
  const half = (PAYBACK_W - 2 * SIDE) / 2 - 8;

  const bars = values.map((v, m) => {
    const from = Math.min(zero, y(v));
    const height = Math.max(1, Math.abs(y(v) - zero));
    return rect(x(m) - slot * 0.36, from, slot * 0.72, height, v < 0 ? 'dd-f-negative' : 'dd-f-accent');
  });
  const axis = path(`M${SIDE} ${round(zero)}H${PAYBACK_W - SIDE}`, 'dd-s-axis');
  const ticks = [0, 12, 24, 36].filter((m) => m <= months).map((m) =>
    textBlock(fit(String(m), 60, 30, MIN_LABEL, MIN_LABEL), x(m), bottom + 8, 'dd-t-muted', { middle: false }));
  const monthsLabel = textBlock(fit(chart.months, 120, 30, MIN_LABEL, MIN_LABEL), x(30), bottom + 8, 'dd-t-muted', { middle: false });

  const oneTime = textBlock(fit(chart.oneTime, half, 50, LABEL, MIN_LABEL), SIDE, 4, 'dd-t-strong', { anchor: 'start', middle: false });
  const end = textBlock(fit(chart.end, half, 50, LABEL, MIN_LABEL), PAYBACK_W - SIDE, 4, 'dd-t-figure', { anchor: 'end', middle: false });
  let payback: string;
  if (chart.paybackMonths !== null) {
    // The mark stands where the line crosses zero. Above zero, left of the crossing, and high up
    // just right of it, there are no bars: the label sits at the top on the side with more room.
    const at = x(chart.paybackMonths);
    const right = chart.paybackMonths < 12;
    const room = right ? PAYBACK_W - SIDE - at - 10 : at - SIDE - 10;
    const box = fit(chart.payback, room, 56, LABEL, MIN_LABEL);
    payback = path(`M${round(at)} ${top - 8}V${bottom}`, 'dd-s-mark')
      + textBlock(box, right ? at + 10 : at - 10, top - 6, 'dd-t-strong', { anchor: right ? 'start' : 'end', middle: false });
  } else {
    payback = textBlock(fit(chart.payback, PAYBACK_W - 2 * SIDE, 34, LABEL, MIN_LABEL), SIDE, 52, 'dd-t-strong', { anchor: 'start', middle: false });
  }
  return svg(PAYBACK_W, H, 'payback', [...bars, axis, ...ticks, monthsLabel, oneTime, end, payback].join(''), chart.title);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
