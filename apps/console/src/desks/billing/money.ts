import type { Money } from './types';

const yuan = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** `¥1,234.56` from integer fen (CNY, the only currency billed). */
export function formatMoney(money: Money | null | undefined): string {
  if (!money) return '—';
  const sign = money.amountMinor < 0 ? '-' : '';
  return `${sign}${money.currency === 'CNY' ? '¥' : `${money.currency} `}${yuan.format(Math.abs(money.amountMinor) / 100)}`;
}

/** Yuan as typed in a form → the API's money in fen. */
export const fenOf = (yuanAmount: number | null | undefined) =>
  yuanAmount === null || yuanAmount === undefined
    ? undefined
    : { amountMinor: Math.round(yuanAmount * 100), currency: 'CNY' };

/** `2025-03`: last month in China time, the month a month-end desk works on. */
export function lastMonth(now = new Date()): string {
  const china = new Date(now.getTime() + 8 * 3_600_000);
  const month = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth() - 1, 1));
  return month.toISOString().slice(0, 7);
}

/** `2025-03-14`: today in China time. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
