import { residentIdProblem } from './resident-id.js';

/** Identity documents a front desk sees. */
export const ID_DOCUMENT_TYPES = [
  'resident_id', // 居民身份证
  'hk_macau_permit', // 港澳居民来往内地通行证
  'taiwan_permit', // 台湾居民来往大陆通行证 (台胞证)
  'passport', // 护照
  'foreign_permanent_id', // 外国人永久居留身份证
] as const;
export type IdDocumentType = (typeof ID_DOCUMENT_TYPES)[number];

// 港澳通行证 (home-return permit): H or M + 8 digits (+ optional 2-digit issue count on older cards).
const HK_MACAU = /^[HM]\d{8}(\d{2})?$/;
// 台胞证: 8 digits (current card), older ones 10 digits or with a letter suffix.
const TAIWAN = /^(\d{8}|\d{10}|\d{8}[A-Z])$/;
// Passports vary by country: 5-17 letters and digits.
const PASSPORT = /^[A-Z0-9]{5,17}$/;
// 外国人永久居留身份证: the 2017 card has 15 characters (3 letters + 12 digits); the 2023 card has
// 18 and starts with 9, checked with the same MOD 11-2 digit as the resident ID.
const FOREIGN_2017 = /^[A-Z]{3}\d{12}$/;

export type DocumentProblem = 'format' | 'birthDate' | 'checkDigit';

export function normalizeDocumentNumber(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

export function documentNumberProblem(type: IdDocumentType, raw: string): DocumentProblem | null {
  const value = normalizeDocumentNumber(raw);
  switch (type) {
    case 'resident_id':
      return residentIdProblem(value);
    case 'hk_macau_permit':
      return HK_MACAU.test(value) ? null : 'format';
    case 'taiwan_permit':
      return TAIWAN.test(value) ? null : 'format';
    case 'passport':
      return PASSPORT.test(value) ? null : 'format';
    case 'foreign_permanent_id':
      if (FOREIGN_2017.test(value)) return null;
      if (/^9\d{16}[\dX]$/.test(value))
        return residentIdProblem(value) === 'checkDigit' ? 'checkDigit' : null;
      return 'format';
  }
}
