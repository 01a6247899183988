// Money as a decision maker reads it (src/plan/figures/moneyText.ts), at the edges of each step:
// where "€999" becomes "€1k", where a rounded figure moves to the next step, and the units of a
// currency the tool has no sign for. Every string worked out by hand.
import { describe, expect, it } from 'vitest';
import { changeText, compactMoney, rateText } from '../../src/plan/figures/moneyText.js';

const en = (amount: number, currency = 'EUR'): string => compactMoney(amount, currency, 'en');
const zh = (amount: number, currency = 'CNY'): string => compactMoney(amount, currency, 'zh-CN');

describe('compactMoney in English', () => {
  it('writes a figure under a thousand whole, and a thousand as 1k', () => {
    expect([en(0), en(950), en(999), en(999.4)]).toEqual(['€0', '€950', '€999', '€999']);
    // 999.5 rounds to 1,000: one thousand.
    expect([en(999.5), en(1000), en(1500)]).toEqual(['€1k', '€1k', '€1.5k']);
  });

  it('keeps three significant figures, one decimal, no trailing .0', () => {
    expect([en(12_000), en(12_345), en(123_456), en(424_000)]).toEqual(['€12k', '€12.3k', '€123k', '€424k']);
    expect([en(1_200_000), en(25_550_000), en(3_400_000_000)]).toEqual(['€1.2M', '€25.6M', '€3.4bn']);
  });

  it('writes a figure that rounds to 1000 of a step in the next step', () => {
    // 999,960 is 999.96k and 999,500 is 999.5k, which would read "1000k"; 999,400 stays 999k.
    expect([en(999_960), en(999_500), en(999_400)]).toEqual(['€1M', '€1M', '€999k']);
    expect(en(999_960_000)).toBe('€1bn');
    // The last step takes any size: 1,500 billion, three figures or not.
    expect(en(1_500_000_000_000)).toBe('€1500bn');
  });

  it('uses the sign of a known currency, the code of any other, and a minus for a loss', () => {
    expect([en(424_000, 'USD'), en(424_000, 'GBP'), en(424_000, 'CNY')]).toEqual(['$424k', '£424k', '¥424k']);
    expect([en(424_000, 'CHF'), en(950, 'CHF')]).toEqual(['CHF 424k', 'CHF 950']);
    expect([en(-12_000), en(-12_000, 'CHF')]).toEqual(['−€12k', '−CHF 12k']);
  });
});

describe('compactMoney in Chinese', () => {
  it('writes a figure under ten thousand whole and grouped, and ten thousand as 1 万', () => {
    expect([zh(8000), zh(9999), zh(10_000), zh(144_000)]).toEqual(['8,000 元', '9,999 元', '1 万元', '14.4 万元']);
  });

  it('moves to 亿 when 万 would read 10000', () => {
    expect([zh(99_940_000), zh(99_996_000), zh(120_000_000), zh(250_000_000_000)]).toEqual(['9994 万元', '1 亿元', '1.2 亿元', '2500 亿元']);
  });

  it('names the currency in Chinese, or keeps the code of any other, and a minus for a loss', () => {
    expect([zh(144_000, 'USD'), zh(144_000, 'EUR'), zh(144_000, 'GBP')]).toEqual(['14.4 万美元', '14.4 万欧元', '14.4 万英镑']);
    expect([zh(144_000, 'CHF'), zh(950, 'CHF')]).toEqual(['14.4 万 CHF', '950 CHF']);
    expect(zh(-144_000)).toBe('−14.4 万元');
  });
});

describe('percentages', () => {
  it('writes a change signed, to a tenth of a percent', () => {
    expect([changeText(-0.33), changeText(0.125), changeText(0), changeText(-0.0004)]).toEqual(['−33%', '+12.5%', '+0%', '−0%']);
  });

  it('writes a rate unsigned, to a tenth of a percent', () => {
    expect([rateText(0.05), rateText(0.1234), rateText(0)]).toEqual(['5%', '12.3%', '0%']);
  });
});
