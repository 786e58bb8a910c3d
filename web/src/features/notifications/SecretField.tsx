import { Checkbox, Form, Input } from 'antd';
import { useT } from '../../app/i18n/locale-context';

/**
 * A write-only secret (password, webhook, API key): the server only says whether one is set. Empty
 * keeps it; "clear" removes it; anything typed replaces it.
 */
export function SecretField({
  name,
  label,
  isSet,
  extra,
  placeholder,
}: {
  name: string;
  label: string;
  isSet: boolean;
  extra?: string;
  placeholder?: string;
}) {
  const t = useT();
  const clearName = `${name}Clear`;
  const clearing = Form.useWatch(clearName) as boolean | undefined;
  return (
    <>
      <Form.Item name={name} label={label} extra={extra} style={{ marginBottom: isSet ? 4 : undefined }}>
        <Input.Password
          autoComplete="new-password"
          disabled={clearing}
          placeholder={
            clearing
              ? t('notificationAdmin.secretCleared')
              : isSet
                ? t('notificationAdmin.secretKeep')
                : placeholder
          }
        />
      </Form.Item>
      {isSet && (
        <Form.Item name={clearName} valuePropName="checked">
          <Checkbox>{t('notificationAdmin.secretClear')}</Checkbox>
        </Form.Item>
      )}
    </>
  );
}

/** The body value for a secret field: absent keeps, null clears, a string replaces. */
export function secretValue(values: Record<string, unknown>, name: string): string | null | undefined {
  if (values[`${name}Clear`]) return null;
  const typed = typeof values[name] === 'string' ? (values[name] as string).trim() : '';
  return typed ? typed : undefined;
}
