import type { Locale } from '@qiantai/contracts';

// Messages of the desk lookup; the module definition adds them to the catalogue. Keys are stable (the
// directory. prefix is from when the directory's texts were one catalogue).
export const lookupMessages = {
  // Roles as the desk lookup's subtitles show them.
  'lookup.role.owner': { 'zh-CN': '业主', en: 'owner' },
  'lookup.role.tenant': { 'zh-CN': '租户', en: 'tenant' },
  'lookup.role.household': { 'zh-CN': '家庭成员', en: 'household' },
  'lookup.role.emergencyContact': { 'zh-CN': '紧急联系人', en: 'emergency contact' },
} as const satisfies Record<string, Record<Locale, string>>;

type LookupMessages = typeof lookupMessages;
declare module '../../platform/i18n/messages.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this catalogue's keys
  interface ModuleMessages extends LookupMessages {}
}
