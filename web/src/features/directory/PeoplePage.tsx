import { useState } from 'react';
import { Flex, Input, Select, Space, Typography, type TableProps } from 'antd';
import { Link, useNavigate } from 'react-router';
import { PERSON_ROLES } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { directoryApi, type PersonListItem } from './directory-api';
import type { PersonRole } from './directory-format';
import { ListPage, useListState } from './ListPage';
import { PersonFormModal } from './PersonFormModal';
import { PersonRoleTag } from './PersonRoleTag';
import { UnitSelect } from './RecordSelects';
import { usePropertyId } from '../common/use-property-id';

type Filters = {
  q?: string;
  role?: PersonRole;
  unitId?: string;
};

export default function PeoplePage() {
  const t = useT();
  const navigate = useNavigate();
  const propertyId = usePropertyId();
  const { filters, setFilter, paging, onPage } = useListState<Filters>({});
  const [creating, setCreating] = useState(false);
  const query = { propertyId: propertyId ?? '', ...filters, ...paging };
  const people = useApiQuery(JSON.stringify(query), () =>
    propertyId ? directoryApi.people(query) : Promise.resolve(undefined),
  );

  const columns: TableProps<PersonListItem>['columns'] = [
    {
      title: t('directory.person.name'),
      dataIndex: 'name',
      render: (name: string, p) => (
        <Link to={`/directory/people/${p.id}`} style={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
          {name}
        </Link>
      ),
    },
    {
      title: t('directory.person.units'),
      key: 'units',
      render: (_, p) =>
        p.units.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Flex vertical gap={4}>
            {p.units.map((u) => (
              <Space key={u.id} size={6}>
                <Link to={`/directory/units/${u.unitId}`}>{u.unitCode}</Link>
                <PersonRoleTag role={u.role} />
              </Space>
            ))}
          </Flex>
        ),
    },
    {
      title: t('directory.person.mobile'),
      dataIndex: 'mobile',
      render: (m: string | null) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{m ?? '—'}</span>,
    },
    {
      title: t('directory.person.idNumber'),
      dataIndex: 'idNumber',
      render: (v: string | null) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{v ?? '—'}</span>,
    },
  ];

  return (
    <ListPage<PersonListItem>
      title={t('directory.people.title')}
      subtitle={t('directory.people.subtitle')}
      kind="people"
      excelFilters={filters}
      createLabel={t('directory.person.create')}
      onCreate={() => setCreating(true)}
      rows={people}
      columns={columns}
      emptyText={t('directory.people.empty')}
      paging={paging}
      onPage={onPage}
      filters={
        <>
          <Input.Search
            allowClear
            placeholder={t('directory.people.searchPlaceholder')}
            aria-label={t('directory.people.searchPlaceholder')}
            onSearch={(q) => setFilter({ q: q.trim() || undefined })}
            style={{ width: 260 }}
          />
          <Select
            allowClear
            placeholder={t('directory.person.role')}
            aria-label={t('directory.person.role')}
            value={filters.role}
            onChange={(role?: PersonRole) => setFilter({ role })}
            options={PERSON_ROLES.map((r) => ({ value: r, label: t(`directory.role.${r}`) }))}
            style={{ width: 150 }}
          />
          <div style={{ width: 200 }}>
            <UnitSelect
              allowClear
              value={filters.unitId}
              onChange={(unitId) => setFilter({ unitId: unitId ?? undefined })}
            />
          </div>
        </>
      }
    >
      <PersonFormModal
        open={creating}
        propertyId={propertyId ?? ''}
        person={null}
        onClose={() => setCreating(false)}
        onSaved={(p) => navigate(`/directory/people/${p.id}`)}
      />
    </ListPage>
  );
}
