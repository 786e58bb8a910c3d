import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Vehicle } from '@qiantai/contracts';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { unmaskedPersonalData } from '../../test/personal-data.js';
import { resident, type Resident } from '../leases/leases.test-kit.js';

let t: TestApp;
let desk: Agent;
let p1: string;
let p2: string;
let owner: Resident;
beforeAll(async () => {
  t = await startTestApp();
  [p1, p2] = await t.propertyIds();
  desk = await t.login('frontdesk');
  owner = await resident(desk, p1, '李四');
});
afterAll(() => t.close());

const register = (plate: string, extra: Record<string, unknown> = {}) =>
  desk.request('POST', '/api/v1/vehicles', { propertyId: p1, plate, ...extra });

describe('vehicles', () => {
  it('registers a vehicle with the plate normalised and the owner named', async () => {
    const res = await register('粤b·12345', { model: '比亚迪 汉', colour: '白', personId: owner.personId });
    expect(res.statusCode).toBe(201);
    const v = res.json<Vehicle>();
    expect(v).toMatchObject({ plate: '粤B12345', personName: '李四', model: '比亚迪 汉', version: 1 });
    const again = await desk.request('GET', `/api/v1/vehicles/${v.id}`);
    expect(again.json<Vehicle>()).toEqual(v);
  });

  it('accepts 8-character new-energy plates, small and large', async () => {
    for (const [typed, stored] of [
      ['粤BD12345', '粤BD12345'],
      ['沪af 12345', '沪AF12345'],
      ['京A12345D', '京A12345D'],
    ]) {
      const res = await register(typed!);
      expect(res.statusCode, typed).toBe(201);
      expect(res.json<Vehicle>().plate).toBe(stored);
    }
  });

  it('refuses plates that cannot exist, with the reason on the field', async () => {
    for (const bad of ['粤BI2345', '粤BO1234', '粤B1234', 'AB12345', '粤B123456X', '粤BD12345X']) {
      const res = await register(bad);
      expect(res.statusCode, bad).toBe(400);
      expect(res.json<{ error: { details: { path: string }[] } }>().error.details[0]!.path).toBe(
        'body.plate',
      );
    }
  });

  it('refuses a plate already registered in the property, however it is spelt', async () => {
    await register('川A88888');
    const dup = await register('川a 88888');
    expect(dup.statusCode).toBe(409);
    expect(dup.json<{ error: { message: string } }>().error.message).toBe('该车牌已登记');
    // Named on the field, so the form can show it under the plate input.
    expect(dup.json().error.details).toEqual([{ path: 'plate', message: '该车牌已登记' }]);
    // Another property is another car park: the same plate may be registered there.
    const admin = await t.login('admin');
    const there = await admin.request('POST', '/api/v1/vehicles', { propertyId: p2, plate: '川A88888' });
    expect(there.statusCode).toBe(201);
  });

  it('refuses an owner from another property as a field error', async () => {
    const admin = await t.login('admin');
    const other = await resident(admin, p2, '外人');
    const res = await register('浙A11111', { personId: other.personId });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { details: { path: string }[] } }>().error.details[0]!.path).toBe('personId');
  });

  it('changes a vehicle with its version and refuses a stale one', async () => {
    const v = (await register('苏E55555')).json<Vehicle>();
    const ok = await desk.request('PATCH', `/api/v1/vehicles/${v.id}`, {
      version: 1,
      colour: '黑',
      personId: owner.personId,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<Vehicle>()).toMatchObject({ colour: '黑', personName: '李四', version: 2 });
    const stale = await desk.request('PATCH', `/api/v1/vehicles/${v.id}`, { version: 1, colour: '红' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { details: unknown } }>().error.details).toEqual({ currentVersion: 2 });
    const history = await t.runtime.deps.database.db
      .selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('entity_id', '=', v.id)
      .execute();
    expect(history.map((h) => h.action).sort()).toEqual(['vehicle.create', 'vehicle.update']);
    const update = history.find((h) => h.action === 'vehicle.update')!;
    expect(JSON.parse(update.changes!)).toEqual({ colour: [null, '黑'], personId: [null, owner.personId] });
  });

  it('lists by plate fragment and by owner, and the desk lookup finds the plate', async () => {
    await register('鲁B24680', { personId: owner.personId });
    const byPlate = await desk.request('GET', `/api/v1/vehicles?propertyId=${p1}&q=b2468`);
    expect(byPlate.json<{ items: Vehicle[] }>().items.map((v) => v.plate)).toEqual(['鲁B24680']);
    const byOwner = await desk.request('GET', `/api/v1/vehicles?propertyId=${p1}&personId=${owner.personId}`);
    const plates = byOwner.json<{ items: Vehicle[] }>().items.map((v) => v.plate);
    expect(plates).toContain('鲁B24680');
    expect(plates).toContain('粤B12345');
    const lookup = await desk.request('GET', `/api/v1/directory/search?propertyId=${p1}&q=B24680`);
    expect(lookup.json<{ items: { type: string; title: string }[] }>().items).toContainEqual(
      expect.objectContaining({ type: 'vehicle', title: '鲁B24680' }),
    );
  });

  it('never shows the owner’s mobile or ID number in a list or a record', async () => {
    const list = await desk.request('GET', `/api/v1/vehicles?propertyId=${p1}&pageSize=200`);
    expect(list.json<{ total: number }>().total).toBeGreaterThan(3);
    expect(unmaskedPersonalData(list.body)).toEqual([]);
    const one = list.json<{ items: Vehicle[] }>().items.find((v) => v.personId)!;
    expect(unmaskedPersonalData((await desk.request('GET', `/api/v1/vehicles/${one.id}`)).body)).toEqual([]);
  });

  it('answers 404 to a user of the other property, for every route', async () => {
    const v = (await register('晋A13579')).json<Vehicle>();
    const outsider = await t.login('frontdesk2');
    const answers = [
      await outsider.request('GET', `/api/v1/vehicles/${v.id}`),
      await outsider.request('PATCH', `/api/v1/vehicles/${v.id}`, { version: 1, note: 'x' }),
      await outsider.request('GET', `/api/v1/vehicles?propertyId=${p1}`),
      await outsider.request('POST', '/api/v1/vehicles', { propertyId: p1, plate: '晋A24680' }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([404, 404, 404, 404]);
  });
});
