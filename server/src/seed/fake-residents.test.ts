import { isMainlandMobile, isResidentId, plateKind } from '@qiantai/contracts';
import { describe, expect, it } from 'vitest';
import { FakeResidents } from './fake-residents.js';

// The demo directory and the lookup benchmark rely on these residents looking real to the validators
// and to the desk: valid numbers, realistic surnames, the same people from the same seed.

describe('fake residents', () => {
  const sample = (seed: number, count: number) => {
    const fake = new FakeResidents(seed);
    return Array.from({ length: count }, () => ({ ...fake.resident(), plate: fake.plate() }));
  };

  it('pass the mobile, resident ID (check digit, birth date) and plate validators, without repeats', () => {
    const people = sample(7, 3000);
    expect(people.filter((p) => !isMainlandMobile(p.mobile))).toEqual([]);
    expect(people.filter((p) => !isResidentId(p.idNumber))).toEqual([]);
    expect(people.filter((p) => plateKind(p.plate) === null)).toEqual([]);
    for (const field of ['mobile', 'idNumber', 'plate'] as const)
      expect(new Set(people.map((p) => p[field])).size).toBe(people.length);
  });

  it('encode gender and birth year in the ID number as GB 11643 does', () => {
    for (const p of sample(8, 500)) {
      expect(Number(p.idNumber.slice(6, 10))).toBe(p.birthYear);
      expect(Number(p.idNumber[16]) % 2).toBe(p.gender === 'male' ? 1 : 0);
    }
  });

  it('have common surnames most often, rarer and polyphonic ones sometimes, and some new-energy plates', () => {
    const people = sample(9, 20000);
    const count = (prefix: string) => people.filter((p) => p.name.startsWith(prefix)).length;
    expect(count('王')).toBeGreaterThan(count('孙') * 3);
    expect(count('李')).toBeGreaterThan(count('韩') * 5);
    for (const rare of ['曾', '单', '欧阳']) expect(count(rare), rare).toBeGreaterThan(0);
    const lengths = new Set(people.map((p) => [...p.name].length));
    expect([...lengths].sort()).toEqual(expect.arrayContaining([2, 3]));
    expect(people.filter((p) => plateKind(p.plate) === 'new_energy').length).toBeGreaterThan(2000);
    expect(people.filter((p) => !p.plate.startsWith('粤')).length).toBeGreaterThan(1000);
  });

  it('are the same people for the same seed', () => {
    expect(sample(42, 50)).toEqual(sample(42, 50));
    expect(sample(42, 50)).not.toEqual(sample(43, 50));
  });
});
