import { useState } from 'react';
import { Badge, Button, Input, Select, Tag, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { PARKING_STATUSES, type ParkingSpace } from '@qiantai/contracts';
import { useCan } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { directoryApi } from './directory-api';
import { ListPage, useListState } from './ListPage';
import { ParkingFormModal } from './ParkingFormModal';
import { usePropertyId } from '../common/use-property-id';

type Status = ParkingSpace['status'];
const STATUS_BADGE: Record<Status, 'success' | 'processing' | 'warning' | 'default'> = {
  vacant: 'success',
  occupied: 'processing',
  reserved: 'warning',
  out_of_service: 'default',
};

export default function ParkingPage() {
  const t = useT();
  const propertyId = usePropertyId();
  const canEdit = useCan('directory.edit');
  const list = useListState<{ q?: string; status?: Status }>({});
  const [editing, setEditing] = useState<ParkingSpace | 'new' | null>(null);
  const query = { propertyId: propertyId ?? '', ...list.filters, ...list.paging };
  const rows = useApiQuery(JSON.stringify(query), () =>
    propertyId ? directoryApi.parking(query) : Promise.resolve(undefined),
  );

  const columns: TableProps<ParkingSpace>['columns'] = [
    {
      title: t('directory.parking.number'),
      dataIndex: 'number',
      render: (n: string) => <Typography.Text strong>{n}</Typography.Text>,
    },
    { title: t('directory.parking.zone'), dataIndex: 'zone', render: (z: string) => z || '—' },
    {
      title: t('directory.parking.type'),
      dataIndex: 'type',
      render: (v: ParkingSpace['type']) => t(`directory.parkingType.${v}`),
    },
    {
      title: t('directory.parking.status'),
      dataIndex: 'status',
      render: (s: Status) => <Badge status={STATUS_BADGE[s]} text={t(`directory.parkingStatus.${s}`)} />,
    },
    {
      title: t('directory.parking.holder'),
      dataIndex: 'holderName',
      render: (name: string | null, p) =>
        p.holderPersonId ? <Link to={`/directory/people/${p.holderPersonId}`}>{name}</Link> : '—',
    },
    {
      title: t('directory.parking.plates'),
      dataIndex: 'plates',
      render: (plates: string[]) => (plates.length ? plates.map((pl) => <Tag key={pl}>{pl}</Tag>) : '—'),
    },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            align: 'right' as const,
            render: (_: unknown, p: ParkingSpace) => (
              <Button type="link" size="small" onClick={() => setEditing(p)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <ListPage<ParkingSpace>
      title={t('directory.parkingList.title')}
      subtitle={t('directory.parkingList.subtitle')}
      kind="parking"
      excelFilters={list.filters}
      createLabel={t('directory.parking.create')}
      onCreate={() => setEditing('new')}
      rows={rows}
      columns={columns}
      emptyText={t('directory.parkingList.empty')}
      paging={list.paging}
      onPage={list.onPage}
      filters={
        <>
          <Input.Search
            allowClear
            placeholder={t('directory.parkingList.searchPlaceholder')}
            aria-label={t('directory.parkingList.searchPlaceholder')}
            onSearch={(q) => list.setFilter({ q: q.trim() || undefined })}
            style={{ width: 240 }}
          />
          <Select
            allowClear
            placeholder={t('directory.parking.status')}
            aria-label={t('directory.parking.status')}
            value={list.filters.status}
            onChange={(status?: Status) => list.setFilter({ status })}
            options={PARKING_STATUSES.map((s) => ({ value: s, label: t(`directory.parkingStatus.${s}`) }))}
            style={{ width: 140 }}
          />
        </>
      }
    >
      <ParkingFormModal
        open={editing !== null}
        propertyId={propertyId ?? ''}
        space={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={rows.reload}
      />
    </ListPage>
  );
}
