import { Button, Empty, Flex, Table, Tag, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { Lease, ParkingSpace, PersonUnit, Vehicle } from '@qiantai/contracts';
import { useT } from '../../../app/i18n/locale-context';
import { PageCard } from '../../common/PageCard';
import { directoryApi } from '../directory-api';
import { formatYuan } from '../directory-format';
import { LeaseStatusTag } from '../LeaseStatusTag';
import { PersonRoleTag } from '../PersonRoleTag';

const none = (text: string) => ({
  emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />,
});

/** Who else lives in this person's current units. */
export function HouseholdCard({ household }: { household: PersonUnit[] }) {
  const t = useT();
  return (
    <PageCard title={t('directory.card.household')}>
      <Table<PersonUnit>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={household}
        locale={none(t('directory.card.noHousehold'))}
        columns={[
          {
            title: t('directory.person.name'),
            dataIndex: 'personName',
            render: (name: string, l) => <Link to={`/directory/people/${l.personId}`}>{name}</Link>,
          },
          { title: t('directory.link.unit'), dataIndex: 'unitCode' },
          {
            title: t('directory.person.role'),
            dataIndex: 'role',
            render: (r: PersonUnit['role']) => <PersonRoleTag role={r} />,
          },
        ]}
      />
    </PageCard>
  );
}

export function VehiclesCard({ vehicles }: { vehicles: Vehicle[] }) {
  const t = useT();
  return (
    <PageCard title={t('directory.card.vehicles')}>
      <Table<Vehicle>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={vehicles}
        locale={none(t('directory.card.noVehicles'))}
        columns={[
          {
            title: t('directory.vehicle.plate'),
            dataIndex: 'plate',
            render: (p: string) => <Tag color="blue">{p}</Tag>,
          },
          {
            title: t('directory.vehicle.model'),
            key: 'model',
            render: (_, v) => [v.colour, v.model].filter(Boolean).join(' ') || '—',
          },
        ]}
      />
    </PageCard>
  );
}

export function ParkingCard({ parking }: { parking: ParkingSpace[] }) {
  const t = useT();
  return (
    <PageCard title={t('directory.card.parking')}>
      <Table<ParkingSpace>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={parking}
        locale={none(t('directory.card.noParking'))}
        columns={[
          {
            title: t('directory.parking.number'),
            dataIndex: 'number',
            render: (n: string, p) => (p.zone && !n.startsWith(p.zone) ? `${p.zone} ${n}` : n),
          },
          {
            title: t('directory.parking.type'),
            dataIndex: 'type',
            render: (v: ParkingSpace['type']) => t(`directory.parkingType.${v}`),
          },
          {
            title: t('directory.parking.plates'),
            dataIndex: 'plates',
            render: (p: string[]) => p.join('、') || '—',
          },
        ]}
      />
    </PageCard>
  );
}

export function LeasesCard({ leases }: { leases: Lease[] }) {
  const t = useT();
  return (
    <PageCard title={t('directory.card.leases')}>
      <Table<Lease>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={leases}
        scroll={{ x: 'max-content' }}
        locale={none(t('directory.card.noLeases'))}
        columns={[
          { title: t('directory.link.unit'), dataIndex: 'unitCode' },
          {
            title: t('directory.lease.period'),
            key: 'period',
            render: (_, l) => <span style={{ whiteSpace: 'nowrap' }}>{`${l.startDate} ~ ${l.endDate}`}</span>,
          },
          {
            title: t('directory.lease.rent'),
            dataIndex: 'rentFen',
            align: 'right',
            render: (f: number) => formatYuan(f),
          },
          {
            title: t('directory.lease.status'),
            key: 'status',
            render: (_, l) => <LeaseStatusTag lease={l} />,
          },
          {
            title: t('directory.lease.contract'),
            key: 'contract',
            render: (_, l) => <ContractLink lease={l} />,
          },
        ]}
      />
    </PageCard>
  );
}

/** Download the signed contract of a lease, when one is attached. */
export function ContractLink({ lease }: { lease: Lease }) {
  const t = useT();
  if (!lease.contractFileId)
    return <Typography.Text type="secondary">{t('directory.lease.noContract')}</Typography.Text>;
  return (
    <Flex>
      <Button
        type="link"
        size="small"
        icon={<PaperClipOutlined />}
        onClick={() => void directoryApi.downloadContract(lease)}
        style={{ paddingInline: 0 }}
      >
        {lease.contractFileName ?? t('directory.lease.contract')}
      </Button>
    </Flex>
  );
}
