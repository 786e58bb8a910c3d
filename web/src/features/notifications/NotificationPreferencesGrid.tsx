import { useState } from 'react';
import { App, Switch, Table, Tooltip, type TableProps } from 'antd';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_EVENTS,
  type NotificationChannelName,
  type NotificationEvent,
  type NotificationPreferences,
} from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { notificationsApi } from './notifications-api';

/** Events down, channels across; each switch saves at once. */
export function NotificationPreferencesGrid({
  preferences,
  onSaved,
}: {
  preferences: NotificationPreferences;
  onSaved(next: NotificationPreferences): void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [saving, setSaving] = useState<string | null>(null);
  const enabled = (event: NotificationEvent, channel: NotificationChannelName) =>
    preferences.items.find((i) => i.event === event && i.channel === channel)?.enabled ?? false;
  const available = (channel: NotificationChannelName) =>
    channel === 'in_app' || preferences.availableChannels.includes(channel);

  const toggle = async (event: NotificationEvent, channel: NotificationChannelName, next: boolean) => {
    setSaving(`${event}/${channel}`);
    try {
      onSaved(await notificationsApi.setPreferences([{ event, channel, enabled: next }]));
      message.success(t('notifications.prefs.saved'));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(null);
    }
  };

  const columns: TableProps<{ event: NotificationEvent }>['columns'] = [
    {
      title: t('notifications.prefs.event'),
      dataIndex: 'event',
      render: (event: NotificationEvent) => t(`notifications.event.${event}`),
    },
    ...NOTIFICATION_CHANNELS.map((channel) => ({
      title: (
        <Tooltip
          title={
            !available(channel)
              ? t('notifications.prefs.unavailable')
              : channel === 'wecom'
                ? t('notifications.prefs.groupHint')
                : undefined
          }
        >
          <span style={{ whiteSpace: 'nowrap' }}>{t(`notifications.channel.${channel}`)}</span>
        </Tooltip>
      ),
      key: channel,
      align: 'center' as const,
      width: 92,
      render: (_: unknown, row: { event: NotificationEvent }) => (
        <Switch
          size="small"
          checked={enabled(row.event, channel)}
          disabled={!available(channel) && !enabled(row.event, channel)}
          loading={saving === `${row.event}/${channel}`}
          aria-label={`${t(`notifications.event.${row.event}`)} · ${t(`notifications.channel.${channel}`)}`}
          onChange={(next) => void toggle(row.event, channel, next)}
        />
      ),
    })),
  ];

  return (
    <Table
      rowKey="event"
      size="small"
      columns={columns}
      dataSource={NOTIFICATION_EVENTS.map((event) => ({ event }))}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
