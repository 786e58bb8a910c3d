import { useState } from 'react';
import { App, Button, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { HOLIDAY_KINDS, WEEKDAYS, type Holiday, type HolidayKind } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { showFieldErrors } from '../../lib/form-errors';
import { useApiQuery } from '../../lib/use-api-query';
import { DateField } from '../common/DateField';
import { Loaded } from './Loaded';
import { serviceConfigApi } from './service-config-api';
import { useRun } from './use-run';

type NewDay = { date: string | null; kind: HolidayKind; name?: string };

/** ISO weekday (1 Monday … 7 Sunday) of a calendar date. */
const weekdayOf = (date: string) => WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]!;

/** 法定节假日 and 调休 working days of one year, added and removed one date at a time. */
export function HolidaysCard({ propertyId, canEdit }: { propertyId: string; canEdit: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const run = useRun();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [form] = Form.useForm<NewDay>();
  const query = useApiQuery(`holidays:${propertyId}:${year}`, () =>
    serviceConfigApi.holidays(propertyId, year),
  );

  const add = async (v: NewDay) => {
    try {
      await serviceConfigApi.addHoliday({ propertyId, date: v.date ?? '', kind: v.kind, name: v.name ?? '' });
      message.success(t('serviceConfig.saved'));
      form.resetFields(['date', 'name']);
      if (v.date?.startsWith(String(year))) query.reload();
      else if (v.date) setYear(Number(v.date.slice(0, 4)));
    } catch (e) {
      if (!showFieldErrors(form, e, ['date', 'kind', 'name'])) message.error((e as Error).message);
    }
  };

  const columns = [
    { title: t('serviceConfig.holiday.date'), dataIndex: 'date', key: 'date', width: 130 },
    {
      title: '',
      key: 'weekday',
      width: 90,
      render: (_: unknown, h: Holiday) => t(`serviceConfig.hours.weekday.${weekdayOf(h.date)}`),
    },
    {
      title: t('serviceConfig.holiday.kind'),
      key: 'kind',
      width: 140,
      render: (_: unknown, h: Holiday) => (
        <Tag color={h.kind === 'holiday' ? 'red' : 'blue'}>{t(`serviceConfig.holiday.kind.${h.kind}`)}</Tag>
      ),
    },
    { title: t('serviceConfig.holiday.name'), dataIndex: 'name', key: 'name' },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, h: Holiday) => (
              <Popconfirm
                title={`${t('serviceConfig.holiday.remove')} ${h.date}?`}
                onConfirm={() =>
                  run(
                    () => serviceConfigApi.removeHoliday(h.id),
                    t('serviceConfig.holiday.removed'),
                    query.reload,
                  )
                }
              >
                <Button type="link" size="small" danger>
                  {t('serviceConfig.holiday.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Typography.Title level={5}>{t('serviceConfig.holiday.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('serviceConfig.holiday.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Space>
          <Button icon={<LeftOutlined />} aria-label={String(year - 1)} onClick={() => setYear(year - 1)} />
          <Typography.Text strong style={{ fontSize: 16 }}>
            {year}
          </Typography.Text>
          <Button icon={<RightOutlined />} aria-label={String(year + 1)} onClick={() => setYear(year + 1)} />
        </Space>
        {canEdit && (
          <Form<NewDay> form={form} layout="inline" onFinish={add} initialValues={{ kind: 'holiday' }}>
            <Form.Item
              name="date"
              rules={[
                {
                  required: true,
                  message: t('common.requiredChoice', { field: t('serviceConfig.holiday.date') }),
                },
              ]}
            >
              <DateField aria-label={t('serviceConfig.holiday.date')} />
            </Form.Item>
            <Form.Item name="kind">
              <Select
                aria-label={t('serviceConfig.holiday.kind')}
                style={{ width: 150 }}
                options={HOLIDAY_KINDS.map((k) => ({
                  value: k,
                  label: t(`serviceConfig.holiday.kind.${k}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="name">
              <Input
                maxLength={30}
                placeholder={t('serviceConfig.holiday.namePlaceholder')}
                style={{ width: 160 }}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" icon={<PlusOutlined />}>
              {t('serviceConfig.holiday.add')}
            </Button>
          </Form>
        )}
      </Space>
      <Loaded query={query}>
        {(days) => (
          <Table<Holiday>
            size="small"
            rowKey="id"
            columns={columns}
            dataSource={days}
            pagination={false}
            locale={{ emptyText: t('serviceConfig.holiday.empty', { year }) }}
          />
        )}
      </Loaded>
    </>
  );
}
