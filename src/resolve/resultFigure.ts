// A case written inline gives its results as sentences ("Write-offs down 55 percent in the first
// year"). A result sells on its figure, so the figure the sentence states is lifted out of it:
// a change ("−55%"), or where it went from and to ("3 days → 3 hours", with the change when both
// are measured alike). The sentence stays the label; a sentence without a figure stays text.
import type { CaseResult } from '../types.js';

const MINUS = '\u2212';
const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const CHINESE_NUMBER = '[一二两三四五六七八九十百千万半]+';
const UNIT_EN = String.raw`%|percent|per cent|working days?|days?|hours?|hrs?|minutes?|mins?|weeks?|months?|years?|times|k|m|million|thousand|bn`;
const UNIT_ZH = '%|个工作日|工作日|天|小时|分钟|周|个月|月|年|次|人|家|项|元|万元|千元|万|亿';
const CURRENCY = String.raw`(?:USD|CNY|EUR|RMB|US\$|\$|¥|€|£)\s?`;

/** An amount as written: an optional currency, a number and an optional unit. */
const AMOUNT_EN = String.raw`(?:${CURRENCY})?${NUMBER}(?:\s?(?:${UNIT_EN})\b|%)?`;
const AMOUNT_ZH = `(?:${CURRENCY})?(?:${NUMBER}|${CHINESE_NUMBER})\\s?(?:${UNIT_ZH})?`;

const FROM_TO_EN = new RegExp(String.raw`\bfrom\s+(${AMOUNT_EN})\s+(?:down\s+|up\s+)?to\s+(${AMOUNT_EN})`, 'i');
const FROM_TO_ZH = new RegExp(`[从由]\\s?(${AMOUNT_ZH})\\s?[\\u4e00-\\u9fff]{0,3}?[到至为]\\s?(${AMOUNT_ZH})`);
const ARROW = new RegExp(`(${AMOUNT_EN}|${AMOUNT_ZH})\\s*(?:→|->|=>)\\s*(${AMOUNT_EN}|${AMOUNT_ZH})`);
const PERCENT = new RegExp(String.raw`([-+${MINUS}]?)(${NUMBER})\s?(?:%|％|\s(?:percent|per cent)\b)`, 'i');
const MULTIPLE = new RegExp(String.raw`(${NUMBER})\s?(?:x|×|times)\s+(?:faster|quicker|more|higher|as)\b|(${NUMBER})\s?倍`, 'i');

const DOWN = /\b(down|fell|falls?|dropped|drops?|cut|cuts|reduced?|reduces|reduction|lower|less|fewer|decreased?|shrank|saved|saves)\b|下降|减少|降低|缩短|压缩|节省|节约|降/i;
const UP = /\b(up|rose|rises?|grew|grows?|increased?|increases|higher|more|gained?|improved?|boosted?)\b|提升|提高|增长|增加|上升|增/i;

/** Minutes in one of each time unit, so "3 days → 3 hours" has a change too. */
const MINUTES: [RegExp, number][] = [[/^min/, 1], [/^(hour|hr)/, 60], [/^(working day|day)/, 60 * 24], [/^week/, 60 * 24 * 7], [/^month/, 60 * 24 * 30], [/^year/, 60 * 24 * 365], [/^分钟/, 1], [/^小时/, 60], [/^(个?工作日|天)/, 60 * 24], [/^周/, 60 * 24 * 7], [/^个?月/, 60 * 24 * 30], [/^年/, 60 * 24 * 365]];

export function liftFigure(sentence: string): CaseResult {
  const fromTo = FROM_TO_EN.exec(sentence) ?? FROM_TO_ZH.exec(sentence) ?? ARROW.exec(sentence);
  if (fromTo?.[1] && fromTo[2]) {
    const before = fromTo[1].trim();
    const after = fromTo[2].trim();
    const change = changeBetween(before, after);
    return { label: sentence, before, after, ...(change ? { change } : {}), figureFromLabel: true };
  }
  const percent = PERCENT.exec(sentence);
  if (percent?.[2]) {
    const written = percent[1] === '-' ? MINUS : percent[1];
    const sign = written || directionOf(sentence);
    return { label: sentence, change: `${sign}${percent[2]}%`, figureFromLabel: true };
  }
  const multiple = MULTIPLE.exec(sentence);
  const times = multiple?.[1] ?? multiple?.[2];
  if (times) return { label: sentence, change: `${times}×`, figureFromLabel: true };
  return { label: sentence };
}

function directionOf(sentence: string): string {
  const down = DOWN.exec(sentence);
  const up = UP.exec(sentence);
  if (down && (!up || down.index <= up.index)) return MINUS;
  return up ? '+' : '';
}

/** The change from one amount to the other, when both are numbers measured in the same way. */
function changeBetween(before: string, after: string): string | undefined {
  const from = measure(before);
  const to = measure(after);
  if (!from || !to || from.value === 0 || from.kind !== to.kind) return undefined;
  const ratio = (to.value - from.value) / from.value;
  // Rounded half away from zero, so a fall of 87.5% reads 88% as a rise of 87.5% would.
  const size = Math.round(Math.abs(ratio) * 100);
  if (size === 0) return undefined;
  return ratio < 0 ? `${MINUS}${size}%` : `+${size}%`;
}

function measure(amount: string): { value: number; kind: string } | undefined {
  const match = /(\d+(?:[.,]\d+)*)\s?(.*)$/.exec(amount.replace(/^\D*?(?=\d)/, ''));
  if (!match?.[1]) return undefined;
  const value = Number(match[1].replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
  if (!Number.isFinite(value)) return undefined;
  const unit = (match[2] ?? '').trim().toLowerCase();
  const perUnit = MINUTES.find(([pattern]) => pattern.test(unit))?.[1];
  if (perUnit !== undefined) return { value: value * perUnit, kind: 'time' };
  // A percentage going from 14% to 16% changed by two points, not by 14%: no change is derived.
  if (unit === '%' || unit.startsWith('percent') || unit.startsWith('per cent')) return undefined;
  return { value, kind: `${/^\D+/.exec(amount)?.[0]?.trim() ?? ''}|${unit}` };
}
