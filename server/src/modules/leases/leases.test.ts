import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lease } from '@qiantai/contracts';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { unmaskedPersonalData } from '../../test/personal-data.js';
import { addDays } from '../../platform/time/calendar.js';
import { resident, type Resident } from './leases.test-kit.js';

// The test clock starts at 2026-11-27 01:00 UTC, 09:00 in Asia/Shanghai.
const TODAY = '2026-11-27';

let t: TestApp;
let desk: Agent;
let p1: string;
let p2: string;
let tenant: Resident;
beforeAll(async () => {
  t = await startTestApp();
  [p1, p2] = await t.propertyIds();
  desk = await t.login('frontdesk');
  tenant = await resident(desk, p1, '钱七');
});
afterAll(() => t.close());

const lease = (extra: Record<string, unknown> = {}, who: Resident = tenant) =>
  desk.request('POST', '/api/v1/leases', {
    unitId: who.unitId,
    tenantPersonId: who.personId,
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    rentFen: 450050,
    ...extra,
  });

const fieldsOf = (res: { json: <T>() => T }) =>
  res.json<{ error: { details: { path: string }[] } }>().error.details.map((d) => d.path);

describe('leases', () => {
  it('records a lease with the unit code, tenant name and money in fen', async () => {
    const res = await lease({ depositFen: 900100, note: '押二付一' });
    expect(res.statusCode).toBe(201);
    const l = res.json<Lease>();
    expect(l).toMatchObject({
      unitCode: tenant.unitCode,
      tenantName: '钱七',
      rentFen: 450050,
      depositFen: 900100,
      status: 'active',
      contractFileId: null,
      version: 1,
    });
    expect((await desk.request('GET', `/api/v1/leases/${l.id}`)).json<Lease>()).toEqual(l);
  });

  it('refuses impossible dates and money that is not whole fen', async () => {
    const backwards = await lease({ startDate: '2026-06-01', endDate: '2026-05-31' });
    expect(backwards.statusCode).toBe(400);
    expect(fieldsOf(backwards)).toEqual(['body.endDate']);
    expect(backwards.json<{ error: { details: { message: string }[] } }>().error.details[0]!.message).toBe(
      '租约结束日期不能早于开始日期',
    );
    expect(fieldsOf(await lease({ endDate: '2026-02-30' }))).toEqual(['body.endDate']);
    expect(fieldsOf(await lease({ rentFen: 4500.5 }))).toEqual(['body.rentFen']);
    expect(fieldsOf(await lease({ depositFen: -1 }))).toEqual(['body.depositFen']);
  });

  it('refuses a tenant from another property than the unit', async () => {
    const admin = await t.login('admin');
    const elsewhere = await resident(admin, p2, '外人');
    const res = await admin.request('POST', '/api/v1/leases', {
      unitId: tenant.unitId,
      tenantPersonId: elsewhere.personId,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      rentFen: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['tenantPersonId']);
  });

  it('changes a lease with its version: end date, status; stale versions and early ends refused', async () => {
    const l = (await lease()).json<Lease>();
    const extended = await desk.request('PATCH', `/api/v1/leases/${l.id}`, {
      version: 1,
      endDate: '2027-06-30',
    });
    expect(extended.json<Lease>()).toMatchObject({ endDate: '2027-06-30', version: 2 });
    const stale = await desk.request('PATCH', `/api/v1/leases/${l.id}`, { version: 1, status: 'ended' });
    expect(stale.statusCode).toBe(409);
    const early = await desk.request('PATCH', `/api/v1/leases/${l.id}`, {
      version: 2,
      endDate: '2025-12-31',
    });
    expect(early.statusCode).toBe(400);
    expect(fieldsOf(early)).toEqual(['endDate']);
    const terminated = await desk.request('PATCH', `/api/v1/leases/${l.id}`, {
      version: 2,
      status: 'terminated',
    });
    expect(terminated.json<Lease>()).toMatchObject({ status: 'terminated', version: 3 });
    const changes = await t.runtime.deps.database.db
      .selectFrom('audit_log')
      .select('changes')
      .where('entity_id', '=', l.id)
      .where('action', '=', 'lease.update')
      .execute();
    expect(changes.map((c) => JSON.parse(c.changes!) as unknown)).toContainEqual({
      status: ['active', 'terminated'],
    });
  });

  it('lists the active leases ending within N days of today at the property, soonest first', async () => {
    const admin = await t.login('admin');
    const someone = await resident(admin, p1, '孙八');
    const make = async (endDate: string) =>
      (await lease({ startDate: '2026-01-01', endDate }, someone)).json<Lease>();
    const ending = [await make(addDays(TODAY, 30)), await make(TODAY), await make(addDays(TODAY, 5))];
    await make(addDays(TODAY, 31));
    await make(addDays(TODAY, -1));
    const gone = await make(addDays(TODAY, 3));
    await desk.request('PATCH', `/api/v1/leases/${gone.id}`, { version: 1, status: 'terminated' });

    const res = await desk.request(
      'GET',
      `/api/v1/leases?propertyId=${p1}&tenantPersonId=${someone.personId}&expiringWithinDays=30`,
    );
    expect(res.json<{ items: Lease[] }>().items.map((l) => l.endDate)).toEqual(
      ending.map((l) => l.endDate).sort(),
    );
  });

  it('counts "today" in the property’s time zone, not in UTC', async () => {
    const someone = await resident(desk, p1, '周九');
    await lease({ startDate: '2026-01-01', endDate: addDays(TODAY, -1) }, someone);
    await lease({ startDate: '2026-01-01', endDate: TODAY }, someone);
    const saved = t.clock.current;
    // 23:00 UTC on the 26th is already 07:00 on the 27th in Shanghai: the lease that ended on the
    // 26th is over there, though it is still the 26th in UTC.
    t.clock.current = Date.UTC(2026, 10, 26, 23, 0, 0);
    try {
      const res = await desk.request(
        'GET',
        `/api/v1/leases?propertyId=${p1}&tenantPersonId=${someone.personId}&expiringWithinDays=0`,
      );
      expect(res.json<{ items: Lease[] }>().items.map((l) => l.endDate)).toEqual([TODAY]);
    } finally {
      t.clock.current = saved;
    }
  });

  it('shows a tenant’s leases by unit and tenant, without their mobile or ID number', async () => {
    const byUnit = await desk.request('GET', `/api/v1/leases?propertyId=${p1}&unitId=${tenant.unitId}`);
    expect(byUnit.json<{ total: number }>().total).toBeGreaterThan(0);
    expect(unmaskedPersonalData(byUnit.body)).toEqual([]);
    const all = await desk.request('GET', `/api/v1/leases?propertyId=${p1}&pageSize=200`);
    expect(unmaskedPersonalData(all.body)).toEqual([]);
  });

  it('answers 404 to a user of the other property, for every route', async () => {
    const l = (await lease()).json<Lease>();
    const outsider = await t.login('frontdesk2');
    const answers = [
      await outsider.request('GET', `/api/v1/leases/${l.id}`),
      await outsider.request('PATCH', `/api/v1/leases/${l.id}`, { version: 1, note: 'x' }),
      await outsider.request('GET', `/api/v1/leases?propertyId=${p1}`),
      await outsider.request('POST', '/api/v1/leases', {
        unitId: tenant.unitId,
        tenantPersonId: tenant.personId,
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        rentFen: 1,
      }),
      await outsider.request('GET', `/api/v1/leases/${l.id}/contract`),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([404, 404, 404, 404, 404]);
  });
});
