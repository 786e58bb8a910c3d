import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { created } from '../../test/created.js';
import { makeBuilding, makeUnit } from '../buildings/buildings.test-kit.js';
import { makePerson } from './people.test-kit.js';

let t: TestApp;
let desk: Agent;
let p1: string;
let unitId: string;
beforeAll(async () => {
  t = await startTestApp();
  desk = await t.login('frontdesk');
  [p1] = await t.propertyIds();
  unitId = (await makeUnit(desk, (await makeBuilding(desk, p1, '8')).id, '801')).id;
});
afterAll(() => t.close());

async function linkedPerson(name: string, role = 'tenant', from: string | null = '2024-03-01') {
  const person = await makePerson(desk, { propertyId: p1, name });
  const link = created(
    await desk.request('POST', `/api/v1/people/${person.id}/units`, { unitId, role, from }),
  );
  return { personId: person.id, linkId: link.id, url: `/api/v1/people/${person.id}/units/${link.id}` };
}

const unitsOnCard = async (personId: string) =>
  (await desk.request('GET', `/api/v1/people/${personId}/card`)).json<{ units: unknown[] }>().units;

describe('editing a residence link', () => {
  it('changes role and dates, shows them on the card and records the change in the history', async () => {
    const { personId, linkId, url } = await linkedPerson('改链接');
    const res = await desk.request('PATCH', url, { role: 'owner', from: '2024-02-15', until: '2026-12-31' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: linkId, role: 'owner', from: '2024-02-15', until: '2026-12-31' });
    expect(await unitsOnCard(personId)).toMatchObject([
      { id: linkId, role: 'owner', from: '2024-02-15', until: '2026-12-31' },
    ]);
    const history = (await desk.request('GET', `/api/v1/people/${personId}/history`)).json<{
      items: { action: string; changes: unknown; detail: unknown }[];
    }>().items;
    expect(history[0]).toMatchObject({
      action: 'person.unit.update',
      changes: {
        role: ['tenant', 'owner'],
        from: ['2024-03-01', '2024-02-15'],
        until: [null, '2026-12-31'],
      },
      detail: { linkId },
    });
  });

  it('keeps what the body leaves out and clears a date sent as null', async () => {
    const { personId, url } = await linkedPerson('只改角色');
    expect((await desk.request('PATCH', url, { from: null })).statusCode).toBe(200);
    expect(await unitsOnCard(personId)).toMatchObject([{ role: 'tenant', from: null, until: null }]);
  });

  it('refuses a move-out before the move-in, against the stored date too, and changes nothing', async () => {
    const { personId, url } = await linkedPerson('日期颠倒');
    const both = await desk.request('PATCH', url, { from: '2025-05-01', until: '2025-04-30' });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.details).toContainEqual({
      path: 'body.until',
      message: '迁出日期不能早于入住日期',
    });
    const againstStored = await desk.request(
      'PATCH',
      url,
      { until: '2024-02-28' },
      { 'accept-language': 'en' },
    );
    expect(againstStored.statusCode).toBe(400);
    expect(againstStored.json().error.details).toContainEqual({
      path: 'until',
      message: 'The end date cannot be before the start date.',
    });
    expect(await unitsOnCard(personId)).toMatchObject([{ role: 'tenant', from: '2024-03-01', until: null }]);
  });

  it('answers 404 for a link of another person and for another property’s desk', async () => {
    const a = await linkedPerson('甲');
    const b = await linkedPerson('乙');
    const wrongPerson = await desk.request('PATCH', `/api/v1/people/${a.personId}/units/${b.linkId}`, {
      role: 'owner',
    });
    expect(wrongPerson.statusCode).toBe(404);
    const otherDesk = await t.login('frontdesk2');
    expect((await otherDesk.request('PATCH', a.url, { role: 'owner' })).statusCode).toBe(404);
    expect(await unitsOnCard(b.personId)).toMatchObject([{ role: 'tenant' }]);
  });
});
