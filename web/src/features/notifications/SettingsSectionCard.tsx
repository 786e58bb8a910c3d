import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Flex, Form, Input, Tag, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import type { ExternalChannel, TestNotificationResult } from '@qiantai/contracts';
import { isMessageKey } from '../../app/i18n/catalogues';
import { useT } from '../../app/i18n/locale-context';
import { showFieldErrors } from '../../lib/form-errors';
import { PageCard } from '../common/PageCard';
import { notificationAdminApi } from './notifications-api';

export type SectionValues = Record<string, unknown>;

/**
 * One settings section as a card: its fields and Save; for a channel, a test send with the saved
 * settings and its outcome. The parent remounts it (key = version) after each save.
 */
export function SettingsSectionCard({
  title,
  enabled,
  initialValues,
  fields,
  save,
  test,
  children,
}: {
  title: string;
  /** Absent for the general section, which is never switched off. */
  enabled?: boolean;
  initialValues: SectionValues;
  fields: string[];
  save(values: SectionValues): Promise<void>;
  test?: { propertyId: string; channel: ExternalChannel; withAddress: boolean };
  children: ReactNode;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<SectionValues>();
  const [saving, setSaving] = useState(false);
  const [testing, setTesting] = useState(false);
  const [testTo, setTestTo] = useState('');
  const [result, setResult] = useState<TestNotificationResult | null>(null);

  const submit = async (values: SectionValues) => {
    setSaving(true);
    try {
      await save(values);
      message.success(t('notificationAdmin.saved'));
    } catch (e) {
      if (!showFieldErrors(form, e, fields)) message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  const sendTest = async () => {
    if (!test) return;
    setTesting(true);
    setResult(null);
    try {
      setResult(
        await notificationAdminApi.test({
          propertyId: test.propertyId,
          channel: test.channel,
          ...(testTo.trim() ? { to: testTo.trim() } : {}),
        }),
      );
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setTesting(false);
    }
  };

  const errorText = (error: string) => {
    const key = `notificationAdmin.error.${error}`;
    return isMessageKey(key) ? t(key) : error;
  };

  return (
    <PageCard
      title={title}
      extra={
        enabled !== undefined && (
          <Tag color={enabled ? 'success' : 'default'}>
            {t(enabled ? 'notificationAdmin.on' : 'notificationAdmin.off')}
          </Tag>
        )
      }
    >
      <Form<SectionValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => void submit(v)}
        requiredMark={false}
      >
        {children}
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </Form>
      {test && (
        <div style={{ marginTop: 20, paddingTop: 16, borderTop: '1px solid #f0f0f0' }}>
          <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
            {t('notificationAdmin.testSavedOnly')}
          </Typography.Text>
          <Flex gap={8} wrap>
            {test.withAddress && (
              <Input
                value={testTo}
                onChange={(e) => setTestTo(e.target.value)}
                placeholder={t('notificationAdmin.testTo')}
                style={{ flex: '1 1 220px' }}
              />
            )}
            <Button icon={<SendOutlined />} loading={testing} onClick={() => void sendTest()}>
              {t('notificationAdmin.test')}
            </Button>
          </Flex>
          {result && (
            <Alert
              style={{ marginTop: 12 }}
              showIcon
              type={result.ok ? 'success' : 'error'}
              title={
                result.ok
                  ? result.target
                    ? t('notificationAdmin.testOk', { target: result.target })
                    : t('notificationAdmin.testOkGroup')
                  : t('notificationAdmin.testFailed', { error: errorText(result.error ?? '') })
              }
            />
          )}
        </div>
      )}
    </PageCard>
  );
}
