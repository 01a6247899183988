// Money and figures as a decision maker reads them, independent of the machine's locale:
// English with the currency sign and k/M ("€424k", "€1.2M"), Chinese with 万/亿 ("14.4 万元",
// "1.2 亿元"). A percentage never carries a money unit.
import type { Language } from '../../types.js';

const SIGNS = new Map([['CNY', '¥'], ['USD', '$'], ['EUR', '€'], ['GBP', '£']]);
const CHINESE_UNITS = new Map([['CNY', '元'], ['USD', '美元'], ['EUR', '欧元'], ['GBP', '英镑']]);
/** The typographic minus: "−€12k" reads as a loss, a hyphen reads as a dash. */
const MINUS = '\u2212';

/** Steps of a compact figure: the divisor, its suffix, and how many of it make the next step. */
const EN_STEPS = [{ div: 1, suffix: '' }, { div: 1e3, suffix: 'k' }, { div: 1e6, suffix: 'M' }, { div: 1e9, suffix: 'bn' }];
const ZH_STEPS = [{ div: 1, suffix: '' }, { div: 1e4, suffix: '万' }, { div: 1e8, suffix: '亿' }];

/** 424000 EUR → "€424k" (en), 144000 CNY → "14.4 万元" (zh-CN). */
export function compactMoney(amount: number, currency: string, language: Language): string {
  const sign = amount < 0 ? MINUS : '';
  const abs = Math.abs(amount);
  if (language === 'zh-CN') {
    const { number, suffix } = compact(abs, ZH_STEPS, 1e4);
    const unit = CHINESE_UNITS.get(currency);
    const tail = unit ? `${suffix}${unit}` : `${suffix ? `${suffix} ` : ''}${currency}`;
    return `${sign}${number} ${tail}`;
  }
  const { number, suffix } = compact(abs, EN_STEPS, 1e3);
  const symbol = SIGNS.get(currency);
  return symbol ? `${sign}${symbol}${number}${suffix}` : `${sign}${currency} ${number}${suffix}`;
}

function compact(abs: number, steps: readonly { div: number; suffix: string }[], base: number): { number: string; suffix: string } {
  // Below the first step a figure is written whole: "8,000 元", "€950".
  if (Math.round(abs) < base) return { number: group(Math.round(abs)), suffix: '' };
  for (let i = 1; i < steps.length; i++) {
    const step = steps[i];
    const next = steps[i + 1];
    if (!step) break;
    const shown = rounded(abs / step.div);
    // 999,960 rounds to "1000k": it is written in the next step instead ("€1M").
    if (next && Number(shown) >= next.div / step.div) continue;
    return { number: shown, suffix: step.suffix };
  }
  const last = steps[steps.length - 1] ?? { div: 1, suffix: '' };
  return { number: group(Math.round(abs / last.div)), suffix: last.suffix };
}

/** Three significant figures at most, one decimal at most, no trailing ".0". */
function rounded(value: number): string {
  const text = value >= 100 ? String(Math.round(value)) : (Math.round(value * 10) / 10).toFixed(1);
  return text.replace(/\.0$/, '');
}

function group(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** -0.33 → "−33%", 0.125 → "+12.5%" (signed: a change). */
export function changeText(change: number): string {
  const percent = Math.round(Math.abs(change) * 1000) / 10;
  return `${change < 0 ? MINUS : '+'}${percent}%`;
}

/** 0.05 → "5%" (unsigned: a rate). */
export function rateText(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}
