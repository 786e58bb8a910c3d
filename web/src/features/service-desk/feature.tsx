import { FormOutlined } from '@ant-design/icons';
import { defineFeature } from '../../app/features/define-feature';
import { lazyPage } from '../../app/lazy-page';
import { newRecordTarget } from './desk-paths';
import { serviceDeskEn } from './messages.en';
import { serviceDeskZhCN } from './messages.zh-CN';
import { NewServiceRecordButton } from './NewServiceRecordButton';
import { useMajorAlerts } from './use-major-alerts';

export const serviceDesk = defineFeature({
  id: 'service-desk',
  messages: { 'zh-CN': serviceDeskZhCN, en: serviceDeskEn },
  routes: [
    { path: 'service/new', page: lazyPage(() => import('./DeskServicePage')), permission: 'service.create' },
  ],
  nav: [{ group: 'service', path: '/service/new', label: 'nav.serviceDesk', icon: <FormOutlined /> }],
  useLiveHandlers: useMajorAlerts,
  personPanels: [
    {
      id: 'service-records',
      order: 10,
      permission: 'service.read',
      component: lazyPage(() =>
        import('./PersonServiceRecords').then((m) => ({ default: m.PersonServiceRecords })),
      ),
    },
  ],
  unitPanels: [
    // A button in the page header: small, and not lazy, so that it does not pop in beside Edit.
    {
      id: 'new-service-record',
      area: 'actions',
      order: 10,
      permission: 'service.create',
      component: ({ unitId }) => <NewServiceRecordButton unitId={unitId} />,
    },
  ],
  lookupActions: [
    {
      id: 'log-service-record',
      permission: 'service.create',
      hint: 'serviceDesk.lookupHint',
      target: newRecordTarget,
    },
  ],
});
