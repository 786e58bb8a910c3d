import { useCallback, useEffect, useState } from 'react';
import { App, Badge, Button, Divider, Flex, Popover, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { NotificationItem, NotificationPage } from '@qiantai/contracts';
import { useCan } from '../../app/auth/auth-context';
import { useLocale } from '../../app/i18n/locale-context';
import { onNotificationCreated } from './notification-live';
import { textOf } from './notification-text';
import { NotificationList } from './NotificationList';
import { notificationsApi } from './notifications-api';
import { useOpenNotification } from './use-open-notification';

const LATEST = 8;

/** The header's bell: unread count, the latest few, live as they arrive; urgent ones also pop up. */
export function NotificationBell() {
  const { t, locale } = useLocale();
  const { notification } = App.useApp();
  const [page, setPage] = useState<NotificationPage>();
  const [open, setOpen] = useState(false);
  const acknowledges = useCan('service.acknowledge');

  const load = useCallback(() => {
    notificationsApi.list({ pageSize: LATEST }).then(setPage, () => undefined);
  }, []);
  useEffect(load, [load]);
  useEffect(
    () =>
      onNotificationCreated((n: NotificationItem) => {
        load();
        // A major record has its own alert with an Acknowledge button (service-desk's major alerts);
        // a second pop-up for the same news would only be noise.
        if (n.urgent && !(n.event === 'service.major' && acknowledges)) {
          const { title, body } = textOf(n, locale);
          notification.warning({ title: t('notifications.newUrgent', { title }), description: body });
        }
      }),
    [load, locale, notification, t, acknowledges],
  );

  const openOne = useOpenNotification(
    useCallback(() => {
      setOpen(false);
      load();
    }, [load]),
  );
  const markAll = async () => {
    await notificationsApi.markAllRead().catch(() => undefined);
    load();
  };
  const unread = page?.unreadCount ?? 0;

  const content = (
    <div style={{ width: 360 }}>
      <Flex justify="space-between" align="center" style={{ padding: '4px 12px 8px' }}>
        <Typography.Text strong>
          {t('notifications.bell')}
          {unread > 0 && (
            <Typography.Text type="secondary" style={{ fontWeight: 400, marginInlineStart: 8 }}>
              {t('notifications.unread', { count: unread })}
            </Typography.Text>
          )}
        </Typography.Text>
        <Button type="link" size="small" disabled={unread === 0} onClick={() => void markAll()}>
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      <div style={{ maxHeight: 420, overflowY: 'auto' }}>
        <NotificationList compact items={page?.items ?? []} loading={!page} onOpen={(n) => void openOne(n)} />
      </div>
      <Divider style={{ margin: 0 }} />
      <div style={{ textAlign: 'center', paddingTop: 8 }}>
        <Link to="/notifications" onClick={() => setOpen(false)}>
          {t('notifications.viewAll')}
        </Link>
      </div>
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) load();
      }}
      content={content}
      styles={{ container: { padding: '8px 0' } }}
    >
      <Button
        type="text"
        aria-label={t('notifications.bell')}
        data-testid="notification-bell"
        data-unread={unread}
        icon={
          <Badge count={unread} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
