import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { makePerson, residentId, withWrongCheckDigit } from './people.test-kit.js';

let t: TestApp;
let desk: Agent;
let p1: string;
beforeAll(async () => {
  t = await startTestApp();
  desk = await t.login('frontdesk');
  [p1] = await t.propertyIds();
});
afterAll(() => t.close());

const db = () => t.runtime.deps.database.db;
const countPeople = async () =>
  Number(
    (
      await db()
        .selectFrom('people')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('validation', () => {
  const cases: [string, Record<string, unknown>, string, string, string][] = [
    [
      'a bad mobile',
      { mobile: '1381234567' },
      'body.mobile',
      '请输入正确的 11 位手机号码',
      'Enter a valid 11-digit mainland mobile number.',
    ],
    [
      'a wrong ID check digit',
      { idDocument: { idType: 'resident_id', idNumber: withWrongCheckDigit(residentId()) } },
      'body.idDocument.idNumber',
      '身份证号码校验位不正确，请核对',
      'The ID number’s check digit is wrong; please check the number.',
    ],
    [
      'an impossible birth date',
      { idDocument: { idType: 'resident_id', idNumber: residentId('19900230') } },
      'body.idDocument.idNumber',
      '身份证号码中的出生日期无效',
      'The birth date inside the ID number is not a real date.',
    ],
    [
      'a bad other phone',
      { otherPhones: ['abc'] },
      'body.otherPhones.0',
      '请输入正确的电话号码',
      'Enter a valid phone number.',
    ],
  ];
  it.each(cases)(
    'rejects %s with a translated field message and writes nothing',
    async (_, field, path, zh, en) => {
      const before = await countPeople();
      const body = { propertyId: p1, name: '校验', ...field };
      const resZh = await desk.request('POST', '/api/v1/people', body);
      expect(resZh.statusCode).toBe(400);
      expect(resZh.json().error.details).toContainEqual({ path, message: zh });
      const resEn = await desk.request('POST', '/api/v1/people', body, { 'accept-language': 'en' });
      expect(resEn.json().error.details).toContainEqual({ path, message: en });
      expect(await countPeople()).toBe(before);
    },
  );

  it('rejects a bad mobile on edit and keeps the stored one', async () => {
    const p = await makePerson(desk, { propertyId: p1, name: '改号', mobile: '13600001234' });
    const res = await desk.request('PATCH', `/api/v1/people/${p.id}`, { version: 1, mobile: '12345' });
    expect(res.statusCode).toBe(400);
    const row = await db()
      .selectFrom('people')
      .select(['mobile', 'version'])
      .where('id', '=', p.id)
      .executeTakeFirst();
    expect(row).toEqual({ mobile: '13600001234', version: 1 });
  });
});
