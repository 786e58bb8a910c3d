import { Suspense, useState } from 'react';
import { Flex, Layout } from 'antd';
import { Outlet } from 'react-router';
import { FullPageSpin } from '../../features/common/FullPageSpin';
import { allows } from '../auth/allows';
import { useMe } from '../auth/auth-context';
import type { HeaderWidget } from '../features/define-feature';
import { FeatureSlotsContext } from '../features/feature-slots';
import { FEATURE_SLOTS, HEADER_WIDGETS, LIVE_HANDLERS } from '../features/registry';
import { useLiveEvents, type LiveHandlers } from '../live/use-live-events';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveIndicator } from './LiveIndicator';
import { PropertySwitcher } from './PropertySwitcher';
import { SideNav } from './SideNav';
import { UserMenu } from './UserMenu';

/** The header widgets of the features (the lookup, the bell) that the user may use, at one place. */
function HeaderWidgets({ placement }: { placement: HeaderWidget['placement'] }) {
  const { permissions } = useMe();
  return HEADER_WIDGETS.filter((w) => w.placement === placement && allows(w.permission, permissions)).map(
    ({ id, component: Widget }) => <Widget key={id} />,
  );
}

/**
 * One feature's live-event handlers (failed jobs, major records, notifications…) on the tab's one
 * stream, which calls every listener of a topic. Each feature's hook runs in a component of its own:
 * `useHandlers` is always the same hook for a given key, and its state changes re-render only it.
 */
function FeatureLiveHandlers({ useHandlers }: { useHandlers: () => LiveHandlers }) {
  useLiveEvents(useHandlers());
  return null;
}

export function AppShell() {
  const [collapsed, setCollapsed] = useState(false);
  const liveStatus = useLiveEvents({});

  return (
    <FeatureSlotsContext.Provider value={FEATURE_SLOTS}>
      {LIVE_HANDLERS.map(({ feature, useHandlers }) => (
        <FeatureLiveHandlers key={feature} useHandlers={useHandlers} />
      ))}
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
                <HeaderWidgets placement="start" />
              </Flex>
              <Flex align="center" gap={20}>
                <LiveIndicator status={liveStatus} />
                <HeaderWidgets placement="end" />
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
    </FeatureSlotsContext.Provider>
  );
}
