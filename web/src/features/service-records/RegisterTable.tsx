import { Empty, Flex, Table, Tooltip, Typography, type TableProps } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { ServiceRecord } from '@qiantai/contracts';
import { useLocale } from '../../app/i18n/locale-context';
import { formatDateTime } from '../../lib/format';
import { currentDeadline, deadlineState } from './deadlines';
import { DeadlineCountdown } from './DeadlineCountdown';
import { PAGE_SIZES } from './register-filters';
import { categoryLabel, departmentLabel } from './service-labels';
import { KindTag, SatisfactionTag, SeverityTag, StatusTag } from './ServiceTags';
import { useNow } from './use-now';

const digits = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
const none = <Typography.Text type="secondary">—</Typography.Text>;

/** The register as the paper form kh-21-r01 lays it out, one record a row; a click opens the record. */
export function RegisterTable({
  rows,
  total,
  totalCapped = false,
  page,
  pageSize,
  loading,
  onPage,
}: {
  rows: ServiceRecord[];
  total: number;
  /** The server stopped counting at `total` (a very large register): shown as "10,000+". */
  totalCapped?: boolean;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage(page: number, pageSize: number): void;
}) {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const now = useNow(15_000);

  // Six columns, so the whole row fits a 1280-pixel desk screen beside the side navigation; the
  // paper form's separate columns (time, unit, phone, status) sit under their neighbours.
  const columns: TableProps<ServiceRecord>['columns'] = [
    {
      title: t('serviceRecords.col.numberLogged'),
      dataIndex: 'number',
      fixed: 'left',
      render: (number: string, r) => (
        <Flex vertical gap={2} align="flex-start">
          <Link
            to={`/service/records/${r.id}`}
            onClick={(e) => e.stopPropagation()}
            style={{ ...digits, fontWeight: 600 }}
          >
            {number}
          </Link>
          <Typography.Text type="secondary" style={{ ...digits, fontSize: 12 }}>
            {formatDateTime(r.createdAt).slice(0, 16)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('serviceRecords.col.customerUnit'),
      key: 'customer',
      render: (_, r) => (
        <Flex vertical style={{ whiteSpace: 'nowrap' }}>
          {r.customerName || none}
          {(r.unitCode || r.customerPhone) && (
            <Typography.Text type="secondary" style={{ ...digits, fontSize: 12 }}>
              {[r.unitCode, r.customerPhone].filter(Boolean).join(' · ')}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('serviceRecords.col.kind'),
      key: 'kind',
      render: (_, r) => (
        <Flex vertical gap={2} align="flex-start">
          <Flex gap={4} wrap>
            <KindTag kind={r.kind} />
            <SeverityTag severity={r.severity} />
          </Flex>
          {r.categoryPath.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
              {categoryLabel(locale, r.categoryPath)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('serviceRecords.col.content'),
      dataIndex: 'content',
      width: 200,
      render: (content: string) => (
        <Tooltip title={content} placement="topLeft">
          <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, maxWidth: 200 }}>
            {content}
          </Typography.Paragraph>
        </Tooltip>
      ),
    },
    {
      title: t('serviceRecords.col.handler'),
      key: 'handler',
      render: (_, r) => {
        const department = departmentLabel(locale, r);
        if (!department && !r.assigneeName)
          return <Typography.Text type="secondary">{t('serviceRecords.notRouted')}</Typography.Text>;
        return (
          <Flex vertical style={{ maxWidth: 130 }}>
            {department && <span>{department}</span>}
            {r.assigneeName && <Typography.Text type="secondary">{r.assigneeName}</Typography.Text>}
          </Flex>
        );
      },
    },
    {
      // What is overdue stays in sight: this column does not scroll away on a narrow screen.
      // Satisfaction is known only after the follow-up call, so it joins the status then.
      title: t('serviceRecords.col.statusDeadline'),
      key: 'status',
      fixed: 'right',
      render: (_, r) => {
        const which = currentDeadline(r);
        return (
          <Flex vertical gap={4} align="flex-start">
            <Flex gap={4} wrap>
              <StatusTag status={r.status} />
              {r.satisfaction && <SatisfactionTag level={r.satisfaction} />}
            </Flex>
            {/* A list reads better without "no deadline" on every answered inquiry. */}
            {deadlineState(r, which, now).kind !== 'none' && (
              <DeadlineCountdown record={r} which={which} now={now} />
            )}
          </Flex>
        );
      },
    },
  ];

  return (
    <Table<ServiceRecord>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 'max-content' }}
      onRow={(r) => ({ onClick: () => navigate(`/service/records/${r.id}`), style: { cursor: 'pointer' } })}
      locale={{ emptyText: <Empty description={t('serviceRecords.empty')} /> }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES.map(String),
        showTotal: (n) => t('common.totalItems', { total: totalCapped ? `${n.toLocaleString()}+` : n }),
        onChange: onPage,
      }}
    />
  );
}
