import { Empty, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import type { AuditEntry } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { formatDateTime } from '../../lib/format';
import { AuditDetail } from './AuditDetail';
import { actionLabel } from './audit-labels';

interface Props {
  rows: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage(page: number, pageSize: number): void;
}

// Failures and refusals stand out from routine entries.
const actionColour = (action: string) =>
  action.endsWith('.failure') || action.endsWith('.denied')
    ? 'error'
    : action.startsWith('auth.')
      ? 'default'
      : 'processing';

export function AuditTable({ rows, total, page, pageSize, loading, onPage }: Props) {
  const t = useT();
  const columns: TableProps<AuditEntry>['columns'] = [
    { title: t('audit.col.time'), dataIndex: 'at', width: 180, render: (at: number) => formatDateTime(at) },
    {
      title: t('audit.col.actor'),
      dataIndex: 'actorUsername',
      render: (name: string | null) =>
        name ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
    },
    {
      title: t('audit.col.action'),
      dataIndex: 'action',
      render: (action: string) => (
        <Tooltip title={<code>{action}</code>}>
          <Tag color={actionColour(action)}>{actionLabel(action, t)}</Tag>
        </Tooltip>
      ),
    },
    {
      title: t('audit.col.entity'),
      key: 'entity',
      render: (_, e) =>
        e.entityType ? (
          <Typography.Text style={{ fontSize: 13 }}>
            {e.entityType}
            {e.entityId && (
              <Typography.Text type="secondary" copyable={{ text: e.entityId }}>
                {' '}
                {e.entityId}
              </Typography.Text>
            )}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    { title: t('audit.col.ip'), dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
  ];

  return (
    <Table<AuditEntry>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      expandable={{ expandedRowRender: (entry) => <AuditDetail entry={entry} /> }}
      locale={{ emptyText: <Empty description={t('audit.empty')} /> }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        showTotal: (n) => t('common.totalItems', { total: n }),
        onChange: onPage,
      }}
    />
  );
}
