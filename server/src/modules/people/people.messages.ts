import type { Locale } from '@qiantai/contracts';

// Messages of the people module (residents and their units); the module definition adds them to the catalogue. Keys are stable (the
// directory. prefix is from when the directory's texts were one catalogue).
export const peopleMessages = {
  // people (modules/people): the ID-number conflict names no one, so it reveals nobody's data.
  'directory.idNumberTaken': {
    'zh-CN': '该证件号码已登记在本项目的另一位人员名下',
    en: 'This document number is already on file for another person in this property.',
  },
  'directory.unitNotInProperty': {
    'zh-CN': '该房屋不属于此人员所在的项目',
    en: 'This unit belongs to another property than the person.',
  },
  'directory.linkEndsBeforeStart': {
    'zh-CN': '迁出日期不能早于入住日期',
    en: 'The end date cannot be before the start date.',
  },
  'directory.alreadyLinked': {
    'zh-CN': '此人员已以该身份登记在该房屋',
    en: 'This person is already linked to this unit in this role.',
  },
  'directory.personNotInProperty': {
    'zh-CN': '所选人员不存在或不属于该项目',
    en: 'The selected person does not exist or belongs to another property.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

type PeopleMessages = typeof peopleMessages;
declare module '../../platform/i18n/messages.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this catalogue's keys
  interface ModuleMessages extends PeopleMessages {}
}
