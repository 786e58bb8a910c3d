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
  // vehicles, parking, leases, phone book
  'directory.personNotInProperty': {
    'zh-CN': '所选人员不存在或不属于该项目',
    en: 'The selected person does not exist or belongs to another property.',
  },
  'directory.unknownDepartment': {
    'zh-CN': '所选部门不存在或不属于该项目',
    en: 'The selected department does not exist or belongs to another property.',
  },
  'directory.contractFileType': {
    'zh-CN': '合同文件须为 PDF 或图片（JPG、PNG、WebP），且内容与类型一致',
    en: 'The contract must be a PDF or an image (JPG, PNG, WebP) whose content matches its type.',
  },
  'directory.contractTooLarge': {
    'zh-CN': '合同文件不能超过 10 MB',
    en: 'The contract file must not exceed 10 MB.',
  },
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
  // Roles as the desk lookup's subtitles show them.
  'lookup.role.owner': { 'zh-CN': '业主', en: 'owner' },
  'lookup.role.tenant': { 'zh-CN': '租户', en: 'tenant' },
  'lookup.role.household': { 'zh-CN': '家庭成员', en: 'household' },
  'lookup.role.emergencyContact': { 'zh-CN': '紧急联系人', en: 'emergency contact' },
} as const satisfies Record<string, Record<Locale, string>>;
