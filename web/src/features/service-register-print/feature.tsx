import { defineFeature } from '../../app/features/define-feature';
import { lazyPage } from '../../app/lazy-page';
import { serviceRegisterPrintEn } from './messages.en';
import { serviceRegisterPrintZhCN } from './messages.zh-CN';

export const serviceRegisterPrint = defineFeature({
  id: 'service-register-print',
  messages: { 'zh-CN': serviceRegisterPrintZhCN, en: serviceRegisterPrintEn },
  // The register on paper: signed in, but without the app's frame.
  routes: [
    {
      path: 'service/records/print',
      page: lazyPage(() => import('./RegisterPrintPage')),
      permission: 'service.export',
      layout: 'standalone',
    },
  ],
});
