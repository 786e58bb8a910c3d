import type { ReactNode } from 'react';
import { Badge, Flex, List, Tag, Typography } from 'antd';
import type { NotificationItem } from '@qiantai/contracts';
import { useMe } from '../../app/auth/auth-context';
import { useLocale } from '../../app/i18n/locale-context';
import { localName } from '../../app/i18n/property-name';
import { formatDateTime } from '../../lib/format';
import { textOf } from './notification-text';

/** Notifications as rows: unread ones marked, urgent ones tagged; a click opens one. */
export function NotificationList({
  items,
  onOpen,
  compact = false,
  loading = false,
  extra,
}: {
  items: NotificationItem[];
  onOpen(n: NotificationItem): void;
  compact?: boolean;
  loading?: boolean;
  /** Actions at the end of each row (the page's "mark read"). */
  extra?: (n: NotificationItem) => ReactNode;
}) {
  const { t, locale } = useLocale();
  const me = useMe();
  // Someone working for several properties needs to know which one a notice is about.
  const propertyOf = (id: string) => {
    const p = me.properties.length > 1 ? me.properties.find((x) => x.id === id) : undefined;
    return p ? `${localName(p, locale)} · ` : '';
  };
  return (
    <List<NotificationItem>
      dataSource={items}
      loading={loading}
      locale={{ emptyText: t(compact ? 'notifications.bellEmpty' : 'notifications.empty') }}
      renderItem={(n) => {
        const { title, body } = textOf(n, locale);
        return (
          <List.Item
            key={n.id}
            onClick={() => onOpen(n)}
            data-testid="notification-item"
            style={{
              cursor: 'pointer',
              paddingInline: compact ? 12 : 16,
              background: n.readAt ? undefined : '#f3f8ff',
              borderRadius: compact ? 0 : 6,
            }}
            extra={extra?.(n)}
          >
            <List.Item.Meta
              avatar={<Badge status={n.readAt ? 'default' : 'processing'} style={{ marginTop: 6 }} />}
              title={
                <Flex gap={6} align="center" wrap>
                  {n.urgent && (
                    <Tag color="red" style={{ marginInlineEnd: 0 }}>
                      {t('notifications.urgent')}
                    </Tag>
                  )}
                  <Typography.Text strong={!n.readAt}>{title}</Typography.Text>
                </Flex>
              }
              description={
                <>
                  {body && (
                    <Typography.Paragraph
                      type="secondary"
                      ellipsis={{ rows: compact ? 1 : 2 }}
                      style={{ margin: 0 }}
                    >
                      {body}
                    </Typography.Paragraph>
                  )}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {propertyOf(n.propertyId)}
                    {t(`notifications.event.${n.event}`)} · {formatDateTime(n.createdAt)}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        );
      }}
    />
  );
}
