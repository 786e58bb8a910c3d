import { useState } from 'react';
import { Alert, App, Button, Form, Input, Select, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { CreatePropertyBody, PropertySummary } from '@qiantai/contracts';
import { useAuth } from '../../app/auth/auth-context';
import { useLocale } from '../../app/i18n/locale-context';
import { localName } from '../../app/i18n/property-name';
import { api, ApiError } from '../../lib/api';
import { showFieldErrors } from '../../lib/form-errors';
import { PageCard } from '../common/PageCard';

const FIELDS = ['code', 'name', 'nameEn', 'kind', 'timezone'];
const KINDS = ['residential', 'commercial', 'mixed'] as const;
const TIMEZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Macau', 'Asia/Urumqi'];

export function CreatePropertyForm({ onCreated }: { onCreated(): void }) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const { reload: reloadMe } = useAuth();
  const [form] = Form.useForm<CreatePropertyBody>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field }),
  });

  const submit = async (values: CreatePropertyBody) => {
    setSaving(true);
    setError(null);
    try {
      const created = await api.post<PropertySummary>('/properties', values);
      message.success(t('properties.created', { name: localName(created, locale) }));
      form.resetFields();
      onCreated();
      // The creator now holds the new property: refresh it into the header's property switcher.
      await reloadMe();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONFLICT')
        form.setFields([{ name: 'code', errors: [e.message] }]);
      else if (!showFieldErrors(form, e, FIELDS)) setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <PageCard title={t('properties.createTitle')}>
      <Typography.Paragraph type="secondary">{t('properties.createHint')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<CreatePropertyBody>
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={saving}
        initialValues={{ kind: 'residential', timezone: 'Asia/Shanghai' }}
      >
        <Form.Item
          name="code"
          label={t('properties.field.code')}
          extra={t('properties.field.codeHint')}
          normalize={(v: string) => v.toUpperCase()}
          rules={[
            required(t('properties.field.code')),
            { pattern: /^[A-Z0-9-]{2,20}$/, message: t('properties.field.codeInvalid') },
          ]}
        >
          <Input maxLength={20} autoComplete="off" style={{ textTransform: 'uppercase' }} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('properties.field.name')}
          rules={[required(t('properties.field.name'))]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="nameEn"
          label={t('properties.field.nameEn')}
          rules={[required(t('properties.field.nameEn'))]}
        >
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="kind" label={t('properties.field.kind')}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="timezone" label={t('properties.field.timezone')}>
          <Select options={TIMEZONES.map((z) => ({ value: z, label: z }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={saving}>
          {t('common.create')}
        </Button>
      </Form>
    </PageCard>
  );
}
