import Decimal from 'decimal.js';
import type { Money } from '@freight/contracts';

// Money is integer fen (CNY): the only currency billed (R24). Tax is computed per line and
// rounded HALF-UP to the fen (四舍五入, as Chinese VAT invoices round each line); a document's
// tax is the sum of its lines' tax, never recomputed from its net.

export const CURRENCY = 'CNY';

export const fen = (amountMinor: number | string | bigint | null | undefined): Money => ({
  amountMinor: Number(amountMinor ?? 0),
  currency: CURRENCY,
});

/** VAT of a net amount at a rate, half-up to the fen. */
export function taxOf(netMinor: number, rate: number): number {
  return new Decimal(netMinor).times(rate).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** `123456` fen → `1,234.56` (statements, reports). */
export function yuan(amountMinor: number): string {
  const sign = amountMinor < 0 ? '-' : '';
  const abs = new Decimal(Math.abs(amountMinor)).dividedBy(100).toFixed(2);
  const [whole, cents] = abs.split('.');
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

/** A charge line's money as every view and event shows it: net, rate, tax (fen). */
export const lineMoney = (row: {
  amount_minor: number | string;
  tax_rate: number | string;
  tax_minor: number | string;
}) => ({ amount: fen(row.amount_minor), taxRate: Number(row.tax_rate), tax: fen(row.tax_minor) });
