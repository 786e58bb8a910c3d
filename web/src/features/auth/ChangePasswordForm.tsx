import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { PASSWORD_MIN_LENGTH } from '@qiantai/contracts';
import { useAuth } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/locale-context';
import { showFieldErrors } from '../../lib/form-errors';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Shared by the forced first-sign-in page and the voluntary change in the user menu. */
export const CHANGE_PASSWORD_FORM = 'change-password';

/**
 * Shared by the forced first-sign-in page and the voluntary change in the user menu. Without
 * `submitLabel` it renders no button of its own: a modal's OK button submits it by form id instead.
 */
export function ChangePasswordForm({
  onDone,
  onBusyChange,
  currentHint,
  submitLabel,
}: {
  onDone(): void;
  onBusyChange?: (busy: boolean) => void;
  currentHint?: string;
  submitLabel?: string;
}) {
  const t = useT();
  const { changePassword } = useAuth();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const busy = (value: boolean) => {
    setSaving(value);
    onBusyChange?.(value);
  };

  const submit = async ({ currentPassword, newPassword }: Values) => {
    busy(true);
    setError(null);
    try {
      await changePassword(currentPassword, newPassword);
      form.resetFields();
      onDone();
    } catch (e) {
      const onFields = showFieldErrors(form, e, FIELDS);
      if (!onFields) setError(e instanceof Error ? e.message : String(e));
    } finally {
      busy(false);
    }
  };

  return (
    <Form
      form={form}
      name={CHANGE_PASSWORD_FORM}
      layout="vertical"
      onFinish={submit}
      requiredMark={false}
      disabled={saving}
    >
      {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} />}
      <Form.Item
        name="currentPassword"
        label={t('password.current')}
        extra={currentHint}
        rules={[{ required: true, message: t('common.required', { field: t('password.current') }) }]}
      >
        <Input.Password autoFocus autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        extra={t('password.rules', { min: PASSWORD_MIN_LENGTH })}
        rules={[
          { required: true, message: t('common.required', { field: t('password.new') }) },
          { min: PASSWORD_MIN_LENGTH, message: t('password.tooShort', { min: PASSWORD_MIN_LENGTH }) },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('common.required', { field: t('password.confirm') }) },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {submitLabel ? (
        <Button type="primary" htmlType="submit" loading={saving} block>
          {submitLabel}
        </Button>
      ) : (
        <button type="submit" hidden />
      )}
    </Form>
  );
}
