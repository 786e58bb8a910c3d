import { useCallback, useEffect, useState } from 'react';
import { Button, Flex, Pagination, Segmented } from 'antd';
import { CheckOutlined, ReloadOutlined } from '@ant-design/icons';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { ErrorState } from '../common/ErrorState';
import { PageCard } from '../common/PageCard';
import { PageHeader } from '../common/PageHeader';
import { onNotificationCreated } from './notification-live';
import { NotificationList } from './NotificationList';
import { notificationsApi } from './notifications-api';
import { useOpenNotification } from './use-open-notification';

type Filter = 'all' | 'unread';

/** Every notification of mine, newest first, a page at a time. */
export default function NotificationsPage() {
  const t = useT();
  const [filter, setFilter] = useState<Filter>('all');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = { ...paging, unread: filter === 'unread' };
  const list = useApiQuery(JSON.stringify(query), () => notificationsApi.list(query));
  const { reload } = list;
  useEffect(() => onNotificationCreated(reload), [reload]);
  const openOne = useOpenNotification(useCallback(() => reload(), [reload]));
  const markAll = async () => {
    await notificationsApi.markAllRead().catch(() => undefined);
    reload();
  };
  const unread = list.data?.unreadCount ?? 0;

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        subtitle={t('notifications.subtitle')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={reload}>
              {t('common.refresh')}
            </Button>
            <Button icon={<CheckOutlined />} disabled={unread === 0} onClick={() => void markAll()}>
              {t('notifications.markAllRead')}
            </Button>
          </>
        }
      />
      <PageCard>
        <Segmented<Filter>
          value={filter}
          onChange={(next) => {
            setFilter(next);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          options={[
            { value: 'all', label: t('notifications.filter.all') },
            { value: 'unread', label: `${t('notifications.filter.unread')} (${unread})` },
          ]}
          style={{ marginBottom: 16 }}
        />
        {list.error ? (
          <ErrorState error={list.error} onRetry={reload} />
        ) : (
          <Flex vertical gap={16}>
            <NotificationList
              items={list.data?.items ?? []}
              loading={list.loading && !list.data}
              onOpen={(n) => void openOne(n)}
            />
            {(list.data?.total ?? 0) > 0 && (
              <Pagination
                align="end"
                current={paging.page}
                pageSize={paging.pageSize}
                total={list.data?.total ?? 0}
                showTotal={(n) => t('common.totalItems', { total: n })}
                onChange={(page, pageSize) => setPaging({ page, pageSize })}
              />
            )}
          </Flex>
        )}
      </PageCard>
    </>
  );
}
