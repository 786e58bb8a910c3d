import { Tabs } from 'antd';
import { useCurrentProperty } from '../../app/property/property-context';
import { useLocale } from '../../app/i18n/locale-context';
import { localName } from '../../app/i18n/property-name';
import { PageCard } from '../common/PageCard';
import { PageHeader } from '../common/PageHeader';
import { NoProperty } from '../common/NoProperty';
import { ChannelSettingsPanel } from './ChannelSettingsPanel';
import { DeliveriesPanel } from './DeliveriesPanel';

/** 通知渠道: the current property's channel settings and delivery log (switch property in the header). */
export default function NotificationChannelsPage() {
  const { t, locale } = useLocale();
  const { current } = useCurrentProperty();
  return (
    <>
      <PageHeader
        title={t('notificationAdmin.title')}
        subtitle={
          current ? t('notificationAdmin.subtitle', { property: localName(current, locale) }) : undefined
        }
      />
      {!current ? (
        <PageCard>
          <NoProperty />
        </PageCard>
      ) : (
        <Tabs
          key={current.id}
          items={[
            {
              key: 'settings',
              label: t('notificationAdmin.tab.settings'),
              children: <ChannelSettingsPanel propertyId={current.id} />,
            },
            {
              key: 'deliveries',
              label: t('notificationAdmin.tab.deliveries'),
              children: (
                <PageCard>
                  <DeliveriesPanel propertyId={current.id} />
                </PageCard>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
