import { App, Button, Flex, Form, Space, Typography } from 'antd';
import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import {
  putBusinessHoursBodySchema,
  WEEKDAYS,
  type BusinessHours,
  type WeeklyHours,
} from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { Loaded } from './Loaded';
import { PeriodInput } from './PeriodInput';
import { saveForm } from './save-form';
import { serviceConfigApi } from './service-config-api';

/** The week as the form holds it: index 0 is Monday (the API's "1"). */
type Values = { days: [number, number][][] };

/** The weekly office hours business-time deadlines count. */
export function BusinessHoursCard({ propertyId, canEdit }: { propertyId: string; canEdit: boolean }) {
  const t = useT();
  const query = useApiQuery(`business-hours:${propertyId}`, () => serviceConfigApi.hours(propertyId));
  return (
    <>
      <Typography.Title level={5}>{t('serviceConfig.hours.title')}</Typography.Title>
      <Loaded query={query}>
        {(hours) => (
          <>
            <Typography.Paragraph type="secondary">
              {t('serviceConfig.hours.intro', { zone: hours.timeZone })}
            </Typography.Paragraph>
            <WeekForm key={hours.version} hours={hours} canEdit={canEdit} onSaved={query.reload} />
          </>
        )}
      </Loaded>
    </>
  );
}

function WeekForm({ hours, canEdit, onSaved }: { hours: BusinessHours; canEdit: boolean; onSaved(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const submit = async ({ days }: Values) => {
    const weekly = Object.fromEntries(WEEKDAYS.map((d, i) => [d, days[i] ?? []])) as WeeklyHours;
    const body = { propertyId: hours.propertyId, version: hours.version, weekly };
    const result = await saveForm(
      form,
      t,
      putBusinessHoursBodySchema,
      body,
      // weekly.3.1 (Wednesday's second period) is days[2][1] here.
      (path) => (path[0] === 'weekly' && path.length >= 3 ? ['days', Number(path[1]) - 1, path[2]!] : null),
      (b) => serviceConfigApi.putHours(b),
    );
    if (result.ok) message.success(t('serviceConfig.saved'));
    else if (result.message) message.error(result.message);
    if (result.ok || result.stale) onSaved();
  };

  return (
    <Form<Values>
      form={form}
      disabled={!canEdit}
      onFinish={submit}
      initialValues={{ days: WEEKDAYS.map((d) => hours.weekly[d] ?? []) }}
    >
      {WEEKDAYS.map((d, i) => (
        <Flex
          key={d}
          gap={16}
          align="flex-start"
          style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
        >
          <Typography.Text strong style={{ width: 88, paddingTop: 5 }}>
            {t(`serviceConfig.hours.weekday.${d}`)}
          </Typography.Text>
          <Form.List name={['days', i]}>
            {(rows, { add, remove }) => (
              <Flex gap={12} wrap align="flex-start" style={{ flex: 1 }}>
                {rows.length === 0 && (
                  <Typography.Text type="secondary" style={{ paddingTop: 5 }}>
                    {t('serviceConfig.hours.closed')}
                  </Typography.Text>
                )}
                {rows.map((row) => (
                  <Space key={row.key} size={4} align="start">
                    <Form.Item name={row.name} style={{ marginBottom: 0, maxWidth: 210 }}>
                      <PeriodInput />
                    </Form.Item>
                    {canEdit && (
                      <Button
                        type="text"
                        size="small"
                        icon={<CloseOutlined />}
                        aria-label={t('serviceConfig.delete')}
                        onClick={() => remove(row.name)}
                        style={{ marginTop: 4 }}
                      />
                    )}
                  </Space>
                ))}
                {canEdit && rows.length < 4 && (
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add([810, 1050])}>
                    {t('serviceConfig.hours.addPeriod')}
                  </Button>
                )}
              </Flex>
            )}
          </Form.List>
        </Flex>
      ))}
      {canEdit && (
        <Button type="primary" htmlType="submit" style={{ marginTop: 16 }}>
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}
