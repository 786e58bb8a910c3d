import { App, Button, Flex, Form, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  ESCALATION_MAX_LEVELS,
  replaceEscalationLevelsBodySchema,
  ROLES,
  type EscalationLevels,
  type Role,
} from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { DurationInput } from './DurationInput';
import { Loaded } from './Loaded';
import { saveForm } from './save-form';
import { serviceConfigApi } from './service-config-api';

type Values = { levels: { role: Role; afterMinutes: number }[] };

/** 升级: who is told, in turn, when a deadline is missed. */
export function EscalationTab({ propertyId, canEdit }: { propertyId: string; canEdit: boolean }) {
  const t = useT();
  const query = useApiQuery(`escalation:${propertyId}`, () => serviceConfigApi.escalation(propertyId));
  return (
    <>
      <Typography.Paragraph type="secondary">{t('serviceConfig.escalation.intro')}</Typography.Paragraph>
      <Loaded query={query}>
        {(data) => <EscalationForm key={data.version} data={data} canEdit={canEdit} onSaved={query.reload} />}
      </Loaded>
    </>
  );
}

function EscalationForm({
  data,
  canEdit,
  onSaved,
}: {
  data: EscalationLevels;
  canEdit: boolean;
  onSaved(): void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const levels = Form.useWatch('levels', form);
  const submit = async (values: Values) => {
    const body = { propertyId: data.propertyId, version: data.version, levels: values.levels ?? [] };
    const result = await saveForm(
      form,
      t,
      replaceEscalationLevelsBodySchema,
      body,
      (path) => (path[0] === 'levels' && path.length === 3 ? path : null),
      (b) => serviceConfigApi.replaceEscalation(b),
    );
    if (result.ok) message.success(t('serviceConfig.saved'));
    else if (result.message) message.error(result.message);
    if (result.ok || result.stale) onSaved();
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      disabled={!canEdit}
      onFinish={submit}
      initialValues={{ levels: data.levels.map(({ role, afterMinutes }) => ({ role, afterMinutes })) }}
      style={{ maxWidth: 640 }}
    >
      <Form.List name="levels">
        {(rows, { add, remove }) => (
          <>
            {rows.length === 0 && (
              <Typography.Paragraph type="secondary">
                {t('serviceConfig.escalation.none')}
              </Typography.Paragraph>
            )}
            {rows.map((row, i) => (
              <Flex key={row.key} gap={12} align="flex-start">
                <Typography.Text strong style={{ width: 72, paddingTop: i === 0 ? 34 : 5 }}>
                  {t('serviceConfig.escalation.level', { n: i + 1 })}
                </Typography.Text>
                <Form.Item
                  name={[row.name, 'role']}
                  label={i === 0 ? t('serviceConfig.escalation.role') : undefined}
                  rules={[
                    {
                      required: true,
                      message: t('common.requiredChoice', { field: t('serviceConfig.escalation.role') }),
                    },
                  ]}
                  style={{ flex: 1 }}
                >
                  <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'afterMinutes']}
                  label={i === 0 ? t('serviceConfig.escalation.after') : undefined}
                  extra={
                    levels?.[row.name]?.afterMinutes === 0
                      ? t('serviceConfig.escalation.atBreach')
                      : undefined
                  }
                  style={{ flex: 1 }}
                >
                  <DurationInput min={0} />
                </Form.Item>
                {canEdit && (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('serviceConfig.delete')}
                    onClick={() => remove(row.name)}
                    style={{ marginTop: i === 0 ? 30 : 0 }}
                  />
                )}
              </Flex>
            ))}
            {canEdit && (
              <Space>
                <Button
                  icon={<PlusOutlined />}
                  disabled={rows.length >= ESCALATION_MAX_LEVELS}
                  onClick={() => add({ role: 'manager', afterMinutes: 60 })}
                >
                  {t('serviceConfig.escalation.add')}
                </Button>
                <Button type="primary" htmlType="submit">
                  {t('common.save')}
                </Button>
              </Space>
            )}
          </>
        )}
      </Form.List>
    </Form>
  );
}
