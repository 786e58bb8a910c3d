import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { unmaskedPersonalData } from '../../test/personal-data.js';
import { created } from '../../test/created.js';
import { makeBuilding, makeUnit } from '../buildings/buildings.test-kit.js';
import { makePerson } from '../people/people.test-kit.js';

let t: TestApp;
let desk: Agent;
let p1: string;
beforeAll(async () => {
  t = await startTestApp();
  desk = await t.login('frontdesk');
  [p1] = await t.propertyIds();
});
afterAll(() => t.close());

describe('the person card', () => {
  it('gathers units, household, vehicles, parking spaces and leases, all masked', async () => {
    const b = await makeBuilding(desk, p1, '12');
    const home = await makeUnit(desk, b.id, '602', '3');
    const shop = await makeUnit(desk, b.id, '1');
    const owner = await makePerson(desk, {
      propertyId: p1,
      name: '刘强',
      mobile: '13912341234',
      unitLink: { unitId: home.id, role: 'owner' },
    });
    const wife = await makePerson(desk, {
      propertyId: p1,
      name: '刘太太',
      mobile: '13700007777',
      unitLink: { unitId: home.id, role: 'household' },
    });
    const formerTenant = await makePerson(desk, { propertyId: p1, name: '前租户' });
    const past = created(
      await desk.request('POST', `/api/v1/people/${formerTenant.id}/units`, {
        unitId: home.id,
        role: 'tenant',
      }),
    );
    await desk.request('POST', `/api/v1/people/${formerTenant.id}/units/${past.id}/end`, {
      until: '2025-01-31',
    });
    const neighbour = await makePerson(desk, {
      propertyId: p1,
      name: '邻居',
      unitLink: { unitId: shop.id, role: 'owner' },
    });

    const vehicle = created(
      await desk.request('POST', '/api/v1/vehicles', {
        propertyId: p1,
        plate: '粤B·12345',
        personId: owner.id,
      }),
    );
    const space = created(
      await desk.request('POST', '/api/v1/parking-spaces', {
        propertyId: p1,
        number: 'B1-018',
        type: 'owned',
        status: 'occupied',
        holderPersonId: owner.id,
        plates: ['粤B12345'],
      }),
    );
    const lease = created(
      await desk.request('POST', '/api/v1/leases', {
        unitId: shop.id,
        tenantPersonId: owner.id,
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        rentFen: 880000,
      }),
    );

    const card = await desk.request('GET', `/api/v1/people/${owner.id}/card`);
    expect(card.statusCode).toBe(200);
    const body = card.json();
    expect(body.person).toMatchObject({ id: owner.id, mobile: '139****1234' });
    expect(body.units).toEqual([
      expect.objectContaining({ unitId: home.id, unitCode: '12-3-602', role: 'owner' }),
    ]);
    // Who lives there now: not the owner himself, not the tenant who left, not the neighbour.
    expect(body.household).toEqual([
      expect.objectContaining({
        personId: wife.id,
        personName: '刘太太',
        role: 'household',
        unitCode: '12-3-602',
      }),
    ]);
    expect(body.household.map((h: { personId: string }) => h.personId)).not.toContain(neighbour.id);
    expect(body.vehicles).toEqual([expect.objectContaining({ id: vehicle.id, plate: '粤B12345' })]);
    expect(body.parking).toEqual([expect.objectContaining({ id: space.id, number: 'B1-018' })]);
    expect(body.leases).toEqual([
      expect.objectContaining({ id: lease.id, unitCode: '12-1', rentFen: 880000 }),
    ]);
    expect(unmaskedPersonalData(body)).toEqual([]);
  });

  it('rejects a bad plate with a translated field message and registers nothing', async () => {
    const p = await makePerson(desk, { propertyId: p1, name: '有车' });
    const zh = await desk.request('POST', '/api/v1/vehicles', {
      propertyId: p1,
      plate: '粤I12345',
      personId: p.id,
    });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.details).toContainEqual({
      path: 'body.plate',
      message: '请输入正确的车牌号（如 粤B12345，新能源 粤BD12345）',
    });
    const en = await desk.request(
      'POST',
      '/api/v1/vehicles',
      { propertyId: p1, plate: 'AB12345', personId: p.id },
      { 'accept-language': 'en' },
    );
    expect(en.json().error.details).toContainEqual({
      path: 'body.plate',
      message: 'Enter a valid plate (e.g. 粤B12345, new-energy 粤BD12345).',
    });
    const card = await desk.request('GET', `/api/v1/people/${p.id}/card`);
    expect(card.json().vehicles).toEqual([]);
  });
});

describe('the person history', () => {
  it('lists every change to the person and their residences, newest first, to anyone who may read', async () => {
    const b = await makeBuilding(desk, p1, '15');
    const u = await makeUnit(desk, b.id, '1501');
    const p = await makePerson(desk, { propertyId: p1, name: '历史', mobile: '13600000001' });
    t.clock.advance(60_000);
    await desk.request('PATCH', `/api/v1/people/${p.id}`, {
      version: 1,
      name: '历史改名',
      mobile: '13600000002',
    });
    t.clock.advance(60_000);
    const link = created(
      await desk.request('POST', `/api/v1/people/${p.id}/units`, { unitId: u.id, role: 'tenant' }),
    );
    t.clock.advance(60_000);
    await desk.request('POST', `/api/v1/people/${p.id}/units/${link.id}/end`, { until: '2026-11-30' });
    t.clock.advance(60_000);
    await desk.request('POST', `/api/v1/people/${p.id}/reveal`, { field: 'mobile' });

    // Department staff hold directory.read but not audit.read: the record's own history is theirs to see.
    const engineer = await t.login('engineer');
    const res = await engineer.request('GET', `/api/v1/people/${p.id}/history`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      action: string;
      actorUsername: string;
      changes: unknown;
      detail: unknown;
    }[];
    expect(items.map((e) => e.action)).toEqual([
      'person.reveal',
      'person.unit.end',
      'person.unit.link',
      'person.update',
      'person.create',
    ]);
    expect(items.every((e) => e.actorUsername === 'frontdesk')).toBe(true);
    expect(items[0]!.detail).toEqual({ field: 'mobile' });
    expect(items[1]!.changes).toEqual({ until: [null, '2026-11-30'] });
    expect(items[3]!.changes).toEqual({ name: ['历史', '历史改名'], mobile: ['136****0001', '136****0002'] });
    // A new person's entry names what was filled in, not every empty field of the form.
    expect(items[4]!.changes).toEqual({
      name: [null, '历史'],
      gender: [null, 'unknown'],
      mobile: [null, '136****0001'],
      language: [null, 'zh-CN'],
    });
    expect(unmaskedPersonalData(res.json())).toEqual([]);
  });
});
