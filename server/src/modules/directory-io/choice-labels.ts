import {
  GENDERS,
  ID_DOCUMENT_TYPES,
  LEASE_STATUSES,
  PARKING_STATUSES,
  PARKING_TYPES,
  PERSON_ROLES,
  UNIT_TYPES,
} from '@qiantai/contracts';

// The Chinese labels a spreadsheet shows for enum values. Templates offer them as drop-down lists;
// an import accepts the label or the API value (业主 or owner), so an exported file imports again.

export type Choices<T extends string> = Readonly<Record<T, string>>;

export const UNIT_TYPE_LABELS: Choices<(typeof UNIT_TYPES)[number]> = {
  residential: '住宅',
  shop: '商铺',
  office: '办公',
  parking: '车位',
  storage: '储藏室',
};
export const ROLE_LABELS: Choices<(typeof PERSON_ROLES)[number]> = {
  owner: '业主',
  tenant: '租户',
  household: '家庭成员',
  emergency_contact: '紧急联系人',
};
export const GENDER_LABELS: Choices<(typeof GENDERS)[number]> = { male: '男', female: '女', unknown: '未知' };
export const ID_TYPE_LABELS: Choices<(typeof ID_DOCUMENT_TYPES)[number]> = {
  resident_id: '居民身份证',
  hk_macau_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
  passport: '护照',
  foreign_permanent_id: '外国人永久居留身份证',
};
export const PARKING_TYPE_LABELS: Choices<(typeof PARKING_TYPES)[number]> = {
  owned: '产权',
  rented: '租用',
  visitor: '访客',
  reserved: '预留',
};
export const PARKING_STATUS_LABELS: Choices<(typeof PARKING_STATUSES)[number]> = {
  vacant: '空闲',
  occupied: '占用',
  reserved: '预留',
  out_of_service: '停用',
};
export const LEASE_STATUS_LABELS: Choices<(typeof LEASE_STATUSES)[number]> = {
  active: '生效',
  ended: '已到期',
  terminated: '已解除',
};

/** The value of a label or of the value itself (any case); null when it is neither. */
export function choiceOf<T extends string>(choices: Choices<T>, text: string): T | null {
  const wanted = text.trim().toLowerCase();
  for (const [value, label] of Object.entries(choices) as [T, string][]) {
    if (label === text.trim() || value === wanted) return value;
  }
  return null;
}
