import type { serviceRegisterPrintZhCN } from './messages.zh-CN';

export const serviceRegisterPrintEn: Record<keyof typeof serviceRegisterPrintZhCN, string> = {
  'registerPrint.print': 'Print',
  'registerPrint.export': 'Export to Excel',
  'registerPrint.layout.register': 'Service register (kh-21-r01)',
  'registerPrint.layout.complaints': 'Complaints and suggestions register',
  'registerPrint.back': 'Back to the register',
  'registerPrint.hint': 'Print in landscape (A4); the header repeats on every page.',
  'registerPrint.empty': 'No records match',
  'registerPrint.pageTitle': 'Print · {title}',

  'audit.action.service.register.print': 'Service register printed',
  'audit.action.service.register.export': 'Service register exported',
};
