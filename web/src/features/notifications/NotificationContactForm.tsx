import { useState } from 'react';
import { App, Button, Form, Input, Space, Typography } from 'antd';
import { emailAddressSchema, mobileSchema, type NotificationContact } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { showFieldErrors } from '../../lib/form-errors';
import { notificationsApi } from './notifications-api';

interface Values {
  email: string;
  mobile: string;
}

/** My e-mail address and mobile for notifications; the mobile is shown masked, typed anew to change. */
export function NotificationContactForm({
  contact,
  onSaved,
}: {
  contact: NotificationContact;
  onSaved(next: NotificationContact): void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const save = async (values: Values, removeMobile = false) => {
    setSaving(true);
    try {
      const email = values.email.trim();
      const next = await notificationsApi.setContact({
        email: email || null,
        ...(removeMobile ? { mobile: null } : values.mobile.trim() ? { mobile: values.mobile.trim() } : {}),
      });
      form.setFieldValue('mobile', '');
      message.success(t('notifications.contact.saved'));
      onSaved(next);
    } catch (e) {
      if (!showFieldErrors(form, e, ['email', 'mobile']))
        message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ email: contact.email ?? '', mobile: '' }}
      onFinish={(v) => void save(v)}
      requiredMark={false}
    >
      <Typography.Text strong style={{ display: 'block', marginBottom: 12 }}>
        {t('notifications.contact.title')}
      </Typography.Text>
      <Space wrap align="start" size={16}>
        <Form.Item
          name="email"
          label={t('notifications.contact.email')}
          style={{ width: 320, marginBottom: 8 }}
          rules={[
            {
              validator: (_, v: string) =>
                !v?.trim() || emailAddressSchema.safeParse(v).success
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('notifications.contact.invalidEmail'))),
            },
          ]}
        >
          <Input type="email" autoComplete="email" placeholder="name@example.com" />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={t('notifications.contact.mobile')}
          style={{ width: 220, marginBottom: 8 }}
          extra={
            contact.mobileMasked
              ? t('notifications.contact.mobileNow', { masked: contact.mobileMasked })
              : t('notifications.contact.mobileNone')
          }
          rules={[
            {
              validator: (_, v: string) =>
                !v?.trim() || mobileSchema.safeParse(v).success
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('validation.mobile'))),
            },
          ]}
        >
          <Input autoComplete="tel" placeholder={t('notifications.contact.mobilePlaceholder')} />
        </Form.Item>
      </Space>
      <Space style={{ display: 'flex', marginTop: 8 }}>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('common.save')}
        </Button>
        {contact.mobileMasked && (
          <Button onClick={() => void save(form.getFieldsValue(), true)} disabled={saving}>
            {t('notifications.contact.removeMobile')}
          </Button>
        )}
      </Space>
    </Form>
  );
}
