import { useEffect, useState } from 'react';
import { Alert, App, Button, Descriptions, Drawer, Flex, Form, Spin } from 'antd';
import type { User } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { ApiError } from '../../lib/api';
import { showFieldErrors } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/format';
import { UserFormFields, type UserFormValues } from './UserFormFields';
import { UserStatusTag } from './UserStatusTag';
import { usersApi } from './users-api';

const FIELDS = ['displayName', 'roles', 'propertyIds', 'departmentId', 'locale'];

const toValues = (u: User): UserFormValues => ({
  displayName: u.displayName,
  roles: u.roles,
  propertyIds: u.propertyIds,
  departmentId: u.departmentId,
  locale: u.locale,
});

/** Edits one user. Saves carry the version read, so two administrators cannot overwrite each other. */
export function EditUserDrawer({
  userId,
  onClose,
  onSaved,
}: {
  userId: string | null;
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserFormValues>();
  const [user, setUser] = useState<User | null>(null);
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<{ type: 'error' | 'warning'; text: string } | null>(null);

  const load = async (id: string) => {
    const fresh = await usersApi.get(id);
    setUser(fresh);
    form.setFieldsValue(toValues(fresh));
    return fresh;
  };

  useEffect(() => {
    setUser(null);
    setAlert(null);
    if (userId) load(userId).catch((e: Error) => setAlert({ type: 'error', text: e.message }));
    // `load` only closes over stable setters and the form instance.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [userId]);

  const save = async (values: UserFormValues) => {
    if (!user) return;
    setSaving(true);
    setAlert(null);
    try {
      const saved = await usersApi.update(user.id, { ...values, version: user.version });
      message.success(t('users.updated', { name: saved.displayName }));
      onSaved();
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONFLICT') {
        await load(user.id).catch(() => undefined);
        setAlert({ type: 'warning', text: `${e.message} ${t('users.conflictReloaded')}` });
      } else if (!showFieldErrors(form, e, FIELDS)) {
        setAlert({ type: 'error', text: e instanceof Error ? e.message : String(e) });
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={userId !== null}
      onClose={onClose}
      title={user ? t('users.editTitle', { name: user.displayName }) : t('common.loading')}
      size={520}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} disabled={!user} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {alert && <Alert type={alert.type} showIcon title={alert.text} style={{ marginBottom: 16 }} />}
      {!user && !alert && <Spin style={{ display: 'block', margin: '48px auto' }} />}
      {user && (
        <>
          <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('users.field.username')}>{user.username}</Descriptions.Item>
            <Descriptions.Item label={t('users.col.status')}>
              <UserStatusTag user={user} />
            </Descriptions.Item>
            <Descriptions.Item label={t('users.col.lastLogin')}>
              {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('users.neverLoggedIn')}
            </Descriptions.Item>
          </Descriptions>
          <Form form={form} layout="vertical" onFinish={save} disabled={saving}>
            <UserFormFields form={form} autoFocus />
            <button type="submit" hidden />
          </Form>
        </>
      )}
    </Drawer>
  );
}
