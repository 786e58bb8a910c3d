import { codeLabel, type Translate } from '../../app/i18n/catalogues';

/** A known action in words; an action this version does not know yet stays as its raw key. */
export const actionLabel = (action: string, t: Translate): string => codeLabel(t, 'audit.action', action);

export function renderValue(value: unknown): string {
  if (value === null || value === undefined) return '∅';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
