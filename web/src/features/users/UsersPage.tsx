import { useState } from 'react';
import { Button } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { User } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { ErrorState } from '../common/ErrorState';
import { PageCard } from '../common/PageCard';
import { PageHeader } from '../common/PageHeader';
import { CreateUserModal } from './CreateUserModal';
import { EditUserDrawer } from './EditUserDrawer';
import { OneTimePasswordModal } from './OneTimePasswordModal';
import { UserFilters, type UserFilterValues } from './UserFilters';
import { UsersTable } from './UsersTable';
import { useUserActions } from './use-user-actions';
import { usersApi } from './users-api';

export default function UsersPage() {
  const t = useT();
  const [filters, setFilters] = useState<UserFilterValues>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [issued, setIssued] = useState<{ user: User; password: string } | null>(null);

  const query = { ...filters, ...paging };
  const users = useApiQuery(JSON.stringify(query), () => usersApi.list(query));
  const actions = useUserActions({
    onChanged: users.reload,
    onPasswordIssued: (user, password) => setIssued({ user, password }),
  });

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={users.reload}>
              {t('common.refresh')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('users.create')}
            </Button>
          </>
        }
      />
      <PageCard>
        <UserFilters
          value={filters}
          onChange={(next) => {
            setFilters(next);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
        />
        {users.error ? (
          <ErrorState error={users.error} onRetry={users.reload} />
        ) : (
          <UsersTable
            rows={users.data?.items ?? []}
            total={users.data?.total ?? 0}
            {...paging}
            loading={users.loading}
            onPage={(page, pageSize) => setPaging({ page, pageSize })}
            onEdit={(u) => setEditingId(u.id)}
            onSetDisabled={actions.setDisabled}
            onResetPassword={actions.resetPassword}
          />
        )}
      </PageCard>
      <CreateUserModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(user, password) => {
          setCreating(false);
          users.reload();
          if (password) setIssued({ user, password });
        }}
      />
      <EditUserDrawer userId={editingId} onClose={() => setEditingId(null)} onSaved={users.reload} />
      <OneTimePasswordModal issued={issued} onClose={() => setIssued(null)} />
    </>
  );
}
