import type { SearchResult } from '@qiantai/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillSearchDisplay } from '../../db/migrations/0005-search-display.js';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { created } from '../../test/created.js';
import { makeBuilding, makeUnit } from '../buildings/buildings.test-kit.js';
import { makePerson } from '../people/people.test-kit.js';
import { results } from './lookup.test-kit.js';

// What a search result shows must follow every change the moment it commits, and a residence
// must stop counting the day after its last day even though nothing is written that day.

let t: TestApp;
let desk: Agent;
let p1: string;
let building: string;

const DAY = 86_400_000;

beforeAll(async () => {
  t = await startTestApp();
  [p1] = await t.propertyIds();
  desk = await t.login('frontdesk');
  building = (await makeBuilding(desk, p1, '9')).id;
});
afterAll(() => t.close());

async function only(q: string, type: SearchResult['type'], agent = desk): Promise<SearchResult> {
  const hits = (await results(agent, p1, q)).filter((r) => r.type === type);
  expect(hits, `${type} for ${q}`).toHaveLength(1);
  return hits[0]!;
}

async function linkTo(personId: string, unitId: string, body: Record<string, unknown> = {}) {
  return created(
    await desk.request('POST', `/api/v1/people/${personId}/units`, { unitId, role: 'owner', ...body }),
  );
}

describe('desk lookup display follows changes', () => {
  it('shows the new masked mobile once a mobile changes, and never the old one', async () => {
    const person = await makePerson(desk, { propertyId: p1, name: '钱换号', mobile: '13811110001' });
    expect((await only('钱换号', 'person')).subtitle).toBe('138****0001');
    const res = await desk.request('PATCH', `/api/v1/people/${person.id}`, {
      version: person.version,
      mobile: '13922220002',
    });
    expect(res.statusCode).toBe(200);
    expect((await only('钱换号', 'person')).subtitle).toBe('139****0002');
  });

  it('shows the unit a person moved to, and moves them between the units’ occupants', async () => {
    const before = await makeUnit(desk, building, '101');
    const after = await makeUnit(desk, building, '102');
    const person = await makePerson(desk, {
      propertyId: p1,
      name: '孙搬家',
      unitLink: { unitId: before.id, role: 'tenant' },
    });
    expect(await only('孙搬家', 'person')).toMatchObject({ subtitle: '9-101 租户', unitId: before.id });
    expect(await only('9-101', 'unit')).toMatchObject({ subtitle: '孙搬家（租户）', personId: person.id });

    const [link] = (await desk.request('GET', `/api/v1/people/${person.id}/card`)).json<{
      units: { id: string }[];
    }>().units;
    // Moved out yesterday (the test clock's day at the property is 2026-11-27), into 9-102 as owner.
    const end = await desk.request('POST', `/api/v1/people/${person.id}/units/${link!.id}/end`, {
      until: '2026-11-26',
    });
    expect(end.statusCode).toBe(200);
    await linkTo(person.id, after.id);

    expect(await only('孙搬家', 'person')).toMatchObject({ subtitle: '9-102 业主', unitId: after.id });
    expect(await only('9-101', 'unit')).toMatchObject({ subtitle: '', personId: null });
    expect(await only('9-102', 'unit')).toMatchObject({ subtitle: '孙搬家（业主）', personId: person.id });
  });

  it('stops showing a residence the day after its last day, with nothing written that day', async () => {
    const unit = await makeUnit(desk, building, '201');
    const person = await makePerson(desk, { propertyId: p1, name: '周到期' });
    await linkTo(person.id, unit.id, { role: 'tenant', until: '2026-11-27' });
    expect((await only('周到期', 'person')).subtitle).toBe('9-201 租户');
    expect((await only('9-201', 'unit')).subtitle).toBe('周到期（租户）');

    t.clock.advance(DAY);
    try {
      // A day idle ends the session: the next day's desk signs in again.
      const nextDay = await t.login('frontdesk');
      expect(await only('周到期', 'person', nextDay)).toMatchObject({ subtitle: '', unitId: null });
      expect(await only('9-201', 'unit', nextDay)).toMatchObject({ subtitle: '', personId: null });
    } finally {
      t.clock.advance(-DAY);
      desk = await t.login('frontdesk');
    }
  });

  it('shows a corrected role, owners before tenants', async () => {
    const unit = await makeUnit(desk, building, '301');
    const owner = await makePerson(desk, { propertyId: p1, name: '吴房东' });
    const tenant = await makePerson(desk, { propertyId: p1, name: '郑房客' });
    const link = await linkTo(tenant.id, unit.id, { role: 'household' });
    await linkTo(owner.id, unit.id);
    expect((await only('9-301', 'unit')).subtitle).toBe('吴房东（业主）、郑房客（家庭成员）');
    const res = await desk.request('PATCH', `/api/v1/people/${tenant.id}/units/${link.id}`, {
      role: 'tenant',
    });
    expect(res.statusCode).toBe(200);
    expect(await only('9-301', 'unit')).toMatchObject({
      subtitle: '吴房东（业主）、郑房客（租户）',
      personId: owner.id,
    });
  });

  it('shows a renamed person by the new name on their unit and their vehicle', async () => {
    const unit = await makeUnit(desk, building, '401');
    const person = await makePerson(desk, {
      propertyId: p1,
      name: '冯旧名',
      unitLink: { unitId: unit.id, role: 'owner' },
    });
    created(
      await desk.request('POST', '/api/v1/vehicles', {
        propertyId: p1,
        plate: '粤B40101',
        personId: person.id,
        colour: '白色',
      }),
    );
    const res = await desk.request('PATCH', `/api/v1/people/${person.id}`, {
      version: person.version,
      name: '冯新名',
    });
    expect(res.statusCode).toBe(200);
    expect((await only('9-401', 'unit')).subtitle).toBe('冯新名（业主）');
    expect(await only('粤B40101', 'vehicle')).toMatchObject({
      subtitle: '冯新名 · 白色',
      personId: person.id,
    });
  });

  it("shows a vehicle's new owner, colour and model", async () => {
    const first = await makePerson(desk, { propertyId: p1, name: '陈车主' });
    const second = await makePerson(desk, { propertyId: p1, name: '褚车主' });
    const vehicle = created(
      await desk.request('POST', '/api/v1/vehicles', {
        propertyId: p1,
        plate: '粤B40202',
        personId: first.id,
      }),
    );
    expect((await only('粤B40202', 'vehicle')).subtitle).toBe('陈车主');
    const res = await desk.request('PATCH', `/api/v1/vehicles/${vehicle.id}`, {
      version: vehicle.version,
      personId: second.id,
      colour: '黑色',
      model: '比亚迪 汉',
    });
    expect(res.statusCode).toBe(200);
    expect(await only('粤B40202', 'vehicle')).toMatchObject({
      subtitle: '褚车主 · 黑色 比亚迪 汉',
      personId: second.id,
    });
  });
});

describe('migration 0005', () => {
  it('fills the display rows of a directory written before it, as the indexer would', async () => {
    const queries = ['钱换号', '孙搬家', '9-102', '9-301', '粤B40101', '粤B40202', '冯新名'];
    const shown = await Promise.all(queries.map((q) => results(desk, p1, q)));
    const db = t.runtime.deps.database.db;
    await db.deleteFrom('search_display').execute();
    await db.deleteFrom('search_residences').execute();
    expect(await results(desk, p1, '钱换号')).toEqual([]);

    await fillSearchDisplay(db);
    expect(await Promise.all(queries.map((q) => results(desk, p1, q)))).toEqual(shown);
  });
});
