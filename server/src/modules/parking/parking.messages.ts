import type { Locale } from '@qiantai/contracts';

// Messages of the parking module; the module definition adds them to the catalogue. Keys are stable (the
// directory. prefix is from when the directory's texts were one catalogue).
export const parkingMessages = {
  'directory.parkingNumberTaken': {
    'zh-CN': '该车位编号已存在',
    en: 'This parking space number is already taken.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

type ParkingMessages = typeof parkingMessages;
declare module '../../platform/i18n/messages.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this catalogue's keys
  interface ModuleMessages extends ParkingMessages {}
}
