import { Button, Empty, Flex, Table, Tag, Typography, type TableProps } from 'antd';
import type { User } from '@qiantai/contracts';
import { useMe } from '../../app/auth/auth-context';
import { useLocale } from '../../app/i18n/locale-context';
import { localName } from '../../app/i18n/property-name';
import { formatDateTime } from '../../lib/format';
import { RoleTags } from '../common/RoleTags';
import { UserStatusTag } from './UserStatusTag';

interface Props {
  rows: User[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage(page: number, pageSize: number): void;
  onEdit(user: User): void;
  onSetDisabled(user: User, disabled: boolean): void;
  onResetPassword(user: User): void;
}

export function UsersTable({ rows, total, page, pageSize, loading, onPage, ...actions }: Props) {
  const { t, locale } = useLocale();
  const me = useMe();
  const propertyName = (id: string) => {
    const p = me.properties.find((x) => x.id === id);
    return p ? localName(p, locale) : id;
  };

  const columns: TableProps<User>['columns'] = [
    {
      title: t('users.col.user'),
      key: 'user',
      render: (_, u) => (
        <div>
          <Typography.Text strong>{u.displayName}</Typography.Text>
          <div>
            <Typography.Text type="secondary">{u.username}</Typography.Text>
          </div>
        </div>
      ),
    },
    { title: t('users.col.roles'), key: 'roles', render: (_, u) => <RoleTags roles={u.roles} /> },
    {
      title: t('users.col.properties'),
      key: 'properties',
      render: (_, u) => (
        <Flex gap={4} wrap>
          {u.propertyIds.map((id) => (
            <Tag key={id} style={{ marginInlineEnd: 0 }}>
              {propertyName(id)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    { title: t('users.col.status'), key: 'status', render: (_, u) => <UserStatusTag user={u} /> },
    {
      title: t('users.col.lastLogin'),
      dataIndex: 'lastLoginAt',
      render: (at: number | null) =>
        at ? (
          formatDateTime(at)
        ) : (
          <Typography.Text type="secondary">{t('users.neverLoggedIn')}</Typography.Text>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      align: 'right',
      render: (_, u) => (
        <Flex justify="flex-end" gap={0} wrap>
          <Button type="link" size="small" onClick={() => actions.onEdit(u)}>
            {t('common.edit')}
          </Button>
          <Button type="link" size="small" onClick={() => actions.onResetPassword(u)}>
            {t('users.resetPassword')}
          </Button>
          {u.id !== me.user.id && (
            <Button
              type="link"
              size="small"
              danger={!u.disabled}
              onClick={() => actions.onSetDisabled(u, !u.disabled)}
            >
              {u.disabled ? t('users.enable') : t('users.disable')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Table<User>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      locale={{ emptyText: <Empty description={t('users.empty')} /> }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        showTotal: (n) => t('common.totalItems', { total: n }),
        onChange: onPage,
      }}
    />
  );
}
