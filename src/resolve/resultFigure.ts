// A case written inline gives its results as sentences ("Write-offs down 55 percent in the first
// year"). A result sells on its figure, so the figure the sentence states is lifted out of it:
// a change ("−55%", "+1.8 points"), or where it went from and to ("3 days → 3 hours", with the
// change when both are measured alike; "4% → <1%" keeps the sentence's bound). The sentence stays
// the label. A figure shown big is read before the sentence, so a wrong one does harm that a
// missing one does not: a sentence the patterns below cannot read for certain stays text.
import type { CaseResult } from '../types.js';

type Figure = Pick<CaseResult, 'before' | 'after' | 'change'>;

const MINUS = '\u2212';
const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const CHINESE_NUMBER = '[一二两三四五六七八九十百千万半]+';
const UNIT_EN = String.raw`%|percent|per cent|working days?|days?|hours?|hrs?|minutes?|mins?|weeks?|months?|years?|times|k|m|million|thousand|bn`;
const UNIT_ZH = '%|％|个工作日|工作日|天|小时|分钟|周|个月|月|年|次|人|家|项|元|万元|千元|万|亿';
const CURRENCY = String.raw`(?:USD|CNY|EUR|RMB|US\$|\$|¥|€|£)\s?`;

/**
 * Words that make an amount a bound or an estimate, and the sign shown for them: "under 1 percent"
 * is "<1%", never "1%". Prefixes come before the amount, suffixes after it ("1%以下").
 */
const BOUND_PREFIXES: Record<string, string> = {
  'just under': '<', under: '<', below: '<', 'less than': '<', 'fewer than': '<',
  'just over': '>', over: '>', above: '>', 'more than': '>',
  'at most': '≤', 'no more than': '≤', 'up to': '≤',
  'at least': '≥', 'no less than': '≥', 'no fewer than': '≥',
  about: '~', around: '~', roughly: '~', approximately: '~', nearly: '~', almost: '~', 'close to': '~',
  不足: '<', 不到: '<', 低于: '<', 少于: '<', 小于: '<', 未满: '<',
  不超过: '≤', 最多: '≤', 至多: '≤', 不高于: '≤', 最高: '≤',
  超过: '>', 高于: '>', 多于: '>', 大于: '>',
  至少: '≥', 不少于: '≥', 不低于: '≥',
  大约: '~', 约为: '~', 约: '~', 将近: '~', 接近: '~', 近: '~', 大概: '~', 差不多: '~',
};
const BOUND_SUFFIXES: Record<string, string> = {
  'or less': '≤', 'or fewer': '≤', 'or lower': '≤', 'or more': '≥', 'or higher': '≥',
  以下: '<', 以内: '≤', 之内: '≤', 以上: '>', 左右: '~',
};

/** An alternation of the words, longest first so "不超过" is not read as "超过". */
function alternation(words: Record<string, string>): string {
  return Object.keys(words).sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, String.raw`\s+`)).join('|');
}
const PREFIX = alternation(BOUND_PREFIXES);
const SUFFIX = alternation(BOUND_SUFFIXES);
// A bound right before or after a percentage; the lookbehind keeps "turnover" from reading as "over".
const LEADING_BOUND = new RegExp(`(?<![a-z])(${PREFIX})\\s*$`, 'i');
const TRAILING_BOUND = new RegExp(`^\\s*(${SUFFIX})`, 'i');
const OPENING_BOUND = new RegExp(`^(${PREFIX})\\s*`, 'i');
const CLOSING_BOUND = new RegExp(`\\s*(${SUFFIX})$`, 'i');
/** A percentage the result went to ("down to 1%", "降至 1%"); "up to 30%" bounds a change instead. */
const LEVEL = new RegExp(`(?:(?<!\\bup\\s+)\\bto|[到至为])\\s*(?:(?:${PREFIX})\\s*)?$`, 'i');

/** An amount as written: an optional bound, an optional currency, a number, an optional unit. */
const AMOUNT_EN = String.raw`(?:(?:${PREFIX})\s+)?(?:${CURRENCY})?${NUMBER}(?:\s?(?:${UNIT_EN})\b|%)?(?:\s+(?:${SUFFIX})\b)?`;
const AMOUNT_ZH = `(?:(?:${PREFIX})\\s?)?(?:${CURRENCY})?(?:${NUMBER}|${CHINESE_NUMBER})\\s?(?:${UNIT_ZH})?(?:\\s?(?:${SUFFIX}))?`;
const SYMBOL_AMOUNT = String.raw`[<>≤≥~≈]\s?(?:${CURRENCY})?${NUMBER}(?:\s?(?:${UNIT_EN})\b|%)?`;

const FROM_TO_EN = new RegExp(String.raw`\bfrom\s+(${AMOUNT_EN})\s+(?:down\s+|up\s+)?to\s+(${AMOUNT_EN})`, 'i');
const FROM_TO_ZH = new RegExp(`[从由]\\s?(${AMOUNT_ZH})\\s?[\\u4e00-\\u9fff]{0,3}?[到至为]\\s?(${AMOUNT_ZH})`);
const ARROW = new RegExp(`(${SYMBOL_AMOUNT}|${AMOUNT_EN}|${AMOUNT_ZH})\\s*(?:→|->|=>)\\s*(${SYMBOL_AMOUNT}|${AMOUNT_EN}|${AMOUNT_ZH})`, 'i');
/** A from-to the patterns above could not read ("from 4% down to well under 1%"): no figure rather than half of one. */
const SAYS_FROM_TO = /\bfrom\s+(?:[a-z]+\s+){0,2}\D{0,4}\d[^.;]*?\bto\b|[从由][^，。；,;]{0,6}?\d[^，。；,;]*?[到至为]|\d[^.;。；]*?(?:→|->|=>)/i;

const PERCENT = new RegExp(String.raw`([-+${MINUS}]?)(${NUMBER})\s?(?:%|％|\s(?:percent|per cent)\b)`, 'gi');
const MULTIPLE = new RegExp(String.raw`(${NUMBER})\s?(?:x|×|times)\s+(?:faster|quicker|more|higher|as)\b|(${NUMBER})\s?倍`, 'i');

// Percentage points are moved by a verb or a sign: "up 1.8 points", "+2 pp", "提高 1.8 个百分点".
// A bare "3 points" may be anything ("3 points of sale"), so it is no change.
const POINTS_UP_EN = 'up|rose|risen|rises|increased|gained|grew|grown|climbed|improved';
const POINTS_DOWN_EN = 'down|fell|fallen|falls|dropped|decreased|declined|lost|slipped|cut';
const POINTS_UP_ZH = '提高|提升|上升|增长|增加|上涨';
const POINTS_DOWN_ZH = '下降|降低|减少|回落|下跌|降';
const POINTS_EN = new RegExp(String.raw`(?:\b(${POINTS_UP_EN}|${POINTS_DOWN_EN})\s+(?:by\s+)?|([-+${MINUS}]))(${NUMBER})\s?(?:(?:percentage\s+)?points?|pts?|pp)\b`, 'i');
const POINTS_ZH = new RegExp(`(?:(${POINTS_UP_ZH}|${POINTS_DOWN_ZH})了?\\s?|([-+${MINUS}]))(${NUMBER})\\s?个?百分点`);
const FALLS = new RegExp(`^(?:${POINTS_DOWN_EN}|${POINTS_DOWN_ZH})$`, 'i');

const DOWN = /\b(down|fell|falls?|dropped|drops?|cut|cuts|reduced?|reduces|reduction|lower|less|fewer|decreased?|shrank|saved|saves)\b|下降|减少|降低|缩短|压缩|节省|节约|降/i;
const UP = /\b(up|rose|rises?|grew|grows?|increased?|increases|higher|more|gained?|improved?|boosted?)\b|提升|提高|增长|增加|上升|增/i;

/** A ratio of two scores or ranks says nothing ("satisfaction score from 6 to 9" is not "+50%"). */
const SCALE = /\b(?:score|scores|rating|rated|rank|ranked|ranking|NPS|index|grade|stars?)\b|评分|得分|打分|排名|名次|等级|指数|星级/i;

/** Minutes in one of each time unit, so "3 days → 3 hours" has a change too. */
const MINUTES: [RegExp, number][] = [[/^min/, 1], [/^(hour|hr)/, 60], [/^(working day|day)/, 60 * 24], [/^week/, 60 * 24 * 7], [/^month/, 60 * 24 * 30], [/^year/, 60 * 24 * 365], [/^分钟/, 1], [/^小时/, 60], [/^(个?工作日|天)/, 60 * 24], [/^周/, 60 * 24 * 7], [/^个?月/, 60 * 24 * 30], [/^年/, 60 * 24 * 365]];

/** "from 2019 to 2023" is when, not how much: it is no pair of levels. */
const YEAR_SPAN = /\bfrom\s+(?:19|20)\d\d\s+to\s+(?:19|20)\d\d\b|[从由]\s?(?:19|20)\d\d\s?年?\s?[到至]\s?(?:19|20)\d\d\s?年?/gi;

export function liftFigure(sentence: string): CaseResult {
  const text = sentence.replace(YEAR_SPAN, ' ');
  const figure = levels(text) ?? (SAYS_FROM_TO.test(text) ? undefined : pointsChange(text) ?? percentFigure(text) ?? multiple(text));
  return figure ? { label: sentence, ...figure, figureFromLabel: true } : { label: sentence };
}

/** Where the result went from and to, with the change the sentence states or, when both are exact and alike, the one they make. */
function levels(sentence: string): Figure | undefined {
  const fromTo = FROM_TO_EN.exec(sentence) ?? FROM_TO_ZH.exec(sentence) ?? ARROW.exec(sentence);
  if (!fromTo?.[1] || !fromTo[2]) return undefined;
  const before = amount(fromTo[1]);
  const after = amount(fromTo[2]);
  const derived = before.exact && after.exact && !SCALE.test(sentence) ? changeBetween(before.shown, after.shown) : undefined;
  const change = pointsChange(sentence)?.change ?? derived;
  return { before: before.shown, after: after.shown, ...(change ? { change } : {}) };
}

/** An amount as shown: its bound as a sign ("under 1 percent" → "<1%"), percent written "%". */
function amount(written: string): { shown: string; exact: boolean } {
  let text = written.trim();
  let sign = '';
  const prefix = OPENING_BOUND.exec(text);
  if (prefix?.[1]) {
    sign = boundSign(prefix[1]);
    text = text.slice(prefix[0].length);
  }
  const suffix = CLOSING_BOUND.exec(text);
  if (suffix?.[1]) {
    sign = boundSign(suffix[1]);
    text = text.slice(0, suffix.index);
  }
  const symbol = /^([<>≤≥~≈])\s?/.exec(text);
  if (symbol?.[1]) {
    sign = symbol[1];
    text = text.slice(symbol[0].length);
  }
  return { shown: `${sign}${text.replace(/\s?(?:percent|per cent|％|%)$/i, '%')}`, exact: sign === '' };
}

/** The sign of a bound word as written ("Under", "less  than"). */
function boundSign(word: string): string {
  const key = word.toLowerCase().replace(/\s+/g, ' ');
  return BOUND_PREFIXES[key] ?? BOUND_SUFFIXES[key] ?? '';
}

/** "+1.8 points" / "+1.8 个百分点": a change of a percentage is never written as a percent. */
function pointsChange(sentence: string): Figure | undefined {
  const zh = POINTS_ZH.exec(sentence);
  const match = zh ?? POINTS_EN.exec(sentence);
  if (!match?.[3]) return undefined;
  const written = match[2];
  const sign = written ? (written === '+' ? '+' : MINUS) : FALLS.test(match[1] ?? '') ? MINUS : '+';
  const size = match[3];
  return { change: zh ? `${sign}${size} 个百分点` : `${sign}${size} ${size === '1' ? 'point' : 'points'}` };
}

/**
 * The one percentage in the sentence: a change ("down 40%"), or a level it went to ("down to 1%").
 * Two percentages, or one with a bound ("down more than 50%"), are not read.
 */
function percentFigure(sentence: string): Figure | undefined {
  const all = [...sentence.matchAll(PERCENT)];
  const percent = all[0];
  if (all.length !== 1 || !percent?.[2]) return undefined;
  const before = sentence.slice(0, percent.index);
  const rest = sentence.slice(percent.index + percent[0].length);
  const bound = LEADING_BOUND.exec(before)?.[1] ?? TRAILING_BOUND.exec(rest)?.[1];
  if (LEVEL.test(before)) return { after: `${bound ? boundSign(bound) : ''}${percent[2]}%` };
  if (bound) return undefined;
  const written = percent[1] === '-' ? MINUS : percent[1];
  return { change: `${written || directionOf(sentence)}${percent[2]}%` };
}

function multiple(sentence: string): Figure | undefined {
  const match = MULTIPLE.exec(sentence);
  const times = match?.[1] ?? match?.[2];
  return times ? { change: `${times}×` } : undefined;
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

function measure(written: string): { value: number; kind: string } | undefined {
  const match = /(\d+(?:[.,]\d+)*)\s?(.*)$/.exec(written.replace(/^\D*?(?=\d)/, ''));
  if (!match?.[1]) return undefined;
  const value = Number(match[1].replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
  if (!Number.isFinite(value)) return undefined;
  const unit = (match[2] ?? '').trim().toLowerCase();
  const perUnit = MINUTES.find(([pattern]) => pattern.test(unit))?.[1];
  if (perUnit !== undefined) return { value: value * perUnit, kind: 'time' };
  // A percentage going from 14% to 16% changed by two points, not by 14%: no change is derived.
  if (unit === '%' || unit.startsWith('percent') || unit.startsWith('per cent')) return undefined;
  return { value, kind: `${/^\D+/.exec(written)?.[0]?.trim() ?? ''}|${unit}` };
}
