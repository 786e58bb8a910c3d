import { SERVICE_KINDS, type ServiceKind } from '@qiantai/contracts';

/** The digit 1–9 of a key press (top row or keypad), or null. */
export function digitOf(event: { code: string }): number | null {
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  return match ? Number(match[1]) : null;
}

/** The kind a digit picks: 1 咨询, 2 投诉, … in the contract's order. */
export const kindOfDigit = (digit: number): ServiceKind | undefined => SERVICE_KINDS[digit - 1];
