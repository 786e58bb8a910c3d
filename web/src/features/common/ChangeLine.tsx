import type { ReactNode } from 'react';
import { Typography } from 'antd';
import { isMessageKey, type Translate } from '../../app/i18n/catalogues';
import { useLocale } from '../../app/i18n/locale-context';

// How every history in the app shows one changed field, and puts the codes it stores into words:
// the person card's history and the service record's history both use these.

/**
 * A stored code in the catalogue's words (`${prefix}.${code}`, the prefix chosen by the field it
 * sits in), or null when that field holds no code; a code this version does not know stays as it is.
 */
export function codeWords(
  t: Translate,
  prefixByField: Readonly<Record<string, string>>,
  field: string,
  value: string,
): string | null {
  const prefix = prefixByField[field];
  if (!prefix) return null;
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? t(key) : value;
}

/**
 * "Field: old → new", the old value struck through. Field words may be lower case for use inside
 * a sentence; a line of its own starts with a capital in English, with the separator of the
 * language.
 */
export function ChangeLine({ label, from, to }: { label: string; from: ReactNode; to: ReactNode }) {
  const { locale } = useLocale();
  const head = locale === 'en' ? `${label.charAt(0).toUpperCase()}${label.slice(1)}: ` : `${label}：`;
  return (
    <div style={{ fontSize: 13 }}>
      <Typography.Text type="secondary">{head}</Typography.Text>
      <Typography.Text delete type="secondary">
        {from}
      </Typography.Text>
      {' → '}
      <Typography.Text>{to}</Typography.Text>
    </div>
  );
}
