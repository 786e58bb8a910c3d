import { isMessageKey, type Translate } from '../../app/i18n/catalogues';

/** A known action in words; an action this version does not know yet stays as its raw key. */
export function actionLabel(action: string, t: Translate): string {
  const key = `audit.action.${action}`;
  return isMessageKey(key) ? t(key) : action;
}

export function renderValue(value: unknown): string {
  if (value === null || value === undefined) return '∅';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
