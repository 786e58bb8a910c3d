import { Button, Flex, Select, Space, Tag, Typography } from 'antd';
import { HomeOutlined, UserOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/locale-context';
import { isCurrentLink } from '../directory/directory-format';
import { PersonRoleTag } from '../directory/PersonRoleTag';
import { customerLanguage, type DeskCustomerState } from './use-desk-customer';

/** The chosen person: name (to their card), masked mobile, language, and which of their units. */
export function PersonSummary({ state }: { state: DeskCustomerState }) {
  const t = useT();
  if (state.customer.type !== 'person') return null;
  const { card, unitId } = state.customer;
  const { person } = card;
  const current = card.units.filter((u) => isCurrentLink(u));
  const past = card.units.filter((u) => !isCurrentLink(u));
  const unitOption = (u: (typeof card.units)[number]) => ({
    value: u.unitId,
    label: (
      <Space size={6}>
        {u.unitCode}
        <PersonRoleTag role={u.role} />
      </Space>
    ),
  });
  return (
    <div style={{ minWidth: 0 }} data-testid="desk-customer">
      <Space size={10} wrap align="center">
        <UserOutlined style={{ color: '#1f6feb', fontSize: 18 }} />
        <Link
          to={`/directory/people/${person.id}`}
          target="_blank"
          rel="noreferrer"
          style={{ fontSize: 18, fontWeight: 600 }}
        >
          {person.name}
        </Link>
        {person.mobile && <Typography.Text type="secondary">{person.mobile}</Typography.Text>}
        {customerLanguage(state.customer) === 'en' && <Tag color="purple">English</Tag>}
      </Space>
      <Flex align="center" gap={8} style={{ marginTop: 10 }}>
        <HomeOutlined style={{ color: '#13a8a8' }} />
        <Select
          aria-label={t('serviceDesk.customer.unit')}
          data-desk-flow="unit"
          value={unitId ?? ''}
          onChange={(next: string) => state.setUnitId(next || null)}
          style={{ minWidth: 220 }}
          options={[
            ...current.map(unitOption),
            ...(past.length
              ? [{ label: t('serviceDesk.customer.pastUnits'), options: past.map(unitOption) }]
              : []),
            { value: '', label: t('serviceDesk.customer.noUnit') },
          ]}
        />
      </Flex>
    </div>
  );
}

/** The chosen unit, and its occupants to pick the one at the desk from. */
export function UnitSummary({ state }: { state: DeskCustomerState }) {
  const t = useT();
  if (state.customer.type !== 'unit') return null;
  const { unit } = state.customer;
  const occupants = unit.people.filter((l) => isCurrentLink(l));
  return (
    <div style={{ minWidth: 0 }} data-testid="desk-customer">
      <Space size={10} align="center">
        <HomeOutlined style={{ color: '#13a8a8', fontSize: 18 }} />
        <Link
          to={`/directory/units/${unit.id}`}
          target="_blank"
          rel="noreferrer"
          style={{ fontSize: 18, fontWeight: 600 }}
        >
          {unit.code}
        </Link>
      </Space>
      {occupants.length > 0 && (
        <Flex gap={6} wrap align="center" style={{ marginTop: 10 }}>
          <Typography.Text type="secondary">{t('serviceDesk.customer.whichOccupant')}</Typography.Text>
          {occupants.map((l) => (
            <Button key={l.id} size="small" onClick={() => void state.choosePerson(l.personId, unit.id)}>
              {l.personName} · {t(`directory.role.${l.role}`)}
            </Button>
          ))}
        </Flex>
      )}
    </div>
  );
}
