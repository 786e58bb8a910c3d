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

  const columns: TableProps<ServiceRecord>['columns'] = [
    {
      title: t('serviceRecords.col.number'),
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
          <SeverityTag severity={r.severity} />
        </Flex>
      ),
    },
    {
      title: t('serviceRecords.col.createdAt'),
      dataIndex: 'createdAt',
      render: (at: number) => {
        const [date, time] = formatDateTime(at).split(' ');
        return (
          <span style={digits}>
            {date}
            <br />
            <Typography.Text type="secondary">{time?.slice(0, 5)}</Typography.Text>
          </span>
        );
      },
    },
    {
      // The paper register has separate customer and unit columns; on screen the unit sits under the
      // name so the whole row fits beside the side navigation.
      title: t('serviceRecords.col.customerUnit'),
      key: 'customer',
      render: (_, r) => (
        <Flex vertical style={{ whiteSpace: 'nowrap' }}>
          {r.customerName || none}
          {r.unitCode && (
            <Typography.Text type="secondary" style={digits}>
              {r.unitCode}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('serviceRecords.col.phone'),
      dataIndex: 'customerPhone',
      render: (phone: string) => (phone ? <span style={digits}>{phone}</span> : none),
    },
    {
      title: t('serviceRecords.col.kind'),
      key: 'kind',
      render: (_, r) => (
        <Flex vertical gap={2} align="flex-start">
          <KindTag kind={r.kind} />
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
      width: 180,
      render: (content: string) => (
        <Tooltip title={content} placement="topLeft">
          <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, maxWidth: 180 }}>
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
          <Flex vertical style={{ maxWidth: 150 }}>
            {department && <span>{department}</span>}
            {r.assigneeName && <Typography.Text type="secondary">{r.assigneeName}</Typography.Text>}
          </Flex>
        );
      },
    },
    {
      // Satisfaction is known only after the follow-up call, so it shows under the status.
      title: t('serviceRecords.col.status'),
      dataIndex: 'status',
      render: (_, r) => (
        <Flex vertical gap={4} align="flex-start">
          <StatusTag status={r.status} />
          {r.satisfaction && <SatisfactionTag level={r.satisfaction} />}
        </Flex>
      ),
    },
    {
      title: t('serviceRecords.col.deadline'),
      key: 'deadline',
      // On a narrow screen the other columns scroll; what is overdue stays in sight.
      fixed: 'right',
      render: (_, r) => {
        const which = currentDeadline(r);
        // A list reads better with a dash than with "no deadline" on every answered inquiry.
        return deadlineState(r, which, now).kind === 'none' ? (
          none
        ) : (
          <DeadlineCountdown record={r} which={which} now={now} />
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
