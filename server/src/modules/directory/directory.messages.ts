import type { Locale } from '@qiantai/contracts';

// Messages of the directory module (buildings, units, people, vehicles, parking, leases, phone book,
// lookup, import/export). Add keys here; the catalogue in platform/i18n/messages.ts merges them.
export const directoryMessages = {
  'directory.buildingCodeTaken': { 'zh-CN': '该楼栋编号已存在', en: 'This building code is already taken.' },
  'directory.unitCodeTaken': { 'zh-CN': '该房号已存在', en: 'This unit already exists.' },
  'directory.plateTaken': { 'zh-CN': '该车牌已登记', en: 'This plate is already registered.' },
  'directory.parkingNumberTaken': {
    'zh-CN': '该车位编号已存在',
    en: 'This parking space number is already taken.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
