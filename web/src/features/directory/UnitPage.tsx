import { useState } from 'react';
import {
  Breadcrumb,
  Button,
  Col,
  Descriptions,
  Empty,
  Row,
  Skeleton,
  Table,
  Tag,
  type TableProps,
} from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import type { Lease, PersonUnit, Vehicle } from '@qiantai/contracts';
import { useCan } from '../../app/auth/auth-context';
import { FeaturePanels, useFeatureSlots, usePanelsReady } from '../../app/features/feature-slots';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { ErrorState } from '../common/ErrorState';
import { PageCard } from '../common/PageCard';
import { PageHeader } from '../common/PageHeader';
import { ContractLink, VehiclesCard } from './card/PersonAssets';
import { directoryApi } from './directory-api';
import { formatYuan, isCurrentLink } from './directory-format';
import { LeaseStatusTag } from './LeaseStatusTag';
import { PersonRoleTag } from './PersonRoleTag';
import { UnitFormModal } from './UnitFormModal';

/** One unit: who lives there now and who did before, their vehicles, and the unit's leases. */
export default function UnitPage() {
  const t = useT();
  const { unitPanels } = useFeatureSlots();
  const panelsReady = usePanelsReady(unitPanels);
  const { id = '' } = useParams();
  const canEdit = useCan('directory.edit');
  const [editing, setEditing] = useState(false);
  const unit = useApiQuery(`unit:${id}`, () => directoryApi.unit(id));
  const currentIds = (unit.data?.people ?? []).filter((l) => isCurrentLink(l)).map((l) => l.personId);
  const vehicles = useApiQuery(`unit-vehicles:${[...new Set(currentIds)].join(',')}`, async () => {
    if (!unit.data) return [];
    const pages = await Promise.all(
      [...new Set(currentIds)].map((personId) =>
        directoryApi.vehicles({ propertyId: unit.data!.propertyId, personId, pageSize: 50 }),
      ),
    );
    return pages.flatMap((p) => p.items);
  });
  const leases = useApiQuery(`unit-leases:${id}:${unit.data?.propertyId}`, () =>
    unit.data
      ? directoryApi.leases({ propertyId: unit.data.propertyId, unitId: id, pageSize: 50 })
      : Promise.resolve(null),
  );

  if (unit.error)
    return (
      <PageCard>
        <ErrorState error={unit.error} onRetry={unit.reload} />
      </PageCard>
    );
  if (!unit.data || !panelsReady)
    return (
      <PageCard>
        <Skeleton active paragraph={{ rows: 6 }} />
      </PageCard>
    );

  const u = unit.data;
  const peopleColumns: TableProps<PersonUnit>['columns'] = [
    {
      title: t('directory.person.name'),
      dataIndex: 'personName',
      render: (name: string, l) => (
        <Link to={`/directory/people/${l.personId}`} style={{ fontWeight: 600 }}>
          {name}
        </Link>
      ),
    },
    {
      title: t('directory.person.role'),
      dataIndex: 'role',
      render: (r: PersonUnit['role']) => <PersonRoleTag role={r} />,
    },
    { title: t('directory.link.from'), dataIndex: 'from', render: (d: string | null) => d ?? '—' },
    {
      title: t('directory.link.until'),
      dataIndex: 'until',
      render: (d: string | null, l) =>
        isCurrentLink(l) ? <Tag color="success">{d ?? t('directory.link.current')}</Tag> : <Tag>{d}</Tag>,
    },
  ];
  const leaseColumns: TableProps<Lease>['columns'] = [
    {
      title: t('directory.lease.tenant'),
      dataIndex: 'tenantName',
      render: (name: string, l) => <Link to={`/directory/people/${l.tenantPersonId}`}>{name}</Link>,
    },
    { title: t('directory.lease.period'), key: 'period', render: (_, l) => `${l.startDate} ~ ${l.endDate}` },
    {
      title: t('directory.lease.rent'),
      dataIndex: 'rentFen',
      align: 'right',
      render: (f: number) => formatYuan(f),
    },
    { title: t('directory.lease.status'), key: 'status', render: (_, l) => <LeaseStatusTag lease={l} /> },
    { title: t('directory.lease.contract'), key: 'contract', render: (_, l) => <ContractLink lease={l} /> },
  ];
  const sorted = [...u.people].sort((a, b) => Number(isCurrentLink(b)) - Number(isCurrentLink(a)));
  // Other features' buttons (log a service record for the unit…) and cards.
  const panelProps = { unitId: u.id, propertyId: u.propertyId };
  const panels = (area: 'actions' | 'main') => unitPanels.filter((p) => p.area === area);

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/directory/buildings">{t('directory.buildings.title')}</Link> },
          {
            title: (
              <Link to={`/directory/buildings/${u.buildingId}`}>
                {t('directory.unit.building', { code: u.buildingCode })}
              </Link>
            ),
          },
          { title: u.code },
        ]}
      />
      <PageHeader
        title={t('directory.unit.title', { code: u.code })}
        extra={
          <>
            <FeaturePanels panels={panels('actions')} props={panelProps} />
            {canEdit && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
            )}
          </>
        }
      />
      <Row gutter={[20, 20]}>
        <Col span={24}>
          <PageCard>
            <Descriptions size="small" column={{ xs: 1, md: 4 }}>
              <Descriptions.Item label={t('directory.unit.type')}>
                {t(`directory.unitType.${u.type}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('directory.unit.floor')}>{u.floor ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('directory.unit.area')}>
                {u.areaSqm === null ? '—' : `${u.areaSqm} ㎡`}
              </Descriptions.Item>
              <Descriptions.Item label={t('common.note')}>{u.note || '—'}</Descriptions.Item>
            </Descriptions>
          </PageCard>
        </Col>
        <Col xs={24} xl={14}>
          <PageCard title={t('directory.unitPage.people')}>
            <Table<PersonUnit>
              rowKey="id"
              size="small"
              pagination={false}
              columns={peopleColumns}
              dataSource={sorted}
              onRow={(l) => ({ style: isCurrentLink(l) ? undefined : { color: '#8c8c8c' } })}
              locale={{
                emptyText: (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={t('directory.unitPage.noPeople')}
                  />
                ),
              }}
            />
          </PageCard>
        </Col>
        <Col xs={24} xl={10}>
          {vehicles.error ? (
            <ErrorState error={vehicles.error} onRetry={vehicles.reload} />
          ) : (
            <VehiclesCard vehicles={vehicles.data ?? ([] as Vehicle[])} />
          )}
        </Col>
        <Col span={24}>
          <PageCard title={t('directory.card.leases')}>
            {leases.error ? (
              <ErrorState error={leases.error} onRetry={leases.reload} />
            ) : (
              <Table<Lease>
                rowKey="id"
                size="small"
                pagination={false}
                loading={leases.loading}
                columns={leaseColumns}
                dataSource={leases.data?.items ?? []}
                scroll={{ x: 'max-content' }}
                locale={{
                  emptyText: (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('directory.card.noLeases')} />
                  ),
                }}
              />
            )}
          </PageCard>
        </Col>
        <FeaturePanels
          panels={panels('main')}
          props={panelProps}
          wrap={(panel) => <Col span={24}>{panel}</Col>}
        />
      </Row>
      <UnitFormModal
        open={editing}
        buildingId={u.buildingId}
        unit={u}
        onClose={() => setEditing(false)}
        onSaved={unit.reload}
      />
    </>
  );
}
