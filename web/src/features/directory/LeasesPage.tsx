import { useState } from 'react';
import { Button, Checkbox, Flex, Select, Space, type TableProps } from 'antd';
import { Link } from 'react-router';
import { LEASE_STATUSES, type Lease } from '@qiantai/contracts';
import { useCan } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { ContractLink } from './card/PersonAssets';
import { ContractUpload } from './ContractUpload';
import { directoryApi } from './directory-api';
import { formatYuan } from './directory-format';
import { LeaseFormModal } from './LeaseFormModal';
import { LeaseStatusTag } from './LeaseStatusTag';
import { ListPage, useListState } from './ListPage';
import { usePropertyId } from '../common/use-property-id';

type Status = Lease['status'];
const EXPIRING_DAYS = 30;

export default function LeasesPage() {
  const t = useT();
  const propertyId = usePropertyId();
  const canEdit = useCan('directory.edit');
  const list = useListState<{ status?: Status; expiringWithinDays?: number }>({});
  const [editing, setEditing] = useState<Lease | 'new' | null>(null);
  const query = { propertyId: propertyId ?? '', ...list.filters, ...list.paging };
  const rows = useApiQuery(JSON.stringify(query), () =>
    propertyId ? directoryApi.leases(query) : Promise.resolve(undefined),
  );

  const columns: TableProps<Lease>['columns'] = [
    {
      title: t('directory.link.unit'),
      dataIndex: 'unitCode',
      render: (code: string, l) => <Link to={`/directory/units/${l.unitId}`}>{code}</Link>,
    },
    {
      title: t('directory.lease.tenant'),
      dataIndex: 'tenantName',
      render: (name: string, l) => <Link to={`/directory/people/${l.tenantPersonId}`}>{name}</Link>,
    },
    {
      title: t('directory.lease.period'),
      key: 'period',
      render: (_, l) => <span style={{ whiteSpace: 'nowrap' }}>{`${l.startDate} ~ ${l.endDate}`}</span>,
    },
    { title: t('directory.lease.status'), key: 'status', render: (_, l) => <LeaseStatusTag lease={l} /> },
    {
      title: t('directory.lease.rent'),
      dataIndex: 'rentFen',
      align: 'right',
      render: (f: number) => formatYuan(f),
    },
    {
      title: t('directory.lease.deposit'),
      dataIndex: 'depositFen',
      align: 'right',
      render: (f: number) => formatYuan(f),
    },
    {
      title: t('directory.lease.contract'),
      key: 'contract',
      render: (_, l) => (
        // Editors see the upload where there is nothing to download yet, and a replace next to the file.
        <Flex vertical align="flex-start">
          {(l.contractFileId || !canEdit) && <ContractLink lease={l} />}
          {canEdit && <ContractUpload lease={l} onUploaded={rows.reload} />}
        </Flex>
      ),
    },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            align: 'right' as const,
            render: (_: unknown, l: Lease) => (
              <Button type="link" size="small" onClick={() => setEditing(l)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <ListPage<Lease>
      title={t('directory.leases.title')}
      subtitle={t('directory.leases.subtitle')}
      kind="leases"
      excelFilters={list.filters}
      createLabel={t('directory.lease.create')}
      onCreate={() => setEditing('new')}
      rows={rows}
      columns={columns}
      emptyText={t('directory.leases.empty')}
      paging={list.paging}
      onPage={list.onPage}
      filters={
        <Space size={16} wrap>
          <Select
            allowClear
            placeholder={t('directory.lease.status')}
            aria-label={t('directory.lease.status')}
            value={list.filters.status}
            onChange={(status?: Status) => list.setFilter({ status })}
            options={LEASE_STATUSES.map((s) => ({ value: s, label: t(`directory.leaseStatus.${s}`) }))}
            style={{ width: 140 }}
          />
          <Checkbox
            checked={list.filters.expiringWithinDays !== undefined}
            onChange={(e) =>
              list.setFilter({
                expiringWithinDays: e.target.checked ? EXPIRING_DAYS : undefined,
                status: e.target.checked ? 'active' : list.filters.status,
              })
            }
          >
            {t('directory.leases.expiring', { days: EXPIRING_DAYS })}
          </Checkbox>
        </Space>
      }
    >
      <LeaseFormModal
        open={editing !== null}
        lease={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={rows.reload}
      />
    </ListPage>
  );
}
