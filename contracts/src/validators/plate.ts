// Mainland licence plates: province abbreviation + city letter + 5 characters (ordinary, 7 in all)
// or 6 (new-energy, 8 in all: D/F plus 5 digits for small cars, or 5 digits plus D/F for large
// ones). Letters I and O are never used. Special suffixes: 学 (learner), 警 (police), 挂 (trailer),
// 港/澳 (cross-border).
export const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领';

const LETTER = 'A-HJ-NP-Z';
const ORDINARY = new RegExp(`^[${PROVINCES}][${LETTER}][${LETTER}0-9]{4}[${LETTER}0-9挂学警港澳]$`);
const NEW_ENERGY_SMALL = new RegExp(`^[${PROVINCES}][${LETTER}][DF][${LETTER}0-9]\\d{4}$`);
const NEW_ENERGY_LARGE = new RegExp(`^[${PROVINCES}][${LETTER}]\\d{5}[DF]$`);

export function normalizePlate(raw: string): string {
  return raw.replace(/[\s·•.-]/g, '').toUpperCase();
}

export type PlateKind = 'ordinary' | 'new_energy';

export function plateKind(raw: string): PlateKind | null {
  const plate = normalizePlate(raw);
  if (plate.length === 7 && ORDINARY.test(plate)) return 'ordinary';
  if (plate.length === 8 && (NEW_ENERGY_SMALL.test(plate) || NEW_ENERGY_LARGE.test(plate)))
    return 'new_energy';
  return null;
}

export const isPlate = (raw: string) => plateKind(raw) !== null;
