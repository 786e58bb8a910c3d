import { App, Button, Form, InputNumber } from 'antd';
import { putServiceSettingsBodySchema, type ServiceSettings } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { Loaded } from './Loaded';
import { saveForm } from './save-form';
import { serviceConfigApi } from './service-config-api';

/** The warning share is edited as a percentage (80), stored as a share (0.8). */
type Values = { warningPercent: number; followUpDelayHours: number; waitApologySeconds: number };

/** 其他设置: early warning, when to call back, when the desk apologises for the wait. */
export function SettingsTab({ propertyId, canEdit }: { propertyId: string; canEdit: boolean }) {
  const query = useApiQuery(`service-settings:${propertyId}`, () => serviceConfigApi.settings(propertyId));
  return (
    <Loaded query={query}>
      {(settings) => (
        <SettingsForm key={settings.version} settings={settings} canEdit={canEdit} onSaved={query.reload} />
      )}
    </Loaded>
  );
}

function SettingsForm({
  settings,
  canEdit,
  onSaved,
}: {
  settings: ServiceSettings;
  canEdit: boolean;
  onSaved(): void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const submit = async (v: Values) => {
    const body = {
      propertyId: settings.propertyId,
      version: settings.version,
      warningShare: Math.round(v.warningPercent) / 100,
      followUpDelayHours: v.followUpDelayHours,
      waitApologySeconds: v.waitApologySeconds,
    };
    const result = await saveForm(
      form,
      t,
      putServiceSettingsBodySchema,
      body,
      ([field]) =>
        field === 'warningShare'
          ? ['warningPercent']
          : typeof field === 'string' && field !== 'version'
            ? [field]
            : null,
      (b) => serviceConfigApi.putSettings(b),
    );
    if (result.ok) message.success(t('serviceConfig.saved'));
    else if (result.message) message.error(result.message);
    if (result.ok || result.stale) onSaved();
  };
  const row = { style: { maxWidth: 520 } };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      disabled={!canEdit}
      onFinish={submit}
      initialValues={{
        warningPercent: Math.round(settings.warningShare * 100),
        followUpDelayHours: settings.followUpDelayHours,
        waitApologySeconds: settings.waitApologySeconds,
      }}
    >
      <Form.Item
        {...row}
        name="warningPercent"
        label={t('serviceConfig.settings.warningShare')}
        extra={t('serviceConfig.settings.warningShareHint')}
      >
        <InputNumber min={50} max={95} suffix="%" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        {...row}
        name="followUpDelayHours"
        label={t('serviceConfig.settings.followUpDelay')}
        extra={t('serviceConfig.settings.followUpDelayHint')}
      >
        <InputNumber min={0} max={720} suffix={t('serviceConfig.settings.hours')} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        {...row}
        name="waitApologySeconds"
        label={t('serviceConfig.settings.waitApology')}
        extra={t('serviceConfig.settings.waitApologyHint')}
      >
        <InputNumber
          min={10}
          max={3600}
          suffix={t('serviceConfig.settings.seconds')}
          style={{ width: 160 }}
        />
      </Form.Item>
      {canEdit && (
        <Button type="primary" htmlType="submit">
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}
