import type { Locale } from '@qiantai/contracts';

// Messages of the vehicles module; the module definition adds them to the catalogue. Keys are stable (the
// directory. prefix is from when the directory's texts were one catalogue).
export const vehiclesMessages = {
  'directory.plateTaken': { 'zh-CN': '该车牌已登记', en: 'This plate is already registered.' },
  // vehicles, parking, leases, phone book
} as const satisfies Record<string, Record<Locale, string>>;

type VehiclesMessages = typeof vehiclesMessages;
declare module '../../platform/i18n/messages.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this catalogue's keys
  interface ModuleMessages extends VehiclesMessages {}
}
