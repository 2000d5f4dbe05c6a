import Decimal from 'decimal.js';

// Money is integer fen (CNY). Arithmetic goes through decimal.js; every amount is rounded to
// the fen once, where it is computed, half away from zero (四舍五入, ROUND_HALF_UP: what a
// Chinese invoice does) — decision 0044.

export const CURRENCY = 'CNY';

export interface Money {
  amountMinor: number;
  currency: string;
}

export const cny = (amountMinor: number): Money => ({ amountMinor, currency: CURRENCY });

/** A decimal amount of fen → whole fen, half away from zero. */
export const toFen = (fen: Decimal.Value): number =>
  new Decimal(fen).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();

/** `yuan` written by people (CSV: `1.20`) → fen; undefined for anything else. */
export function fenFromYuan(yuan: string): number | undefined {
  if (!/^\d{1,10}(\.\d{1,2})?$/.test(yuan.trim())) return undefined;
  return new Decimal(yuan.trim()).times(100).toNumber();
}

/** 220180 → `¥2,201.80` (notices, labels, descriptions). */
export function formatYuan(fen: number): string {
  const yuan = new Decimal(fen).dividedBy(100).toFixed(2);
  const [whole, cents] = yuan.split('.');
  return `¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}
