import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { created } from '../../test/created.js';
import { makeBuilding, makeUnit } from './buildings.test-kit.js';
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

const db = () => t.runtime.deps.database.db;

describe('buildings', () => {
  it('creates buildings, lists them with their unit counts, and edits one', async () => {
    const a = await makeBuilding(desk, p1, 'a1');
    const b = await makeBuilding(desk, p1, 'A2');
    await makeUnit(desk, a.id, '101');
    await makeUnit(desk, a.id, '102');
    const list = await desk.request('GET', `/api/v1/buildings?propertyId=${p1}`);
    expect(list.statusCode).toBe(200);
    const byCode = Object.fromEntries(
      list.json<{ code: string; unitCount: number }[]>().map((x) => [x.code, x]),
    );
    expect(byCode['A1']).toMatchObject({ id: a.id, unitCount: 2, name: 'a1栋' });
    expect(byCode['A2']).toMatchObject({ id: b.id, unitCount: 0 });

    t.clock.advance(1000); // audit entries of the same millisecond have no order
    const edited = await desk.request('PATCH', `/api/v1/buildings/${b.id}`, { version: 1, floors: 18 });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ floors: 18, version: 2 });
    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('entity_id', '=', b.id)
      .orderBy('at')
      .orderBy('id')
      .execute();
    expect(audit.map((e) => e.action)).toEqual(['building.create', 'building.update']);
    expect(JSON.parse(audit[1]!.changes!)).toEqual({ floors: [null, 18] });
  });

  it('refuses a second building with the same code in a property, in Chinese and English', async () => {
    await makeBuilding(desk, p1, 'DUP');
    const zh = await desk.request('POST', '/api/v1/buildings', {
      propertyId: p1,
      code: 'dup',
      name: '又一栋',
    });
    expect(zh.statusCode).toBe(409);
    expect(zh.json().error.message).toBe('该楼栋编号已存在');
    const en = await desk.request(
      'POST',
      '/api/v1/buildings',
      { propertyId: p1, code: 'DUP', name: 'again' },
      { 'accept-language': 'en' },
    );
    expect(en.json().error.message).toBe('This building code is already taken.');
  });

  it('answers 409 to an edit based on an old version and keeps the newer edit', async () => {
    const b = await makeBuilding(desk, p1, 'VER');
    const supervisor = await t.login('supervisor');
    expect(
      (await supervisor.request('PATCH', `/api/v1/buildings/${b.id}`, { version: 1, name: '主管改名' }))
        .statusCode,
    ).toBe(200);
    const stale = await desk.request('PATCH', `/api/v1/buildings/${b.id}`, { version: 1, name: '前台改名' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details).toEqual({ currentVersion: 2 });
    const row = await db()
      .selectFrom('buildings')
      .select(['name', 'version'])
      .where('id', '=', b.id)
      .executeTakeFirst();
    expect(row).toEqual({ name: '主管改名', version: 2 });
  });
});

describe('units', () => {
  it('computes the unit code from building, entrance and room, and finds units by any spelling', async () => {
    const b = await makeBuilding(desk, p1, '3');
    const withEntrance = await makeUnit(desk, b.id, '1502', '2');
    const plain = await makeUnit(desk, b.id, '0801b');
    expect(withEntrance.code).toBe('3-2-1502');
    expect(plain.code).toBe('3-0801B');

    for (const q of ['3-2-1502', '3栋2单元1502', '3号楼2单元1502室']) {
      const res = await desk.request('GET', `/api/v1/units?propertyId=${p1}&q=${encodeURIComponent(q)}`);
      expect(res.json().items.map((u: { id: string }) => u.id)).toEqual([withEntrance.id]);
    }
    const part = await desk.request('GET', `/api/v1/units?propertyId=${p1}&buildingId=${b.id}&q=0801`);
    expect(part.json()).toMatchObject({
      total: 1,
      items: [{ id: plain.id, buildingCode: '3', room: '0801B' }],
    });
    const all = await desk.request('GET', `/api/v1/units?propertyId=${p1}&buildingId=${b.id}&pageSize=1`);
    expect(all.json()).toMatchObject({ total: 2, pageSize: 1 });
    expect(all.json().items).toHaveLength(1);
  });

  it('filters units by type', async () => {
    const b = await makeBuilding(desk, p1, 'SHOP');
    const shop = created(
      await desk.request('POST', '/api/v1/units', { buildingId: b.id, room: '1', type: 'shop' }),
    );
    await makeUnit(desk, b.id, '2');
    const res = await desk.request('GET', `/api/v1/units?propertyId=${p1}&buildingId=${b.id}&type=shop`);
    expect(res.json().items.map((u: { id: string }) => u.id)).toEqual([shop.id]);
  });

  it('refuses a duplicate unit code with 409 and writes nothing', async () => {
    const b = await makeBuilding(desk, p1, '5');
    await makeUnit(desk, b.id, '101', '1');
    const before = await db()
      .selectFrom('units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const dup = await desk.request(
      'POST',
      '/api/v1/units',
      { buildingId: b.id, entrance: '1', room: '101' },
      { 'accept-language': 'en' },
    );
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toBe('This unit already exists.');
    expect(dup.json().error.details).toEqual([{ path: 'room', message: 'This unit already exists.' }]);
    const after = await db()
      .selectFrom('units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('rejects a malformed room with a field message and writes nothing', async () => {
    const b = await makeBuilding(desk, p1, '6');
    const res = await desk.request('POST', '/api/v1/units', { buildingId: b.id, room: '15层02' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toEqual(['body.room']);
    const rows = await db().selectFrom('units').select('id').where('building_id', '=', b.id).execute();
    expect(rows).toEqual([]);
  });

  it('edits a unit with its version and answers 409 to a stale one', async () => {
    const b = await makeBuilding(desk, p1, '7');
    const u = await makeUnit(desk, b.id, '701');
    const ok = await desk.request('PATCH', `/api/v1/units/${u.id}`, { version: 1, areaSqm: 89.5, floor: 7 });
    expect(ok.json()).toMatchObject({ areaSqm: 89.5, floor: 7, version: 2 });
    const stale = await desk.request('PATCH', `/api/v1/units/${u.id}`, { version: 1, note: '旧版本' });
    expect(stale.statusCode).toBe(409);
    const detail = await desk.request('GET', `/api/v1/units/${u.id}`);
    expect(detail.json()).toMatchObject({ areaSqm: 89.5, note: '', version: 2 });
  });

  it('shows who lives in a unit now and who lived there before', async () => {
    const b = await makeBuilding(desk, p1, '8');
    const u = await makeUnit(desk, b.id, '801');
    const owner = await makePerson(desk, {
      propertyId: p1,
      name: '林业主',
      unitLink: { unitId: u.id, role: 'owner' },
    });
    const tenant = await makePerson(desk, {
      propertyId: p1,
      name: '黄租户',
      unitLink: { unitId: u.id, role: 'tenant' },
    });
    const link = (await desk.request('GET', `/api/v1/people/${tenant.id}/card`)).json().units[0];
    await desk.request('POST', `/api/v1/people/${tenant.id}/units/${link.id}/end`, { until: '2026-06-30' });
    const detail = await desk.request('GET', `/api/v1/units/${u.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().people).toEqual([
      expect.objectContaining({
        personId: owner.id,
        personName: '林业主',
        role: 'owner',
        until: null,
        unitCode: '8-801',
      }),
      expect.objectContaining({ personId: tenant.id, role: 'tenant', until: '2026-06-30' }),
    ]);
  });

  it('puts new and changed units into the desk lookup index', async () => {
    const b = await makeBuilding(desk, p1, '9');
    const u = await makeUnit(desk, b.id, '902', '1');
    const terms = await db()
      .selectFrom('search_terms')
      .select('term')
      .where('entity_id', '=', u.id)
      .execute();
    expect(terms.length).toBeGreaterThan(0);
    const found = await desk.request('GET', `/api/v1/units?propertyId=${p1}&q=9-1-902`);
    expect(found.json().total).toBe(1);
  });
});

describe('permissions and property scope', () => {
  it('lets department staff read but not write', async () => {
    const engineer = await t.login('engineer');
    expect((await engineer.request('GET', `/api/v1/buildings?propertyId=${p1}`)).statusCode).toBe(200);
    const denied = await engineer.request('POST', '/api/v1/buildings', {
      propertyId: p1,
      code: 'ENG',
      name: '工程楼',
    });
    expect(denied.statusCode).toBe(403);
    expect(await db().selectFrom('buildings').select('id').where('code', '=', 'ENG').execute()).toEqual([]);
  });

  it('answers 404 on every building and unit route to a receptionist of the other property', async () => {
    const b = await makeBuilding(desk, p1, 'SCOPE');
    const u = await makeUnit(desk, b.id, '1');
    const other = await t.login('frontdesk2');
    const calls: [string, string, unknown?][] = [
      ['GET', `/api/v1/buildings?propertyId=${p1}`],
      ['POST', '/api/v1/buildings', { propertyId: p1, code: 'X2', name: '越权楼' }],
      ['PATCH', `/api/v1/buildings/${b.id}`, { version: 1, name: '越权' }],
      ['GET', `/api/v1/units?propertyId=${p1}`],
      ['GET', `/api/v1/units/${u.id}`],
      ['POST', '/api/v1/units', { buildingId: b.id, room: '2' }],
      ['PATCH', `/api/v1/units/${u.id}`, { version: 1, note: '越权' }],
    ];
    for (const [method, url, body] of calls) {
      const res = await other.request(method as 'GET', url, body);
      expect({ method, url, status: res.statusCode }).toEqual({ method, url, status: 404 });
    }
    const unchanged = await db()
      .selectFrom('buildings')
      .select(['name', 'version'])
      .where('id', '=', b.id)
      .executeTakeFirst();
    expect(unchanged).toEqual({ name: 'SCOPE栋', version: 1 });
  });
});
