import { useEffect, useState } from 'react';
import { Divider, Skeleton, Space, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import type { NotificationContact, NotificationPreferences } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { ErrorState } from '../common/ErrorState';
import { PageCard } from '../common/PageCard';
import { NotificationContactForm } from './NotificationContactForm';
import { NotificationPreferencesGrid } from './NotificationPreferencesGrid';
import { notificationsApi } from './notifications-api';

/** My account: how each kind of event reaches me, and my e-mail address and mobile for it. */
export function NotificationSettingsCard() {
  const t = useT();
  const loaded = useApiQuery('notification-settings', () =>
    Promise.all([notificationsApi.preferences(), notificationsApi.contact()]),
  );
  const [preferences, setPreferences] = useState<NotificationPreferences>();
  const [contact, setContact] = useState<NotificationContact>();
  useEffect(() => {
    if (!loaded.data) return;
    setPreferences(loaded.data[0]);
    setContact(loaded.data[1]);
  }, [loaded.data]);

  return (
    <PageCard
      title={
        <Space>
          <BellOutlined />
          {t('notifications.prefs.title')}
        </Space>
      }
    >
      {loaded.error ? (
        <ErrorState error={loaded.error} onRetry={loaded.reload} />
      ) : !preferences || !contact ? (
        <Skeleton active />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('notifications.prefs.hint')}</Typography.Paragraph>
          <NotificationPreferencesGrid preferences={preferences} onSaved={setPreferences} />
          <Divider />
          <NotificationContactForm contact={contact} onSaved={setContact} />
        </>
      )}
    </PageCard>
  );
}
