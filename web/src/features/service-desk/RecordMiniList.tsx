import { Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { ServiceRecord, ServiceStatus } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { formatDateTime } from '../../lib/format';
import { recordPath } from './desk-paths';

const STATUS_COLOURS: Record<ServiceStatus, string> = {
  new: 'blue',
  accepted: 'cyan',
  in_progress: 'processing',
  waiting_customer: 'gold',
  done: 'green',
  followed_up: 'green',
  closed: 'default',
  cancelled: 'default',
};

interface Props {
  records: readonly ServiceRecord[];
  empty: string;
  /** Open links in a new tab, so a form being filled in is not lost. */
  newTab?: boolean;
}

/** Records in a few lines each: number, kind, status, when, and what it was about. */
export function RecordMiniList({ records, empty, newTab }: Props) {
  const t = useT();
  if (records.length === 0)
    return (
      <Typography.Text type="secondary" style={{ display: 'block', padding: '8px 0' }}>
        {empty}
      </Typography.Text>
    );
  return (
    <div>
      {records.map((r, i) => (
        <div
          key={r.id}
          data-testid="service-mini-record"
          style={{ padding: '8px 0', borderTop: i === 0 ? undefined : '1px solid #f0f0f0' }}
        >
          <Flex gap={8} align="center" wrap>
            <Link
              to={recordPath(r.id)}
              target={newTab ? '_blank' : undefined}
              rel={newTab ? 'noreferrer' : undefined}
              style={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}
            >
              {r.number}
            </Link>
            <Tag style={{ marginInlineEnd: 0 }}>{t(`service.kind.${r.kind}`)}</Tag>
            {r.severity !== 'general' && (
              <Tag color="red" style={{ marginInlineEnd: 0 }}>
                {t(`service.severity.${r.severity}`)}
              </Tag>
            )}
            <Tag color={STATUS_COLOURS[r.status]} style={{ marginInlineEnd: 0 }}>
              {t(`service.status.${r.status}`)}
            </Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 'auto' }}>
              {formatDateTime(r.createdAt).slice(0, 16)}
            </Typography.Text>
          </Flex>
          <Typography.Text ellipsis style={{ display: 'block', marginTop: 2 }}>
            {r.unitCode ? `${r.unitCode} · ` : ''}
            {r.content}
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}
