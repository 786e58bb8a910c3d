import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParkingSpace } from '@qiantai/contracts';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { unmaskedPersonalData } from '../../test/personal-data.js';
import { resident, type Resident } from '../leases/leases.test-kit.js';

let t: TestApp;
let desk: Agent;
let p1: string;
let p2: string;
let holder: Resident;
beforeAll(async () => {
  t = await startTestApp();
  [p1, p2] = await t.propertyIds();
  desk = await t.login('frontdesk');
  holder = await resident(desk, p1, '赵六');
});
afterAll(() => t.close());

const space = (number: string, extra: Record<string, unknown> = {}) =>
  desk.request('POST', '/api/v1/parking-spaces', { propertyId: p1, number, type: 'rented', ...extra });

describe('parking spaces', () => {
  it('records a space with its holder and normalised plates', async () => {
    const res = await space('b2-017', {
      zone: 'B2',
      status: 'occupied',
      holderPersonId: holder.personId,
      plates: ['粤b 12345', '粤BD12345', '粤B12345'],
    });
    expect(res.statusCode).toBe(201);
    const s = res.json<ParkingSpace>();
    expect(s).toMatchObject({
      number: 'B2-017',
      holderName: '赵六',
      status: 'occupied',
      plates: ['粤B12345', '粤BD12345'],
      version: 1,
    });
    expect((await desk.request('GET', `/api/v1/parking-spaces/${s.id}`)).json<ParkingSpace>()).toEqual(s);
  });

  it('refuses a number already used in the property, in any letter case', async () => {
    await space('A-001');
    const dup = await space('a-001');
    expect(dup.statusCode).toBe(409);
    expect(dup.json<{ error: { message: string } }>().error.message).toBe('该车位编号已存在');
  });

  it('refuses bad plates and a holder from another property', async () => {
    const badPlate = await space('A-002', { plates: ['粤BI2345'] });
    expect(badPlate.statusCode).toBe(400);
    expect(badPlate.json<{ error: { details: { path: string }[] } }>().error.details[0]!.path).toBe(
      'body.plates.0',
    );
    const stranger = await resident(await t.login('admin'), p2, '外人');
    const foreign = await space('A-003', { holderPersonId: stranger.personId });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json<{ error: { details: { path: string }[] } }>().error.details[0]!.path).toBe(
      'holderPersonId',
    );
  });

  it('changes a space with its version, and refuses a stale one', async () => {
    const s = (await space('C-100')).json<ParkingSpace>();
    const ok = await desk.request('PATCH', `/api/v1/parking-spaces/${s.id}`, {
      version: 1,
      status: 'occupied',
      holderPersonId: holder.personId,
      plates: ['川A12345'],
    });
    expect(ok.json<ParkingSpace>()).toMatchObject({ status: 'occupied', holderName: '赵六', version: 2 });
    const stale = await desk.request('PATCH', `/api/v1/parking-spaces/${s.id}`, {
      version: 1,
      status: 'vacant',
    });
    expect(stale.statusCode).toBe(409);
    const released = await desk.request('PATCH', `/api/v1/parking-spaces/${s.id}`, {
      version: 2,
      status: 'vacant',
      holderPersonId: null,
      plates: [],
    });
    expect(released.json<ParkingSpace>()).toMatchObject({
      holderPersonId: null,
      holderName: null,
      plates: [],
    });
  });

  it('lists by status and finds a space by number or by a linked plate', async () => {
    await space('D-200', { status: 'out_of_service', plates: ['鄂A67890'] });
    const list = (query: string) =>
      desk
        .request('GET', `/api/v1/parking-spaces?propertyId=${p1}&${query}`)
        .then((r) => r.json<{ items: ParkingSpace[] }>().items.map((s) => s.number));
    expect(await list('status=out_of_service')).toEqual(['D-200']);
    expect(await list('q=d-20')).toEqual(['D-200']);
    expect(await list(`q=${encodeURIComponent('鄂a 6789')}`)).toEqual(['D-200']);
  });

  it('never shows the holder’s mobile or ID number in a list', async () => {
    const list = await desk.request('GET', `/api/v1/parking-spaces?propertyId=${p1}&pageSize=200`);
    expect(list.json<{ items: ParkingSpace[] }>().items.some((s) => s.holderPersonId)).toBe(true);
    expect(unmaskedPersonalData(list.body)).toEqual([]);
  });

  it('answers 404 to a user of the other property, for every route', async () => {
    const s = (await space('E-300')).json<ParkingSpace>();
    const outsider = await t.login('frontdesk2');
    const answers = [
      await outsider.request('GET', `/api/v1/parking-spaces/${s.id}`),
      await outsider.request('PATCH', `/api/v1/parking-spaces/${s.id}`, { version: 1, note: 'x' }),
      await outsider.request('GET', `/api/v1/parking-spaces?propertyId=${p1}`),
      await outsider.request('POST', '/api/v1/parking-spaces', {
        propertyId: p1,
        number: 'X',
        type: 'owned',
      }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([404, 404, 404, 404]);
  });
});
