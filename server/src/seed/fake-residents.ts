import { residentIdCheckChar } from '@qiantai/contracts';
import { fakeName, type FakeGender } from './fake-names.js';

// Deterministic, realistic residents for the demo company and the lookup benchmark: the same seed
// gives the same people. Mobiles, ID numbers and plates pass the contracts' validators and are
// unique within one generator.

/** A small seeded PRNG (mulberry32): fast, and the same sequence on every machine. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[] | string): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String(this.int(0, 9));
    return out;
  }
}

// Mobile number segments in use (China Mobile, Unicom, Telecom, Broadnet).
const MOBILE_PREFIXES = [
  '134',
  '135',
  '136',
  '137',
  '138',
  '139',
  '147',
  '150',
  '151',
  '152',
  '157',
  '158',
  '159',
  '178',
  '182',
  '183',
  '187',
  '188',
  '198',
  '130',
  '131',
  '132',
  '155',
  '156',
  '166',
  '175',
  '176',
  '185',
  '186',
  '133',
  '153',
  '173',
  '177',
  '180',
  '181',
  '189',
  '191',
  '199',
  '192',
];

// Region codes (GB/T 2260): mostly Shenzhen and Guangdong, some from elsewhere.
const LOCAL_REGIONS = ['440303', '440304', '440305', '440306', '440307', '440308', '440309', '440310'];
const OTHER_REGIONS = [
  '440104',
  '440106',
  '440604',
  '441302',
  '445102',
  '430102',
  '420106',
  '360102',
  '350102',
  '110105',
  '310115',
  '510107',
  '410102',
  '450103',
  '610113',
  '220102',
];

const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const OTHER_PROVINCES = '湘赣鄂桂闽川豫京沪浙苏';

export interface FakeResident {
  name: string;
  gender: FakeGender;
  mobile: string;
  idNumber: string;
  birthYear: number;
}

export class FakeResidents {
  private readonly used = new Set<string>();
  readonly rng: Rng;

  constructor(seed: number) {
    this.rng = new Rng(seed);
  }

  private unique(make: () => string): string {
    for (;;) {
      const value = make();
      if (!this.used.has(value)) {
        this.used.add(value);
        return value;
      }
    }
  }

  /** A person; `adult` (the default) is born 1945-2004, otherwise 2005-2022. */
  resident(opts: { gender?: FakeGender; adult?: boolean } = {}): FakeResident {
    const gender = opts.gender ?? (this.rng.next() < 0.5 ? 'male' : 'female');
    const birthYear = opts.adult === false ? this.rng.int(2005, 2022) : this.rng.int(1945, 2004);
    return {
      name: fakeName(this.rng, gender),
      gender,
      mobile: this.mobile(),
      idNumber: this.residentId(gender, birthYear),
      birthYear,
    };
  }

  mobile(): string {
    return this.unique(() => this.rng.pick(MOBILE_PREFIXES) + this.rng.digits(8));
  }

  /** GB 11643: region, birth date, sequence (odd for men, even for women), MOD 11-2 check character. */
  residentId(gender: FakeGender, birthYear: number): string {
    return this.unique(() => {
      const region = this.rng.next() < 0.6 ? this.rng.pick(LOCAL_REGIONS) : this.rng.pick(OTHER_REGIONS);
      const month = this.rng.int(1, 12);
      const day = this.rng.int(1, 28);
      const sequence = this.rng.int(0, 49) * 2 + this.rng.int(0, 9) * 100 + (gender === 'male' ? 1 : 0);
      const first17 = `${region}${birthYear}${pad(month, 2)}${pad(day, 2)}${pad(sequence % 1000, 3)}`;
      return first17 + residentIdCheckChar(first17);
    });
  }

  /** 粤B mostly, other Guangdong cities and provinces sometimes; a quarter new-energy (8 characters). */
  plate(): string {
    return this.unique(() => {
      const roll = this.rng.next();
      const province = roll < 0.85 ? '粤' : this.rng.pick(OTHER_PROVINCES);
      const city = province === '粤' && roll < 0.7 ? 'B' : this.rng.pick('ABCDEFGHJ');
      if (this.rng.next() < 0.25) {
        return `${province}${city}${this.rng.pick('DF')}${this.rng.pick(PLATE_LETTERS + '0123456789')}${this.rng.digits(4)}`;
      }
      const letters = this.rng.int(0, 2);
      let tail = '';
      for (let i = 0; i < 5; i++)
        tail +=
          i < letters && this.rng.next() < 0.7 ? this.rng.pick(PLATE_LETTERS) : String(this.rng.int(0, 9));
      return `${province}${city}${tail}`;
    });
  }
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');
