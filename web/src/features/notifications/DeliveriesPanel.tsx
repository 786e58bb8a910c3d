import { useState } from 'react';
import { App, Button, Flex, Select, Table, Tag, Typography, type TableProps } from 'antd';
import { ReloadOutlined, RedoOutlined } from '@ant-design/icons';
import {
  DELIVERY_STATUSES,
  EXTERNAL_CHANNELS,
  type DeliveryStatus,
  type ExternalChannel,
  type NotificationDelivery,
} from '@qiantai/contracts';
import { isMessageKey } from '../../app/i18n/catalogues';
import { useLocale } from '../../app/i18n/locale-context';
import { formatDateTime } from '../../lib/format';
import { useApiQuery } from '../../lib/use-api-query';
import { ErrorState } from '../common/ErrorState';
import { notificationAdminApi } from './notifications-api';

const STATUS_COLOURS = { pending: 'processing', sent: 'success', failed: 'error' } as const;
const nowrap = (text: string) => <span style={{ whiteSpace: 'nowrap' }}>{text}</span>;

/** Every e-mail, WeCom post and SMS of the property: what happened, and Retry for a failed one. */
export function DeliveriesPanel({ propertyId }: { propertyId: string }) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const [status, setStatus] = useState<DeliveryStatus>();
  const [channel, setChannel] = useState<ExternalChannel>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [retrying, setRetrying] = useState<string | null>(null);
  const query = { propertyId, status, channel, ...paging };
  const list = useApiQuery(JSON.stringify(query), () => notificationAdminApi.deliveries(query));

  const retry = async (d: NotificationDelivery) => {
    setRetrying(d.id);
    try {
      await notificationAdminApi.retry(d.id);
      message.success(t('notificationAdmin.retried'));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setRetrying(null);
      list.reload();
    }
  };
  const errorText = (error: string) => {
    const key = `notificationAdmin.error.${error}`;
    return isMessageKey(key) ? t(key) : error;
  };

  const columns: TableProps<NotificationDelivery>['columns'] = [
    {
      title: t('notificationAdmin.col.createdAt'),
      dataIndex: 'createdAt',
      render: (at: number) => nowrap(formatDateTime(at)),
    },
    {
      title: t('notificationAdmin.col.channel'),
      dataIndex: 'channel',
      render: (c: ExternalChannel) => nowrap(t(`notifications.channel.${c}`)),
    },
    {
      title: t('notificationAdmin.col.notification'),
      key: 'notification',
      render: (_, d) => (
        <div style={{ minWidth: 180 }}>
          <Typography.Text>{d.title ? (locale === 'en' ? d.title.en : d.title.zh) : '—'}</Typography.Text>
          {d.event && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`notifications.event.${d.event}`)}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    {
      title: t('notificationAdmin.col.recipient'),
      key: 'recipient',
      render: (_, d) => (
        <div>
          <div style={{ whiteSpace: 'nowrap' }}>
            {d.recipient?.displayName ?? t('notificationAdmin.group')}
          </div>
          {d.target && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {d.target}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      // Status, attempts, the next try and the last error together: what an admin reads in one glance.
      title: t('notificationAdmin.col.status'),
      key: 'status',
      render: (_, d) => (
        <div style={{ maxWidth: 300 }}>
          <Flex gap={8} align="center">
            <Tag color={STATUS_COLOURS[d.status]} style={{ marginInlineEnd: 0 }}>
              {t(`notificationAdmin.status.${d.status}`)}
            </Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
              {t('notificationAdmin.attempts', { count: d.attempts })}
              {d.nextAttemptAt && d.attempts > 0
                ? ` · ${t('notificationAdmin.nextAttempt', { time: formatDateTime(d.nextAttemptAt).slice(11) })}`
                : ''}
            </Typography.Text>
          </Flex>
          {d.lastError && (
            <Typography.Text
              type={d.status === 'sent' ? 'secondary' : 'danger'}
              ellipsis={{ tooltip: d.lastError }}
              style={{ fontSize: 12, display: 'block', maxWidth: 300 }}
            >
              {errorText(d.lastError)}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      align: 'right',
      render: (_, d) =>
        d.status === 'failed' && (
          <Button
            size="small"
            icon={<RedoOutlined />}
            loading={retrying === d.id}
            onClick={() => void retry(d)}
          >
            {t('common.retry')}
          </Button>
        ),
    },
  ];

  if (list.error) return <ErrorState error={list.error} onRetry={list.reload} />;
  return (
    <>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Select<DeliveryStatus>
          allowClear
          placeholder={t('notificationAdmin.filterStatus')}
          value={status}
          onChange={(next) => {
            setStatus(next);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          options={DELIVERY_STATUSES.map((s) => ({ value: s, label: t(`notificationAdmin.status.${s}`) }))}
          style={{ width: 150 }}
        />
        <Select<ExternalChannel>
          allowClear
          placeholder={t('notificationAdmin.filterChannel')}
          value={channel}
          onChange={(next) => {
            setChannel(next);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          options={EXTERNAL_CHANNELS.map((c) => ({ value: c, label: t(`notifications.channel.${c}`) }))}
          style={{ width: 150 }}
        />
        <Button icon={<ReloadOutlined />} onClick={list.reload}>
          {t('common.refresh')}
        </Button>
      </Flex>
      <Table<NotificationDelivery>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.loading}
        locale={{ emptyText: t('notificationAdmin.empty') }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: list.data?.total ?? 0,
          showTotal: (n) => t('common.totalItems', { total: n }),
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
    </>
  );
}
