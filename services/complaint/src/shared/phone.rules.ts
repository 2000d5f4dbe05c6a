/**
 * R15: a caller is matched to a customer by phone, whatever the spacing or the country code:
 * `+86 138-0000 1001`, `8613800001001` and `13800001001` are one number. Landlines keep their
 * area code (`021 5550 0101` → `02155500101`).
 */
export function phoneDigits(phone: string | undefined | null): string | null {
  if (!phone) return null;
  let digits = phone.replace(/\D/g, '');
  if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.startsWith('86') && digits.length === 13) digits = digits.slice(2);
  return digits.length >= 3 ? digits : null;
}
