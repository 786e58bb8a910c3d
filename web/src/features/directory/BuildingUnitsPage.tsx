import { useState } from 'react';
import { Breadcrumb, Button, Input, Segmented, Select, Skeleton, Space } from 'antd';
import { AppstoreOutlined, PlusOutlined, TableOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { UNIT_TYPES, type Unit } from '@qiantai/contracts';
import { useCan } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { ErrorState } from '../common/ErrorState';
import { PageCard } from '../common/PageCard';
import { PageHeader } from '../common/PageHeader';
import { directoryApi } from './directory-api';
import { ExcelActions } from './excel/ExcelActions';
import { UnitFloorGrid } from './UnitFloorGrid';
import { UnitFormModal } from './UnitFormModal';
import { UnitsTable } from './UnitsTable';
import { usePropertyId } from '../common/use-property-id';

type View = 'table' | 'grid';
// The grid shows the whole building at once; the API pages at most this many.
const GRID_PAGE_SIZE = 200;

/** The units of one building, as a paged table or as a floor-by-floor grid. */
export default function BuildingUnitsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id: buildingId = '' } = useParams();
  const propertyId = usePropertyId();
  const canEdit = useCan('directory.edit');
  const [view, setView] = useState<View>('grid');
  const [filters, setFilters] = useState<{ q?: string; type?: Unit['type'] }>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);

  const buildings = useApiQuery(`buildings:${propertyId}`, () =>
    propertyId ? directoryApi.buildings(propertyId) : Promise.resolve([]),
  );
  const building = buildings.data?.find((b) => b.id === buildingId);
  const query = {
    propertyId: propertyId ?? '',
    buildingId,
    ...filters,
    ...(view === 'grid' ? { page: 1, pageSize: GRID_PAGE_SIZE } : paging),
  };
  const units = useApiQuery(JSON.stringify(query), () => directoryApi.units(query));
  const setFilter = (patch: typeof filters) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPaging((p) => ({ ...p, page: 1 }));
  };

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/directory/buildings">{t('directory.buildings.title')}</Link> },
          { title: building?.name ?? '…' },
        ]}
      />
      <PageHeader
        title={building ? t('directory.units.title', { building: building.name }) : t('common.loading')}
        subtitle={building ? t('directory.units.subtitle', { count: building.unitCount }) : undefined}
        extra={
          <>
            <ExcelActions kind="units" filters={{ buildingId, ...filters }} onImported={units.reload} />
            {canEdit && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('directory.unit.create')}
              </Button>
            )}
          </>
        }
      />
      <PageCard>
        <Space wrap size={12} style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('directory.units.searchPlaceholder')}
            aria-label={t('directory.units.searchPlaceholder')}
            onSearch={(q) => setFilter({ q: q.trim() || undefined })}
            style={{ width: 240 }}
          />
          <Select
            allowClear
            placeholder={t('directory.unit.type')}
            aria-label={t('directory.unit.type')}
            value={filters.type}
            onChange={(type?: Unit['type']) => setFilter({ type })}
            options={UNIT_TYPES.map((v) => ({ value: v, label: t(`directory.unitType.${v}`) }))}
            style={{ width: 140 }}
          />
          <Segmented<View>
            value={view}
            onChange={setView}
            options={[
              { value: 'grid', icon: <AppstoreOutlined />, label: t('directory.units.viewGrid') },
              { value: 'table', icon: <TableOutlined />, label: t('directory.units.viewTable') },
            ]}
          />
        </Space>
        {units.error || buildings.error ? (
          <ErrorState error={(units.error ?? buildings.error)!} onRetry={units.reload} />
        ) : view === 'grid' ? (
          units.loading && !units.data ? (
            <Skeleton active />
          ) : (
            <UnitFloorGrid units={units.data?.items ?? []} />
          )
        ) : (
          <UnitsTable
            page={units.data}
            loading={units.loading}
            paging={paging}
            onPage={(page, pageSize) => setPaging({ page, pageSize })}
            onEdit={setEditing}
          />
        )}
      </PageCard>
      <UnitFormModal
        open={editing !== null}
        buildingId={buildingId}
        unit={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={(saved) => (editing === 'new' ? navigate(`/directory/units/${saved.id}`) : units.reload())}
      />
    </>
  );
}
