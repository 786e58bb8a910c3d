import type { lookupZhCN } from './messages.zh-CN';

export const lookupEn: Record<keyof typeof lookupZhCN, string> = {
  'lookup.label': 'Find a resident, unit or plate',
  'lookup.placeholder': 'Name / pinyin / phone tail / unit / plate',
  'lookup.empty': 'Nothing found',
  'lookup.emptyHint': 'Search by name, pinyin, initials, last digits of a phone, unit or plate',
  'lookup.group.person': 'Residents',
  'lookup.group.unit': 'Units',
  'lookup.group.vehicle': 'Vehicles',
  'lookup.matched.name': 'name',
  'lookup.matched.pinyin': 'pinyin',
  'lookup.matched.initials': 'initials',
  'lookup.matched.phone': 'phone',
  'lookup.matched.unit': 'unit',
  'lookup.matched.plate': 'plate',
};
