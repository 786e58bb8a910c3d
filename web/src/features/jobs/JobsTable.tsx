import { Button, Empty, Table, Tag, Typography, type TableProps } from 'antd';
import { RedoOutlined } from '@ant-design/icons';
import type { Job } from '@qiantai/contracts';
import { jobKindLabel } from './job-kind-label';
import { useT } from '../../app/i18n/locale-context';
import { formatDateTime } from '../../lib/format';

const nowrap = (text: string) => <span style={{ whiteSpace: 'nowrap' }}>{text}</span>;

const STATUS_COLOURS = {
  pending: 'default',
  running: 'processing',
  done: 'success',
  failed: 'error',
} as const;

interface Props {
  rows: Job[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  retryingId: string | null;
  onPage(page: number, pageSize: number): void;
  /** Absent when the user may read jobs but not retry them. */
  onRetry?: (job: Job) => void;
}

export function JobsTable({ rows, total, page, pageSize, loading, retryingId, onPage, onRetry }: Props) {
  const t = useT();
  const kindLabel = (kind: string) => jobKindLabel(kind, t);

  const columns: TableProps<Job>['columns'] = [
    {
      title: t('jobs.col.kind'),
      dataIndex: 'kind',
      render: (kind: string) => (
        <div>
          <Typography.Text strong>{kindLabel(kind)}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
              {kind}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t('jobs.col.status'),
      dataIndex: 'status',
      render: (status: Job['status']) => (
        <Tag color={STATUS_COLOURS[status]}>{t(`jobs.status.${status}`)}</Tag>
      ),
    },
    { title: t('jobs.col.attempts'), key: 'attempts', render: (_, j) => `${j.attempts} / ${j.maxAttempts}` },
    { title: t('jobs.col.runAt'), dataIndex: 'runAt', render: (at: number) => nowrap(formatDateTime(at)) },
    {
      title: t('jobs.col.updatedAt'),
      dataIndex: 'updatedAt',
      render: (at: number) => nowrap(formatDateTime(at)),
    },
    {
      title: t('jobs.col.lastError'),
      dataIndex: 'lastError',
      ellipsis: true,
      render: (error: string | null) =>
        error ? (
          <Typography.Text type="danger" title={error}>
            {error}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];
  if (onRetry) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      align: 'right',
      render: (_, job) =>
        job.status === 'failed' && (
          <Button
            size="small"
            icon={<RedoOutlined />}
            loading={retryingId === job.id}
            onClick={() => onRetry(job)}
          >
            {t('common.retry')}
          </Button>
        ),
    });
  }

  return (
    <Table<Job>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      locale={{ emptyText: <Empty description={t('jobs.empty')} /> }}
      pagination={{
        current: page,
        pageSize,
        total,
        showTotal: (n) => t('common.totalItems', { total: n }),
        onChange: onPage,
      }}
    />
  );
}
