import { useState } from 'react';
import { Button, Input, Tag, Typography, type TableProps } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { Vehicle } from '@qiantai/contracts';
import { useCan } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { directoryApi } from './directory-api';
import { ListPage, useListState } from './ListPage';
import { usePropertyId } from '../common/use-property-id';
import { VehicleFormModal } from './VehicleFormModal';

export default function VehiclesPage() {
  const t = useT();
  const propertyId = usePropertyId();
  const canEdit = useCan('directory.edit');
  const [params] = useSearchParams();
  const list = useListState<{ q?: string }>({ q: params.get('q') ?? undefined });
  const [editing, setEditing] = useState<Vehicle | 'new' | null>(null);
  const query = { propertyId: propertyId ?? '', ...list.filters, ...list.paging };
  const rows = useApiQuery(JSON.stringify(query), () =>
    propertyId ? directoryApi.vehicles(query) : Promise.resolve(undefined),
  );

  const columns: TableProps<Vehicle>['columns'] = [
    {
      title: t('directory.vehicle.plate'),
      dataIndex: 'plate',
      render: (p: string) => <Tag color="blue">{p}</Tag>,
    },
    {
      title: t('directory.vehicle.owner'),
      dataIndex: 'personName',
      render: (name: string | null, v) =>
        v.personId ? (
          <Link to={`/directory/people/${v.personId}`}>{name}</Link>
        ) : (
          <Typography.Text type="secondary">{t('directory.vehicle.noOwner')}</Typography.Text>
        ),
    },
    { title: t('directory.vehicle.model'), dataIndex: 'model', render: (m: string) => m || '—' },
    { title: t('directory.vehicle.colour'), dataIndex: 'colour', render: (c: string) => c || '—' },
    { title: t('common.note'), dataIndex: 'note', ellipsis: true },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            align: 'right' as const,
            render: (_: unknown, v: Vehicle) => (
              <Button type="link" size="small" onClick={() => setEditing(v)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <ListPage<Vehicle>
      title={t('directory.vehicles.title')}
      subtitle={t('directory.vehicles.subtitle')}
      kind="vehicles"
      excelFilters={list.filters}
      createLabel={t('directory.vehicle.create')}
      onCreate={() => setEditing('new')}
      rows={rows}
      columns={columns}
      emptyText={t('directory.vehicles.empty')}
      paging={list.paging}
      onPage={list.onPage}
      filters={
        <Input.Search
          allowClear
          defaultValue={list.filters.q}
          placeholder={t('directory.vehicles.searchPlaceholder')}
          aria-label={t('directory.vehicles.searchPlaceholder')}
          onSearch={(q) => list.setFilter({ q: q.trim() || undefined })}
          style={{ width: 260 }}
        />
      }
    >
      <VehicleFormModal
        open={editing !== null}
        propertyId={propertyId ?? ''}
        vehicle={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={rows.reload}
      />
    </ListPage>
  );
}
