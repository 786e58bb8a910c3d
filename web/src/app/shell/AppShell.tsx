import { Suspense, useState } from 'react';
import { App, Flex, Layout } from 'antd';
import { Outlet } from 'react-router';
import { FullPageSpin } from '../../features/common/FullPageSpin';
import { DeskLookup } from '../../features/lookup/DeskLookup';
import { announceNotification } from '../../features/notifications/notification-live';
import { NotificationBell } from '../../features/notifications/NotificationBell';
import { useMajorAlerts } from '../../features/service-desk/use-major-alerts';
import { useCan } from '../auth/auth-context';
import { useT } from '../i18n/locale-context';
import { useLiveEvents, type LiveEvent } from '../live/use-live-events';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveIndicator } from './LiveIndicator';
import { PropertySwitcher } from './PropertySwitcher';
import { SideNav } from './SideNav';
import { UserMenu } from './UserMenu';

export function AppShell() {
  const t = useT();
  const { notification } = App.useApp();
  const [collapsed, setCollapsed] = useState(false);
  const canLookUp = useCan('directory.read');
  const majorAlerts = useMajorAlerts();

  const liveStatus = useLiveEvents({
    'job.failed': ({ data }: LiveEvent) => {
      const job = (data ?? {}) as { kind?: string; lastError?: string };
      notification.error({
        title: t('shell.jobFailed.title'),
        description: t('shell.jobFailed.body', { kind: job.kind ?? '', error: job.lastError ?? '' }),
      });
    },
    ...majorAlerts,
    'notification.created': announceNotification,
  });

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        theme="light"
        width={224}
        breakpoint="lg"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        style={{ borderInlineEnd: '1px solid #eef0f4' }}
      >
        <Brand collapsed={collapsed} />
        <SideNav />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ borderBottom: '1px solid #eef0f4' }}>
          <Flex align="center" justify="space-between" style={{ height: '100%' }} gap={16}>
            <Flex align="center" gap={16} style={{ minWidth: 0 }}>
              <PropertySwitcher />
              {canLookUp && <DeskLookup />}
            </Flex>
            <Flex align="center" gap={20}>
              <LiveIndicator status={liveStatus} />
              <NotificationBell />
              <LanguageSwitch size="small" />
              <UserMenu />
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <div style={{ maxWidth: 1280, margin: '0 auto' }}>
            <Suspense fallback={<FullPageSpin />}>
              <Outlet />
            </Suspense>
          </div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
