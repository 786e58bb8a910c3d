// Masking for display (PIPL; GB/T 35273 §7.2): every list, search result and export shows these.

/** 13812345678 -> 138****5678; other numbers keep their first 3 and last 4 characters. */
export function maskPhone(value: string | null | undefined): string | null {
  if (!value) return value ?? null;
  if (value.length <= 7)
    return `${value.slice(0, 1)}${'*'.repeat(Math.max(0, value.length - 3))}${value.slice(-2)}`;
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

/** 440301199001011234 -> 4403**********1234: first 4 and last 4 characters. */
export function maskIdNumber(value: string | null | undefined): string | null {
  if (!value) return value ?? null;
  if (value.length <= 8) return `${value.slice(0, 1)}${'*'.repeat(value.length - 2)}${value.slice(-1)}`;
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}
