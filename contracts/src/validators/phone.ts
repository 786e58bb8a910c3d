// Mainland mobile numbers: 11 digits starting 13-19, optionally written with +86 / 0086 and spaces
// or dashes (138 1234 5678, 138-1234-5678).
export function normalizeMobile(raw: string): string {
  let digits = raw.replace(/[\s()-]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  return digits;
}

export const isMainlandMobile = (raw: string) => /^1[3-9]\d{9}$/.test(normalizeMobile(raw));

/** Landlines and other numbers: digits with an optional area code, extension, or a short service number. */
export function normalizePhone(raw: string): string {
  return raw.replace(/[\s()]/g, '').replace(/[—–]/g, '-');
}
export const isPhoneNumber = (raw: string) =>
  /^(\+?\d{1,4}-?)?\d{3,12}(-\d{1,6})?$/.test(normalizePhone(raw)) || isMainlandMobile(raw);
