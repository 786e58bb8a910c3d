import { Empty, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Unit } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';

/** The building as it stands: top floor first, each floor's units left to right. */
export function UnitFloorGrid({ units }: { units: Unit[] }) {
  const t = useT();
  if (units.length === 0) return <Empty description={t('directory.units.empty')} />;
  const floors = new Map<number | null, Unit[]>();
  for (const u of units) floors.set(u.floor, [...(floors.get(u.floor) ?? []), u]);
  const order = [...floors.keys()].sort((a, b) => (b ?? -999) - (a ?? -999));
  return (
    <Flex vertical gap={6}>
      {order.map((floor) => (
        <Flex key={floor ?? 'none'} align="center" gap={12}>
          <Typography.Text type="secondary" style={{ width: 64, textAlign: 'right', flexShrink: 0 }}>
            {floor === null ? t('directory.units.noFloor') : t('directory.units.floor', { floor })}
          </Typography.Text>
          <Flex gap={6} wrap>
            {floors
              .get(floor)!
              .sort((a, b) => a.code.localeCompare(b.code, 'zh-CN', { numeric: true }))
              .map((u) => (
                <Link key={u.id} to={`/directory/units/${u.id}`}>
                  <Tag
                    color={u.type === 'residential' ? 'blue' : 'purple'}
                    style={{ marginInlineEnd: 0, minWidth: 84, textAlign: 'center', padding: '2px 8px' }}
                  >
                    {u.code}
                  </Tag>
                </Link>
              ))}
          </Flex>
        </Flex>
      ))}
    </Flex>
  );
}
