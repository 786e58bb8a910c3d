import { Button, Empty, Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import type { Unit } from '@qiantai/contracts';
import { useCan } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/locale-context';
import type { Page } from '../common/page';

export function UnitsTable({
  page,
  loading,
  paging,
  onPage,
  onEdit,
}: {
  page: Page<Unit> | undefined;
  loading: boolean;
  paging: { page: number; pageSize: number };
  onPage(page: number, pageSize: number): void;
  onEdit(unit: Unit): void;
}) {
  const t = useT();
  const canEdit = useCan('directory.edit');
  const columns: TableProps<Unit>['columns'] = [
    {
      title: t('directory.unit.code'),
      dataIndex: 'code',
      render: (code: string, u) => <Link to={`/directory/units/${u.id}`}>{code}</Link>,
    },
    { title: t('directory.unit.floor'), dataIndex: 'floor', render: (f: number | null) => f ?? '—' },
    {
      title: t('directory.unit.area'),
      dataIndex: 'areaSqm',
      align: 'right',
      render: (a: number | null) => (a === null ? '—' : `${a} ㎡`),
    },
    {
      title: t('directory.unit.type'),
      dataIndex: 'type',
      render: (v: Unit['type']) => t(`directory.unitType.${v}`),
    },
    { title: t('common.note'), dataIndex: 'note', ellipsis: true },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            align: 'right' as const,
            render: (_: unknown, u: Unit) => (
              <Button type="link" size="small" onClick={() => onEdit(u)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<Unit>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('directory.units.empty')} /> }}
      pagination={{
        current: paging.page,
        pageSize: paging.pageSize,
        total: page?.total ?? 0,
        showSizeChanger: true,
        showTotal: (n) => t('common.totalItems', { total: n }),
        onChange: onPage,
      }}
    />
  );
}
