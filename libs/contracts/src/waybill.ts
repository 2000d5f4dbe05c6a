import { z } from 'zod';

// R5: a waybill number is the branch's two-letter prefix, a 9-digit serial and a check digit
// (Luhn, the scheme of payment cards: it catches every single-digit typo and most swaps of two
// neighbouring digits), e.g. `SH0000000422`. Every service that accepts one validates it here.

const WAYBILL = /^([A-Z]{2})(\d{9})(\d)$/;

/** The Luhn check digit of a string of digits. */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** `SH` + serial 42 → `SH0000000422`. */
export function formatWaybillNo(prefix: string, serial: number): string {
  if (!/^[A-Z]{2}$/.test(prefix))
    throw new Error(`a waybill prefix is two capital letters, got ${prefix}`);
  if (!Number.isInteger(serial) || serial < 1 || serial > 999_999_999)
    throw new Error(`a waybill serial is 1–999999999, got ${serial}`);
  const digits = String(serial).padStart(9, '0');
  return `${prefix}${digits}${luhnCheckDigit(digits)}`;
}

export function isValidWaybillNo(value: string): boolean {
  const match = WAYBILL.exec(value);
  return match !== null && luhnCheckDigit(match[2]) === Number(match[3]);
}

/** A waybill number, validated (format and check digit): for bodies, queries and paths. */
export const waybillNo = z
  .string()
  .refine(isValidWaybillNo, 'expected a waybill number: 2 letters, 9 digits and a check digit (R5)')
  .describe('waybill number, e.g. `SH0000000422` (R5)');
