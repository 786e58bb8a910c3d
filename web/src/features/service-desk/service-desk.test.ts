import { describe, expect, it } from 'vitest';
import type { PersonCard, SearchResult, ServiceCategory } from '@qiantai/contracts';
import type { UnitDetail } from '../directory/directory-api';
import { categoryTree, defaultDepartmentOf } from './categories';
import { newRecordTarget } from './desk-paths';
import { DESK_DEFAULTS, type DeskValues } from './desk-values';
import { digitOf, kindOfDigit } from './kind-keys';
import { toCreateBody } from './to-create-body';
import { formatWait } from './use-wait-timer';

const values = (v: Partial<DeskValues>): DeskValues => ({ ...DESK_DEFAULTS, ...v });

const card = {
  person: { id: 'p-1', propertyId: 'prop', name: '张三', language: 'en', mobile: '138****5678' },
  units: [],
} as unknown as PersonCard;
const unit = { id: 'u-9', propertyId: 'prop', code: '3-2-1502', people: [] } as unknown as UnitDetail;

describe('the record the desk form sends', () => {
  it('closes an inquiry answered at the desk with the answer, forwarded nowhere', () => {
    const body = toCreateBody(
      'prop',
      { type: 'none' },
      values({
        customerName: ' 王女士 ',
        content: '物业费能用微信交吗？',
        answeredAtDesk: true,
        result: '可以，扫码缴费。',
        departmentId: 'finance',
      }),
    );
    expect(body).toMatchObject({
      kind: 'inquiry',
      channel: 'walk_in',
      customerPersonId: null,
      customerName: '王女士',
      answeredAtDesk: true,
      result: '可以，扫码缴费。',
      departmentId: null,
    });
  });

  it('forwards a complaint to its department even if "answered at desk" was ticked for an inquiry first', () => {
    const body = toCreateBody(
      'prop',
      { type: 'none' },
      values({
        kind: 'complaint',
        customerPhone: '13912345678',
        content: '楼上噪音',
        answeredAtDesk: true,
        result: '已告知',
        departmentId: 'security',
      }),
    );
    expect(body).toMatchObject({ answeredAtDesk: false, result: '', departmentId: 'security' });
  });

  it('sends a directory person by id with the unit chosen, not the caller fields typed before', () => {
    const body = toCreateBody(
      'prop',
      { type: 'person', card, unitId: 'u-1' },
      values({ customerName: '路人', customerPhone: '13900000000', content: '报修' }),
    );
    expect(body).toMatchObject({
      customerPersonId: 'p-1',
      customerName: '张三',
      customerPhone: '',
      customerLanguage: 'en',
      unitId: 'u-1',
    });
  });

  it('sends a unit whose caller is not identified with the name and phone typed', () => {
    const body = toCreateBody(
      'prop',
      { type: 'unit', unit },
      values({ customerName: '刘先生', customerPhone: '010-12345678', content: '门禁卡' }),
    );
    expect(body).toMatchObject({
      customerPersonId: null,
      unitId: 'u-9',
      customerName: '刘先生',
      customerPhone: '010-12345678',
    });
  });
});

const category = (c: Partial<ServiceCategory> & { id: string }): ServiceCategory => ({
  propertyId: 'prop',
  parentId: null,
  kind: 'repair',
  name: c.id,
  nameEn: '',
  defaultDepartmentId: null,
  sort: 100,
  active: true,
  version: 1,
  ...c,
});
const categories = [
  category({
    id: 'water',
    name: '水电',
    nameEn: 'Water & electricity',
    defaultDepartmentId: 'eng',
    sort: 20,
  }),
  category({ id: 'leak', name: '漏水', nameEn: 'Leak', parentId: 'water', sort: 10 }),
  category({ id: 'pressure', name: '水压', parentId: 'water', sort: 5 }),
  category({ id: 'lift', name: '电梯', nameEn: 'Elevators', sort: 10 }),
  category({ id: 'old', name: '旧分类', active: false }),
  category({ id: 'fees', name: '收费', kind: 'inquiry', defaultDepartmentId: 'finance' }),
];

describe('the category picker', () => {
  it("offers the kind's active categories nested and in the configured order", () => {
    const tree = categoryTree(categories, 'repair', false);
    expect(tree.map((n) => n.title)).toEqual(['电梯', '水电']);
    expect(tree[1]!.children.map((n) => n.title)).toEqual(['水压', '漏水']);
  });

  it('shows English names in English, the Chinese one where none is given, and finds either', () => {
    const tree = categoryTree(categories, 'repair', true);
    expect(tree[1]!.children.map((n) => n.title)).toEqual(['水压', 'Leak']);
    expect(tree[1]!.children[1]!.search).toContain('漏水');
  });

  it("routes a sub-category to its parent's department when it has none of its own", () => {
    expect(defaultDepartmentOf(categories, 'leak')).toBe('eng');
    expect(defaultDepartmentOf(categories, 'lift')).toBeNull();
    expect(defaultDepartmentOf(categories, null)).toBeNull();
  });
});

describe('the desk keys', () => {
  it('picks kinds by the digit keys of the top row and the keypad, 1 for 咨询 … 9 for 证件', () => {
    expect(kindOfDigit(digitOf({ code: 'Digit1' }) ?? 0)).toBe('inquiry');
    expect(kindOfDigit(digitOf({ code: 'Numpad4' }) ?? 0)).toBe('repair');
    expect(kindOfDigit(digitOf({ code: 'Digit9' }) ?? 0)).toBe('certificate');
    expect(digitOf({ code: 'Digit0' })).toBeNull();
    expect(digitOf({ code: 'KeyA' })).toBeNull();
  });
});

describe('the waiting time and the entry points', () => {
  it('reads the wait as minutes and seconds, with hours once past one', () => {
    expect(formatWait(5)).toBe('0:05');
    expect(formatWait(75)).toBe('1:15');
    expect(formatWait(3725)).toBe('1:02:05');
  });

  it('opens the desk screen for a person, a unit, or a vehicle owner from the lookup', () => {
    const result = (r: Partial<SearchResult>) =>
      ({ type: 'person', id: 'x', personId: null, unitId: null, ...r }) as SearchResult;
    expect(newRecordTarget(result({ type: 'person', id: 'p-1' }))).toBe('/service/new?personId=p-1');
    expect(newRecordTarget(result({ type: 'unit', id: 'u-1' }))).toBe('/service/new?unitId=u-1');
    expect(newRecordTarget(result({ type: 'vehicle', id: 'v-1', personId: 'p-2' }))).toBe(
      '/service/new?personId=p-2',
    );
    expect(newRecordTarget(result({ type: 'vehicle', id: 'v-2' }))).toBeNull();
  });
});
