import type { Locale } from '@qiantai/contracts';

// Messages of the properties module (its departments); the module definition adds them to the catalogue. Keys are stable (the
// directory. prefix is from when the directory's texts were one catalogue).
export const propertiesMessages = {
  'directory.unknownDepartment': {
    'zh-CN': '所选部门不存在或不属于该项目',
    en: 'The selected department does not exist or belongs to another property.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

type PropertiesMessages = typeof propertiesMessages;
declare module '../../platform/i18n/messages.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this catalogue's keys
  interface ModuleMessages extends PropertiesMessages {}
}
