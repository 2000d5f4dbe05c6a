import Decimal from 'decimal.js';

// Quantities are numeric(14,3) in the database (strings from pg) and numbers in JSON; money is
// integer fen. Arithmetic goes through decimal.js; amounts round half up to the fen (decision 0080).

export const qty = (value: Decimal.Value): Decimal => new Decimal(value);

/** A quantity for JSON: a number with at most 3 decimals. */
export const qtyNumber = (value: Decimal.Value): number =>
  new Decimal(value).toDecimalPlaces(3).toNumber();

/** quantity × unit price in fen, rounded half up to the fen. */
export function lineAmount(quantity: Decimal.Value, unitPriceMinor: number): number {
  return new Decimal(quantity)
    .times(unitPriceMinor)
    .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
    .toNumber();
}

/** A fen amount `a × numerator / denominator`, rounded half up (a share of a value). */
export function shareOf(
  valueMinor: number,
  numerator: Decimal.Value,
  denominator: Decimal.Value,
): number {
  return new Decimal(valueMinor)
    .times(numerator)
    .dividedBy(denominator)
    .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
    .toNumber();
}

/** `¥1,234.50`: amounts in explanations people read. */
export const yuan = (minor: number): string =>
  `¥${new Decimal(minor).dividedBy(100).toNumber().toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Sums fen amounts exactly (they are integers). */
export const sumMinor = (amounts: readonly number[]): number => amounts.reduce((a, b) => a + b, 0);
