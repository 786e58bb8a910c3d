import { Button, Empty, Table, Tag, type TableProps } from 'antd';
import { Link } from 'react-router';
import type { PersonUnit } from '@qiantai/contracts';
import { useCan } from '../../../app/auth/auth-context';
import { useT } from '../../../app/i18n/locale-context';
import { PageCard } from '../../common/PageCard';
import { isCurrentLink } from '../directory-format';
import { PersonRoleTag } from '../PersonRoleTag';

/** Every unit this person is or was linked to; past links stay as history. */
export function PersonUnitsCard({
  links,
  onEdit,
  onEnd,
}: {
  links: PersonUnit[];
  onEdit(link: PersonUnit): void;
  onEnd(link: PersonUnit): void;
}) {
  const t = useT();
  const canEdit = useCan('directory.edit');
  const columns: TableProps<PersonUnit>['columns'] = [
    {
      title: t('directory.link.unit'),
      dataIndex: 'unitCode',
      render: (code: string, l) => <Link to={`/directory/units/${l.unitId}`}>{code}</Link>,
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
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            align: 'right' as const,
            // Past links can be corrected too (a wrong move-out date); only current ones can end.
            render: (_: unknown, l: PersonUnit) => (
              <>
                <Button type="link" size="small" onClick={() => onEdit(l)}>
                  {t('directory.link.edit')}
                </Button>
                {isCurrentLink(l) && (
                  <Button type="link" size="small" onClick={() => onEnd(l)}>
                    {t('directory.link.end')}
                  </Button>
                )}
              </>
            ),
          },
        ]
      : []),
  ];
  return (
    <PageCard title={t('directory.card.units')}>
      <Table<PersonUnit>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={links}
        pagination={false}
        onRow={(l) => ({ style: isCurrentLink(l) ? undefined : { color: '#8c8c8c' } })}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('directory.card.noUnits')} />,
        }}
      />
    </PageCard>
  );
}
