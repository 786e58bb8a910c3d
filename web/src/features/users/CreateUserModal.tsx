import { useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import type { User } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { ApiError } from '../../lib/api';
import { showFieldErrors } from '../../lib/form-errors';
import { UserFormFields, type UserFormValues } from './UserFormFields';
import { usersApi } from './users-api';

interface Values extends UserFormValues {
  username: string;
  password?: string;
}

const FIELDS = ['username', 'displayName', 'password', 'roles', 'propertyIds', 'departmentId', 'locale'];

export function CreateUserModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose(): void;
  onCreated(user: User, oneTimePassword: string | null): void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (values: Values) => {
    setSaving(true);
    setError(null);
    try {
      const { user, oneTimePassword } = await usersApi.create({
        ...values,
        password: values.password || undefined,
        departmentId: values.departmentId ?? null,
      });
      message.success(t('users.created', { name: user.displayName }));
      form.resetFields();
      onCreated(user, oneTimePassword);
    } catch (e) {
      // A taken username is a CONFLICT without field details; it still belongs on the username field.
      if (e instanceof ApiError && e.code === 'CONFLICT')
        form.setFields([{ name: 'username', errors: [e.message] }]);
      else if (!showFieldErrors(form, e, FIELDS)) setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={t('users.createTitle')}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.create')}
      confirmLoading={saving}
      destroyOnHidden
      width={680}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ locale: 'zh-CN', roles: ['receptionist'], departmentId: null }}
        requiredMark="optional"
        preserve={false}
      >
        <UserFormFields
          form={form}
          columns={2}
          leading={
            <Form.Item
              name="username"
              label={t('users.field.username')}
              extra={t('users.field.usernameHint')}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t('common.required', { field: t('users.field.username') }),
                },
              ]}
            >
              <Input autoFocus autoComplete="off" autoCapitalize="off" maxLength={32} />
            </Form.Item>
          }
        />
        <Form.Item name="password" label={t('users.field.password')} extra={t('users.field.passwordHint')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {/* Lets Enter in any text field submit the form even though the buttons live in the modal footer. */}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
