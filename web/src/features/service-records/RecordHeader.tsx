import { Alert, Flex, Tag, Typography } from 'antd';
import { RiseOutlined } from '@ant-design/icons';
import type { ServiceRecord } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { formatDateTime } from '../../lib/format';
import { KindTag, SeverityTag, StatusTag } from './ServiceTags';

/** Number, kind, severity and status at a glance; escalation and a manager's acknowledgement beside. */
export function RecordHeader({ record }: { record: ServiceRecord }) {
  const t = useT();
  const major = record.severity !== 'general';
  return (
    <div style={{ marginBottom: 20 }}>
      <Flex align="center" gap={12} wrap>
        <Typography.Title
          level={3}
          style={{ margin: 0, fontVariantNumeric: 'tabular-nums' }}
          data-testid="record-number"
        >
          {record.number}
        </Typography.Title>
        <Flex gap={6} wrap>
          <KindTag kind={record.kind} />
          <SeverityTag severity={record.severity} />
          <StatusTag status={record.status} />
          {record.escalationLevel > 0 && (
            <Tag color="red" icon={<RiseOutlined />}>
              {t('serviceRecord.escalated', { level: record.escalationLevel })}
            </Tag>
          )}
        </Flex>
      </Flex>
      {major &&
        (record.acknowledgedAt !== null ? (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6 }}>
            {t('serviceRecord.acknowledged', {
              name: record.acknowledgedByName ?? '',
              at: formatDateTime(record.acknowledgedAt).slice(0, 16),
            })}
          </Typography.Text>
        ) : (
          <Alert type="warning" showIcon title={t('serviceRecord.awaitingAck')} style={{ marginTop: 12 }} />
        ))}
    </div>
  );
}
