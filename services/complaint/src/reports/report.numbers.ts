import Decimal from 'decimal.js';

// How the reports round (written down once): minutes to one decimal, average scores to two,
// shares (0–1) to three, each half away from zero.

const rounded = (value: unknown, places: number): number | null =>
  value === null || value === undefined
    ? null
    : new Decimal(String(value)).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();

export const oneDecimal = (value: unknown) => rounded(value, 1);
export const twoDecimals = (value: unknown) => rounded(value, 2);

/** part / whole, or null when there is no whole. */
export const share = (part: number, whole: number): number | null =>
  whole === 0 ? null : rounded(new Decimal(part).div(whole), 3);
