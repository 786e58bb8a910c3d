import { Button, DatePicker, Form, Input, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useT } from '../../app/i18n/locale-context';
import { shanghaiDayStart } from '../../lib/format';

export interface AuditFilterValues {
  from?: number;
  to?: number;
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
}

interface FormValues {
  range?: [Dayjs | null, Dayjs | null] | null;
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
}

const DAY_MS = 86_400_000;
const dayStart = (d: Dayjs) => shanghaiDayStart(d.year(), d.month(), d.date());
const trimmed = (s?: string) => s?.trim() || undefined;

/** Whole days in Asia/Shanghai: "from the 3rd to the 5th" includes all of the 5th. */
function toFilters(v: FormValues): AuditFilterValues {
  const [start, end] = v.range ?? [];
  return {
    from: start ? dayStart(start) : undefined,
    to: end ? dayStart(end) + DAY_MS - 1 : undefined,
    actor: trimmed(v.actor),
    action: trimmed(v.action),
    entityType: trimmed(v.entityType),
    entityId: trimmed(v.entityId),
  };
}

export function AuditFilters({ onChange }: { onChange(filters: AuditFilterValues): void }) {
  const t = useT();
  const [form] = Form.useForm<FormValues>();
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(v) => onChange(toFilters(v))}
      style={{ rowGap: 12, marginBottom: 16 }}
    >
      <Form.Item name="range">
        <DatePicker.RangePicker aria-label={t('audit.filter.range')} allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item name="actor">
        <Input placeholder={t('audit.filter.actor')} allowClear style={{ width: 150 }} />
      </Form.Item>
      <Form.Item name="action">
        <Input placeholder={t('audit.filter.action')} allowClear style={{ width: 150 }} />
      </Form.Item>
      <Form.Item name="entityType">
        <Input placeholder={t('audit.filter.entityType')} allowClear style={{ width: 130 }} />
      </Form.Item>
      <Form.Item name="entityId">
        <Input placeholder={t('audit.filter.entityId')} allowClear style={{ width: 150 }} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
          {t('common.search')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onChange({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Space>
    </Form>
  );
}
