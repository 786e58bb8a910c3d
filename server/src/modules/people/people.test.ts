import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { makeBuilding, makeUnit } from '../buildings/buildings.test-kit.js';
import { makePerson, residentId } from './people.test-kit.js';

let t: TestApp;
let desk: Agent;
let p1: string;
let p2: string;
let unitId: string;
beforeAll(async () => {
  t = await startTestApp();
  desk = await t.login('frontdesk');
  [p1, p2] = await t.propertyIds();
  const building = await makeBuilding(desk, p1, '2');
  unitId = (await makeUnit(desk, building.id, '1201', '1')).id;
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

describe('people', () => {
  it('creates a person linked to a unit and lists them masked, with their unit', async () => {
    const res = await desk.request('POST', '/api/v1/people', {
      propertyId: p1,
      name: '张伟',
      gender: 'male',
      mobile: '+86 138-1234-5678',
      otherPhones: ['0755-86001234'],
      idDocument: { idType: 'resident_id', idNumber: residentId('19850612', '001') },
      unitLink: { unitId, role: 'owner', from: '2020-05-01' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      name: '张伟',
      mobile: '138****5678',
      otherPhones: ['075******1234'],
      idType: 'resident_id',
      idNumber: `4403${'*'.repeat(10)}${residentId('19850612', '001').slice(-4)}`,
      version: 1,
    });
    const list = await desk.request('GET', `/api/v1/people?propertyId=${p1}&q=张`);
    expect(list.json()).toMatchObject({
      total: 1,
      items: [
        {
          name: '张伟',
          mobile: '138****5678',
          units: [{ unitId, unitCode: '2-1-1201', role: 'owner', from: '2020-05-01', until: null }],
        },
      ],
    });
  });

  it('filters people by unit and role, counting only current residences', async () => {
    const b = await makeBuilding(desk, p1, 'F');
    const u = await makeUnit(desk, b.id, '1');
    const owner = await makePerson(desk, {
      propertyId: p1,
      name: '甲业主',
      unitLink: { unitId: u.id, role: 'owner' },
    });
    const tenant = await makePerson(desk, {
      propertyId: p1,
      name: '乙租户',
      unitLink: { unitId: u.id, role: 'tenant' },
    });
    const moved = await makePerson(desk, { propertyId: p1, name: '丙旧租户' });
    const past = await desk.request('POST', `/api/v1/people/${moved.id}/units`, {
      unitId: u.id,
      role: 'tenant',
      from: '2024-01-01',
      until: '2025-12-31',
    });
    expect(past.statusCode).toBe(201);
    const ids = async (query: string) =>
      (await desk.request('GET', `/api/v1/people?propertyId=${p1}&${query}`))
        .json()
        .items.map((p: { id: string }) => p.id);
    expect((await ids(`unitId=${u.id}`)).sort()).toEqual([owner.id, tenant.id].sort());
    expect(await ids(`unitId=${u.id}&role=tenant`)).toEqual([tenant.id]);
  });

  it('edits a person with their version; a stale version answers 409 and loses nothing', async () => {
    const p = await makePerson(desk, { propertyId: p1, name: '王芳', mobile: '13900001111' });
    const supervisor = await t.login('supervisor');
    const first = await supervisor.request('PATCH', `/api/v1/people/${p.id}`, {
      version: 1,
      mobile: '13900002222',
      notes: '晚上联系',
    });
    expect(first.json()).toMatchObject({ mobile: '139****2222', notes: '晚上联系', version: 2 });
    const stale = await desk.request('PATCH', `/api/v1/people/${p.id}`, { version: 1, name: '王小芳' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toBe('该记录已被他人修改，请刷新后重试');
    const row = await db()
      .selectFrom('people')
      .select(['name', 'mobile', 'notes', 'version'])
      .where('id', '=', p.id)
      .executeTakeFirst();
    expect(row).toEqual({ name: '王芳', mobile: '13900002222', notes: '晚上联系', version: 2 });
  });

  it('refuses a second person with the same ID number in a property, naming no one', async () => {
    const number = residentId('19720101', '555');
    await makePerson(desk, {
      propertyId: p1,
      name: '赵敏',
      idDocument: { idType: 'resident_id', idNumber: number },
    });
    const before = await countPeople();
    const spaced = `${number.slice(0, 6)} ${number.slice(6, 14)} ${number.slice(14)}`;
    const zh = await desk.request('POST', '/api/v1/people', {
      propertyId: p1,
      name: '冒名者',
      idDocument: { idType: 'resident_id', idNumber: spaced },
    });
    expect(zh.statusCode).toBe(409);
    expect(zh.json().error.code).toBe('CONFLICT');
    expect(zh.body).not.toContain('赵敏');
    expect(zh.json().error.message).toBe('该证件号码已登记在本项目的另一位人员名下');
    const other = await makePerson(desk, { propertyId: p1, name: '钱多' });
    const en = await desk.request(
      'PATCH',
      `/api/v1/people/${other.id}`,
      { version: 1, idDocument: { idType: 'resident_id', idNumber: number } },
      { 'accept-language': 'en' },
    );
    expect(en.statusCode).toBe(409);
    expect(en.json().error.message).toBe(
      'This document number is already on file for another person in this property.',
    );
    expect(en.body).not.toContain('赵敏');
    expect(await countPeople()).toBe(before + 1);
    // Another property may hold the same person.
    const admin = await t.login('admin');
    const elsewhere = await admin.request('POST', '/api/v1/people', {
      propertyId: p2,
      name: '赵敏',
      idDocument: { idType: 'resident_id', idNumber: number },
    });
    expect(elsewhere.statusCode).toBe(201);
  });

  it('links a person to a unit, refuses the same link twice, and ends it as history', async () => {
    const p = await makePerson(desk, { propertyId: p1, name: '孙丽' });
    const link = await desk.request('POST', `/api/v1/people/${p.id}/units`, { unitId, role: 'household' });
    expect(link.statusCode).toBe(201);
    const again = await desk.request('POST', `/api/v1/people/${p.id}/units`, { unitId, role: 'household' });
    expect(again.statusCode).toBe(409);
    const early = await desk.request('POST', `/api/v1/people/${p.id}/units/${link.json().id}/end`, {
      until: '2026-13-01',
    });
    expect(early.statusCode).toBe(400);
    const ended = await desk.request('POST', `/api/v1/people/${p.id}/units/${link.json().id}/end`, {
      until: '2026-11-01',
    });
    expect(ended.json()).toMatchObject({ id: link.json().id, until: '2026-11-01', unitCode: '2-1-1201' });
    const rows = await db()
      .selectFrom('person_units')
      .select('until_date')
      .where('person_id', '=', p.id)
      .execute();
    expect(rows).toEqual([{ until_date: '2026-11-01' }]);
    const anotherPerson = await makePerson(desk, { propertyId: p1, name: '路人' });
    const wrongOwner = await desk.request(
      'POST',
      `/api/v1/people/${anotherPerson.id}/units/${link.json().id}/end`,
      {
        until: '2026-11-02',
      },
    );
    expect(wrongOwner.statusCode).toBe(404);
  });

  it('refuses to link a person to a unit of another property', async () => {
    const admin = await t.login('admin');
    const b2 = await makeBuilding(admin, p2, 'T');
    const u2 = await makeUnit(admin, b2.id, '3001');
    const p = await makePerson(admin, { propertyId: p1, name: '跨项目' });
    const res = await admin.request('POST', `/api/v1/people/${p.id}/units`, {
      unitId: u2.id,
      role: 'tenant',
    });
    expect(res.statusCode).toBe(400);
    expect(
      await db().selectFrom('person_units').select('id').where('person_id', '=', p.id).execute(),
    ).toEqual([]);
  });

  it('keeps the desk lookup index current when a person is created or renamed', async () => {
    const p = await makePerson(desk, { propertyId: p1, name: '欧阳娜娜', mobile: '13712345678' });
    const terms = async () =>
      (await db().selectFrom('search_terms').select('term').where('entity_id', '=', p.id).execute()).map(
        (r) => r.term,
      );
    expect(await terms()).toContain('欧阳娜娜');
    await desk.request('PATCH', `/api/v1/people/${p.id}`, { version: 1, name: '欧阳明' });
    expect(await terms()).toContain('欧阳明');
    expect(await terms()).not.toContain('欧阳娜娜');
  });
});

describe('property scope', () => {
  it('answers 404 on every people route to a receptionist of the other property, and changes nothing', async () => {
    const p = await makePerson(desk, {
      propertyId: p1,
      name: '隐私',
      mobile: '13511112222',
      unitLink: { unitId, role: 'tenant' },
    });
    const linkId = (
      await db()
        .selectFrom('person_units')
        .select('id')
        .where('person_id', '=', p.id)
        .executeTakeFirstOrThrow()
    ).id;
    const other = await t.login('frontdesk2');
    const calls: [string, string, unknown?][] = [
      ['GET', `/api/v1/people?propertyId=${p1}`],
      ['POST', '/api/v1/people', { propertyId: p1, name: '越权' }],
      ['GET', `/api/v1/people/${p.id}`],
      ['PATCH', `/api/v1/people/${p.id}`, { version: 1, name: '越权' }],
      ['POST', `/api/v1/people/${p.id}/units`, { unitId, role: 'household' }],
      ['POST', `/api/v1/people/${p.id}/units/${linkId}/end`, { until: '2026-11-01' }],
      ['GET', `/api/v1/people/${p.id}/card`],
      ['GET', `/api/v1/people/${p.id}/history`],
      ['POST', `/api/v1/people/${p.id}/reveal`, { field: 'mobile' }],
    ];
    for (const [method, url, body] of calls) {
      const res = await other.request(method as 'GET', url, body);
      expect({ method, url, status: res.statusCode }).toEqual({ method, url, status: 404 });
      expect(res.body).not.toContain('隐私');
    }
    const row = await db()
      .selectFrom('people')
      .select(['name', 'version'])
      .where('id', '=', p.id)
      .executeTakeFirst();
    expect(row).toEqual({ name: '隐私', version: 1 });
    const reveals = await db()
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'person.reveal')
      .where('entity_id', '=', p.id)
      .execute();
    expect(reveals).toEqual([]);
  });
});
