import { Alert, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useCan } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/locale-context';
import { PageCard } from '../common/PageCard';
import { PageHeader } from '../common/PageHeader';
import { NoProperty } from '../common/NoProperty';
import { usePropertyId } from '../common/use-property-id';
import { CategoriesTab } from './CategoriesTab';
import { EscalationTab } from './EscalationTab';
import { HoursTab } from './HoursTab';
import { PhrasesTab } from './PhrasesTab';
import { SettingsTab } from './SettingsTab';
import { SlaTab } from './SlaTab';

const TABS = ['categories', 'sla', 'escalation', 'hours', 'phrases', 'settings'] as const;
type Tab = (typeof TABS)[number];

/** /service/config: the service register's configuration of the current property, one tab per part. */
export default function ServiceConfigPage() {
  const t = useT();
  const propertyId = usePropertyId();
  const canEdit = useCan('service.configure');
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'categories';

  const content = (key: Tab, id: string) => {
    const props = { propertyId: id, canEdit };
    switch (key) {
      case 'categories':
        return <CategoriesTab {...props} />;
      case 'sla':
        return <SlaTab {...props} />;
      case 'escalation':
        return <EscalationTab {...props} />;
      case 'hours':
        return <HoursTab {...props} />;
      case 'phrases':
        return <PhrasesTab {...props} />;
      case 'settings':
        return <SettingsTab {...props} />;
    }
  };

  return (
    <>
      <PageHeader title={t('serviceConfig.title')} subtitle={t('serviceConfig.subtitle')} />
      {!canEdit && (
        <Alert type="info" showIcon title={t('serviceConfig.readOnly')} style={{ marginBottom: 16 }} />
      )}
      <PageCard>
        {!propertyId ? (
          <NoProperty />
        ) : (
          <Tabs
            activeKey={tab}
            onChange={(key) => setParams({ tab: key }, { replace: true })}
            // Remounted per property: a tab never shows one property's data under another's name.
            key={propertyId}
            items={TABS.map((key) => ({
              key,
              label: t(`serviceConfig.tab.${key}`),
              children: content(key, propertyId),
            }))}
            destroyOnHidden
          />
        )}
      </PageCard>
    </>
  );
}
