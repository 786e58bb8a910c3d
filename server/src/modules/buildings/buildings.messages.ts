import type { Locale } from '@qiantai/contracts';

// Messages of the buildings and units module; the module definition adds them to the catalogue. Keys are stable (the
// directory. prefix is from when the directory's texts were one catalogue).
export const buildingsMessages = {
  'directory.buildingCodeTaken': { 'zh-CN': '该楼栋编号已存在', en: 'This building code is already taken.' },
  'directory.unitCodeTaken': { 'zh-CN': '该房号已存在', en: 'This unit already exists.' },
} as const satisfies Record<string, Record<Locale, string>>;

type BuildingsMessages = typeof buildingsMessages;
declare module '../../platform/i18n/messages.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this catalogue's keys
  interface ModuleMessages extends BuildingsMessages {}
}
