// Quote arithmetic (the method's split quote): licence lines, delivery listed even when free,
// and the annual service fee as a rate of the licence total. Money is summed in cents.
import type { DeckConfig } from '../types.js';

export interface Quote {
  currency: string;
  licence: { item: string; amount: number }[];
  licenceTotal: number;
  delivery: number;
  deliveryDays?: number;
  oneTimeTotal: number;
  annualServiceRate: number;
  annualService: number;
}

const cents = (amount: number): number => Math.round(amount * 100);

export function computeQuote(pricing: NonNullable<DeckConfig['pricing']>): Quote {
  const licenceCents = pricing.licence.reduce((sum, line) => sum + cents(line.amount), 0);
  const deliveryCents = cents(pricing.delivery.amount);
  return {
    currency: pricing.currency,
    licence: pricing.licence.map((line) => ({ item: line.item, amount: cents(line.amount) / 100 })),
    licenceTotal: licenceCents / 100,
    delivery: deliveryCents / 100,
    deliveryDays: pricing.delivery.days,
    oneTimeTotal: (licenceCents + deliveryCents) / 100,
    annualServiceRate: pricing.annual_service_rate,
    annualService: Math.round(licenceCents * pricing.annual_service_rate) / 100,
  };
}

/** The sign customers read on a quote; other currencies keep their code. */
const CURRENCY_SIGNS = new Map([['CNY', '¥'], ['USD', '$'], ['EUR', '€'], ['GBP', '£']]);

/** 18000 CNY → "¥18,000"; 1234.5 CHF → "CHF 1,234.50". Independent of the machine's locale. */
export function formatMoney(amount: number, currency: string): string {
  const whole = Number.isInteger(amount);
  const [int = '0', frac] = Math.abs(amount).toFixed(whole ? 0 : 2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = CURRENCY_SIGNS.get(currency);
  return `${amount < 0 ? '-' : ''}${sign ?? `${currency} `}${grouped}${frac ? `.${frac}` : ''}`;
}

export function formatRate(rate: number): string {
  return `${Number((rate * 100).toFixed(2))}%`;
}
