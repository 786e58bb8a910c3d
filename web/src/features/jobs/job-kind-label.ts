import { isMessageKey, type Translate } from '../../app/i18n/catalogues';

/** A job kind in words (each feature labels its own kinds); a kind this version does not know stays raw. */
export function jobKindLabel(kind: string, t: Translate): string {
  const key = `jobs.kind.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}
