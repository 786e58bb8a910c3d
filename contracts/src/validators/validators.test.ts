import { describe, expect, it } from 'vitest';
import {
  PROVINCES,
  documentNumberProblem,
  isMainlandMobile,
  isUnitCode,
  maskIdNumber,
  maskPhone,
  normalizeMobile,
  normalizePlate,
  parseUnitQuery,
  plateKind,
  residentIdCheckChar,
  residentIdProblem,
  unitCode,
} from '../index.js';

// Generated cases come from a seeded generator, so a failure names a case that can be replayed.
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const random = prng(20261128);
const pick = <T>(items: ArrayLike<T>): T => items[Math.floor(random() * items.length)]!;
const digits = (n: number) => Array.from({ length: n }, () => pick('0123456789')).join('');
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'; // no I, no O: plates never use them

function randomResidentId(): string {
  const region = pick(['440305', '440106', '110105', '310115', '510107', '330106']);
  const birth = new Date(
    Date.UTC(1930 + Math.floor(random() * 90), 0, 1) + Math.floor(random() * 365) * 86_400_000,
  );
  const date = `${birth.getUTCFullYear()}${pad(birth.getUTCMonth() + 1, 2)}${pad(birth.getUTCDate(), 2)}`;
  const first17 = `${region}${date}${digits(3)}`;
  return first17 + residentIdCheckChar(first17);
}

describe('resident ID numbers (GB 11643)', () => {
  it('accepts the standard example and 500 generated numbers with their check character', () => {
    expect(residentIdProblem('11010519491231002X')).toBeNull();
    expect(residentIdProblem('11010519491231002x')).toBeNull();
    for (let i = 0; i < 500; i++) {
      const id = randomResidentId();
      expect(residentIdProblem(id), id).toBeNull();
    }
  });

  it('refuses every wrong check character of generated numbers', () => {
    for (let i = 0; i < 200; i++) {
      const id = randomResidentId();
      const wrong = pick([...'0123456789X'].filter((c) => c !== id[17]));
      expect(residentIdProblem(id.slice(0, 17) + wrong), id).toBe('checkDigit');
    }
  });

  it('refuses impossible birth dates and malformed numbers', () => {
    const withDate = (date: string) => {
      const first17 = `440305${date}123`;
      return first17 + residentIdCheckChar(first17);
    };
    expect(residentIdProblem(withDate('19900230'))).toBe('birthDate');
    expect(residentIdProblem(withDate('19901301'))).toBe('birthDate');
    expect(residentIdProblem(withDate('18991231'))).toBe('birthDate');
    expect(residentIdProblem(withDate('20000229'))).toBeNull(); // a leap day
    expect(residentIdProblem('4403051990010112')).toBe('format'); // 16 characters
    expect(residentIdProblem('04030519900101123X')).toBe('format'); // leading zero
    expect(residentIdProblem('4403051990A101123X')).toBe('format');
  });
});

describe('other identity documents', () => {
  it('accepts each document in its own format only', () => {
    expect(documentNumberProblem('hk_macau_permit', 'H12345678')).toBeNull();
    expect(documentNumberProblem('hk_macau_permit', 'm1234567801')).toBeNull();
    expect(documentNumberProblem('hk_macau_permit', 'A12345678')).toBe('format');
    expect(documentNumberProblem('taiwan_permit', '12345678')).toBeNull();
    expect(documentNumberProblem('taiwan_permit', '1234567')).toBe('format');
    expect(documentNumberProblem('passport', 'E12345678')).toBeNull();
    expect(documentNumberProblem('passport', 'E1')).toBe('format');
    expect(documentNumberProblem('foreign_permanent_id', 'USA110079031209')).toBeNull();
    const first17 = '93310019900101123';
    expect(documentNumberProblem('foreign_permanent_id', first17 + residentIdCheckChar(first17))).toBeNull();
    const wrong = residentIdCheckChar(first17) === '0' ? '1' : '0';
    expect(documentNumberProblem('foreign_permanent_id', first17 + wrong)).toBe('checkDigit');
    // Spaces typed for readability do not matter; the check digit still does.
    const id = randomResidentId();
    expect(
      documentNumberProblem('resident_id', `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`),
    ).toBeNull();
  });
});

describe('mainland mobile numbers', () => {
  it('accepts 500 generated numbers in the ways people write them', () => {
    for (let i = 0; i < 500; i++) {
      const mobile = `1${pick('3456789')}${digits(9)}`;
      const written = pick([
        mobile,
        `+86 ${mobile}`,
        `0086${mobile}`,
        `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`,
        `${mobile.slice(0, 3)}-${mobile.slice(3, 7)}-${mobile.slice(7)}`,
      ]);
      expect(isMainlandMobile(written), written).toBe(true);
      expect(normalizeMobile(written)).toBe(mobile);
    }
  });

  it('refuses numbers that cannot be mobiles', () => {
    for (const bad of ['12812345678', '1381234567', '138123456789', '23812345678', '1381234567a', '']) {
      expect(isMainlandMobile(bad), bad).toBe(false);
    }
  });
});

describe('licence plates', () => {
  it('accepts 500 generated ordinary and new-energy plates, however spelt', () => {
    for (let i = 0; i < 500; i++) {
      const head = `${pick(PROVINCES.slice(0, 31))}${pick(LETTERS)}`;
      const kind = pick(['ordinary', 'small', 'large'] as const);
      const plate =
        kind === 'ordinary'
          ? `${head}${Array.from({ length: 5 }, () => pick(`${LETTERS}0123456789`)).join('')}`
          : kind === 'small'
            ? `${head}${pick('DF')}${pick(`${LETTERS}0123456789`)}${digits(4)}`
            : `${head}${digits(5)}${pick('DF')}`;
      expect(plateKind(plate), plate).toBe(kind === 'ordinary' ? 'ordinary' : 'new_energy');
      const spelt = `${plate.slice(0, 2).toLowerCase()} · ${plate.slice(2).toLowerCase()}`;
      expect(normalizePlate(spelt)).toBe(plate);
      expect(plateKind(spelt), spelt).not.toBeNull();
    }
  });

  it('refuses plates with I or O, unknown provinces and wrong lengths', () => {
    for (const bad of ['粤BI2345', '粤BO2345', '港B12345', '粤B1234', '粤B123456', '粤BA123456', 'AB12345']) {
      expect(plateKind(bad), bad).toBeNull();
    }
    expect(plateKind('京A1234学')).toBe('ordinary');
  });
});

describe('unit codes', () => {
  it('reads 300 generated units in every common spelling as the same unit', () => {
    for (let i = 0; i < 300; i++) {
      const building = String(1 + Math.floor(random() * 30));
      const entrance = String(1 + Math.floor(random() * 4));
      const room = `${1 + Math.floor(random() * 32)}${pad(1 + Math.floor(random() * 8), 2)}`;
      const code = unitCode(building, entrance, room);
      expect(isUnitCode(code)).toBe(true);
      for (const spelling of [
        code,
        `${building}栋${entrance}单元${room}`,
        `${building}号楼${entrance}单元${room}室`,
      ]) {
        expect(parseUnitQuery(spelling), spelling).toEqual({ building, entrance, room });
      }
      expect(parseUnitQuery(`${building}-${room}`)).toEqual({ building, entrance: null, room });
      expect(parseUnitQuery(room)).toEqual({ building: null, entrance: null, room });
    }
  });

  it('reads lettered towers and refuses text that is not a unit', () => {
    expect(parseUnitQuery('A座1502')).toEqual({ building: 'A', entrance: null, room: '1502' });
    expect(parseUnitQuery('a-1502')).toEqual({ building: 'A', entrance: null, room: '1502' });
    expect(parseUnitQuery('张三')).toBeNull();
    expect(parseUnitQuery('3栋')).toBeNull();
  });
});

describe('masking', () => {
  it('shows mobiles as 138****5678 and ID numbers as first four and last four', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskIdNumber('440301199001011234')).toBe('4403**********1234');
    expect(maskPhone(null)).toBeNull();
    for (let i = 0; i < 100; i++) {
      const id = randomResidentId();
      const masked = maskIdNumber(id)!;
      expect(masked).toHaveLength(18);
      expect(masked.slice(4, 14)).toBe('*'.repeat(10));
    }
  });
});
