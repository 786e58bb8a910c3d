import { Button, Dropdown, Empty, Flex, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { CheckCircleOutlined, KeyOutlined, MoreOutlined, StopOutlined } from '@ant-design/icons';
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
        <div style={{ whiteSpace: 'nowrap' }}>
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
          <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span>
        ) : (
          <Typography.Text type="secondary">{t('users.neverLoggedIn')}</Typography.Text>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      align: 'right',
      fixed: 'right',
      render: (_, u) => (
        <Space size={4}>
          <Button type="link" size="small" onClick={() => actions.onEdit(u)}>
            {t('common.edit')}
          </Button>
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'reset', icon: <KeyOutlined />, label: t('users.resetPassword') },
                ...(u.id === me.user.id
                  ? []
                  : [
                      u.disabled
                        ? { key: 'enable', icon: <CheckCircleOutlined />, label: t('users.enable') }
                        : { key: 'disable', icon: <StopOutlined />, label: t('users.disable'), danger: true },
                    ]),
              ],
              onClick: ({ key }) =>
                key === 'reset' ? actions.onResetPassword(u) : actions.onSetDisabled(u, key === 'disable'),
            }}
          >
            <Button type="text" size="small" icon={<MoreOutlined />} aria-label={t('common.more')} />
          </Dropdown>
        </Space>
      ),
    },
  ];

  return (
    <Table<User>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 'max-content' }}
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
