import { useEffect, useState } from 'react';
import { Col, Flex, Form, Input, InputNumber, Row, Skeleton, Switch } from 'antd';
import type { NotificationSettings, SettingsSection } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { ErrorState } from '../common/ErrorState';
import { notificationAdminApi } from './notifications-api';
import { SecretField, secretValue } from './SecretField';
import { SettingsSectionCard, type SectionValues } from './SettingsSectionCard';

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** The property's four settings sections, each saved on its own. */
export function ChannelSettingsPanel({ propertyId }: { propertyId: string }) {
  const t = useT();
  const loaded = useApiQuery(`notification-settings:${propertyId}`, () =>
    notificationAdminApi.settings(propertyId),
  );
  const [settings, setSettings] = useState<NotificationSettings>();
  useEffect(() => setSettings(loaded.data), [loaded.data]);

  if (loaded.error) return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (!settings) return <Skeleton active />;

  const saver =
    (section: SettingsSection, body: (v: SectionValues) => Record<string, unknown>) =>
    async (v: SectionValues) => {
      try {
        const next = await notificationAdminApi.save({
          propertyId,
          section,
          version: settings[section].version,
          ...body(v),
        } as Parameters<typeof notificationAdminApi.save>[0]);
        setSettings(next);
      } catch (e) {
        loaded.reload(); // a 409 means someone else saved: show theirs
        throw e;
      }
    };
  const { general, email, wecom, sms } = settings;
  const enabledSwitch = (
    <Form.Item
      name="enabled"
      label={t('notificationAdmin.enabled')}
      valuePropName="checked"
      layout="horizontal"
    >
      <Switch />
    </Form.Item>
  );

  const generalCard = (
    <SettingsSectionCard
      key={`general-${general.version}`}
      title={t('notificationAdmin.general.title')}
      initialValues={{ appUrl: general.appUrl }}
      fields={['appUrl']}
      save={saver('general', (v) => ({ appUrl: text(v.appUrl) }))}
    >
      <Form.Item
        name="appUrl"
        label={t('notificationAdmin.general.appUrl')}
        extra={t('notificationAdmin.general.appUrlHint')}
      >
        <Input placeholder="https://qiantai.example.com" />
      </Form.Item>
    </SettingsSectionCard>
  );
  const emailCard = (
    <SettingsSectionCard
      key={`email-${email.version}`}
      title={t('notificationAdmin.email.title')}
      enabled={email.enabled}
      initialValues={{
        enabled: email.enabled,
        host: email.host,
        port: email.port,
        secure: email.secure,
        user: email.user,
        from: email.from,
      }}
      fields={['enabled', 'host', 'port', 'secure', 'user', 'password', 'from']}
      save={saver('email', (v) => ({
        enabled: Boolean(v.enabled),
        host: text(v.host),
        port: Number(v.port) || 465,
        secure: Boolean(v.secure),
        user: text(v.user),
        password: secretValue(v, 'password'),
        from: text(v.from),
      }))}
      test={{ propertyId, channel: 'email', withAddress: true }}
    >
      {enabledSwitch}
      <Row gutter={12}>
        <Col flex="auto">
          <Form.Item name="host" label={t('notificationAdmin.email.host')}>
            <Input placeholder="smtp.example.com" />
          </Form.Item>
        </Col>
        <Col flex="120px">
          <Form.Item name="port" label={t('notificationAdmin.email.port')}>
            <InputNumber min={1} max={65535} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="secure"
        valuePropName="checked"
        label={t('notificationAdmin.email.secure')}
        layout="horizontal"
      >
        <Switch />
      </Form.Item>
      <Form.Item name="user" label={t('notificationAdmin.email.user')}>
        <Input autoComplete="off" />
      </Form.Item>
      <SecretField name="password" label={t('notificationAdmin.email.password')} isSet={email.passwordSet} />
      <Form.Item name="from" label={t('notificationAdmin.email.from')}>
        <Input placeholder="qiantai@example.com" />
      </Form.Item>
    </SettingsSectionCard>
  );
  const wecomCard = (
    <SettingsSectionCard
      key={`wecom-${wecom.version}`}
      title={t('notificationAdmin.wecom.title')}
      enabled={wecom.enabled}
      initialValues={{ enabled: wecom.enabled }}
      fields={['enabled', 'webhookUrl']}
      save={saver('wecom', (v) => ({
        enabled: Boolean(v.enabled),
        webhookUrl: secretValue(v, 'webhookUrl'),
      }))}
      test={{ propertyId, channel: 'wecom', withAddress: false }}
    >
      {enabledSwitch}
      <SecretField
        name="webhookUrl"
        label={t('notificationAdmin.wecom.webhookUrl')}
        isSet={wecom.webhookSet}
        placeholder="https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…"
        extra={
          wecom.webhookHint
            ? t('notificationAdmin.wecom.current', { hint: wecom.webhookHint })
            : t('notificationAdmin.wecom.webhookHint')
        }
      />
    </SettingsSectionCard>
  );
  const smsCard = (
    <SettingsSectionCard
      key={`sms-${sms.version}`}
      title={t('notificationAdmin.sms.title')}
      enabled={sms.enabled}
      initialValues={{
        enabled: sms.enabled,
        url: sms.url,
        apiKeyHeader: sms.apiKeyHeader,
        signature: sms.signature,
      }}
      fields={['enabled', 'url', 'apiKeyHeader', 'apiKey', 'signature']}
      save={saver('sms', (v) => ({
        enabled: Boolean(v.enabled),
        url: text(v.url),
        apiKeyHeader: text(v.apiKeyHeader) || 'x-api-key',
        apiKey: secretValue(v, 'apiKey'),
        signature: text(v.signature),
      }))}
      test={{ propertyId, channel: 'sms', withAddress: true }}
    >
      {enabledSwitch}
      <Form.Item name="url" label={t('notificationAdmin.sms.url')} extra={t('notificationAdmin.sms.urlHint')}>
        <Input placeholder="https://sms-gateway.example.com/send" />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="apiKeyHeader" label={t('notificationAdmin.sms.apiKeyHeader')}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="signature" label={t('notificationAdmin.sms.signature')}>
            <Input placeholder="锦绣花园物业" />
          </Form.Item>
        </Col>
      </Row>
      <SecretField name="apiKey" label={t('notificationAdmin.sms.apiKey')} isSet={sms.apiKeySet} />
    </SettingsSectionCard>
  );

  // Two columns of about equal height: general and e-mail; WeCom and SMS.
  return (
    <Row gutter={[20, 20]}>
      <Col xs={24} xl={12}>
        <Flex vertical gap={20}>
          {generalCard}
          {emailCard}
        </Flex>
      </Col>
      <Col xs={24} xl={12}>
        <Flex vertical gap={20}>
          {wecomCard}
          {smsCard}
        </Flex>
      </Col>
    </Row>
  );
}
