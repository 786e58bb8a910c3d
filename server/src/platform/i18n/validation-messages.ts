import type { Locale } from '@qiantai/contracts';

// Messages for the field rules in contracts/src/directory-fields.ts (zod issues with params.key).
export const validationMessages = {
  'validation.badUrl': {
    'zh-CN': '网址格式不正确（含有无法解码的 % 编码）',
    en: 'The address is malformed (it holds a % escape that cannot be decoded).',
  },
  'validation.controlCharacter': {
    'zh-CN': '不能包含控制字符（如 NUL），请删除后重试',
    en: 'Must not contain control characters (such as NUL); remove them and try again.',
  },
  'validation.mobile': {
    'zh-CN': '请输入正确的 11 位手机号码',
    en: 'Enter a valid 11-digit mainland mobile number.',
  },
  'validation.phone': { 'zh-CN': '请输入正确的电话号码', en: 'Enter a valid phone number.' },
  'validation.plate': {
    'zh-CN': '请输入正确的车牌号（如 粤B12345，新能源 粤BD12345）',
    en: 'Enter a valid plate (e.g. 粤B12345, new-energy 粤BD12345).',
  },
  'validation.idNumber.format': {
    'zh-CN': '证件号码格式不正确',
    en: 'The document number has the wrong format.',
  },
  'validation.idNumber.birthDate': {
    'zh-CN': '身份证号码中的出生日期无效',
    en: 'The birth date inside the ID number is not a real date.',
  },
  'validation.idNumber.checkDigit': {
    'zh-CN': '身份证号码校验位不正确，请核对',
    en: 'The ID number’s check digit is wrong; please check the number.',
  },
  'validation.date': { 'zh-CN': '请输入有效日期（年-月-日）', en: 'Enter a valid date (YYYY-MM-DD).' },
  'validation.leaseDates': {
    'zh-CN': '租约结束日期不能早于开始日期',
    en: 'The lease cannot end before it starts.',
  },
  'validation.linkDates': {
    'zh-CN': '迁出日期不能早于入住日期',
    en: 'The move-out date cannot be before the move-in date.',
  },
  'validation.unitCode': {
    'zh-CN': '房号格式不正确（如 3-2-1502）',
    en: 'The unit code has the wrong format (e.g. 3-2-1502).',
  },
} as const satisfies Record<string, Record<Locale, string>>;
