import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceRecord } from '@qiantai/contracts';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { departmentIdOf } from '../properties/properties.test-kit.js';
import { recordKit } from './service-records.test-kit.js';

// The register list as the desk pages through it: several statuses or kinds at once are read range
// by range and merged (service-records.repository.ts), and a record number is searched among the
// numbers of the days it names. Both must page exactly like one list sorted newest first.

let t: TestApp;
let desk: Agent;
let engineer: Agent;
let p1: string;
const kit = () => recordKit(t, p1);
const all: ServiceRecord[] = [];

/** Newest first, ties broken by id, as the register shows them. */
const newestFirst = (rows: ServiceRecord[]) =>
  [...rows].sort((a, b) => b.createdAt - a.createdAt || (b.id < a.id ? -1 : b.id > a.id ? 1 : 0));

/** Every page of a query, three records a page, concatenated. */
async function everyPage(query: string): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const res = await desk.request(
      'GET',
      `/api/v1/service-records?propertyId=${p1}&pageSize=3&page=${page}${query}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json<{ items: ServiceRecord[] }>().items;
    ids.push(...items.map((r) => r.id));
    if (items.length < 3) return ids;
  }
}

beforeAll(async () => {
  t = await startTestApp();
  [p1] = await t.propertyIds();
  desk = await t.login('frontdesk');
  engineer = await t.login('engineer');
  const engineering = await departmentIdOf(t, p1, 'engineering');
  // Records in every open status and some finished ones, several logged in the same millisecond.
  for (let i = 0; i < 4; i++) {
    all.push(await kit().create(desk, { kind: 'complaint', content: `投诉 ${i}` }));
    let repair = await kit().create(desk, {
      kind: 'repair',
      content: `报修 ${i}`,
      departmentId: engineering,
    });
    repair = (await kit().act(engineer, repair, { action: 'claim' })).record;
    if (i % 2 === 0) repair = (await kit().act(engineer, repair, { action: 'start' })).record;
    if (i === 2) repair = (await kit().act(engineer, repair, { action: 'wait', comment: '约明天' })).record;
    all.push(repair);
    all.push(await kit().create(desk, { kind: 'inquiry', answeredAtDesk: true, result: '已答复' }));
    t.clock.advance(i % 2 === 0 ? 60_000 : 0);
  }
});
afterAll(() => t.close());

describe('several statuses or kinds at once', () => {
  it('pages through open records newest first, each once, like one sorted list', async () => {
    const open = all.filter((r) => r.status !== 'closed');
    expect(new Set(open.map((r) => r.status)).size).toBe(4);
    expect(await everyPage('&open=true')).toEqual(newestFirst(open).map((r) => r.id));
  });

  it('does the same for a chosen pair of statuses and for a pair of kinds', async () => {
    const current = await Promise.all(all.map(async (r) => (await kit().get(desk, r.id)).record));
    const pair = current.filter((r) => r.status === 'new' || r.status === 'in_progress');
    expect(await everyPage('&status=new,in_progress')).toEqual(newestFirst(pair).map((r) => r.id));
    const kinds = current.filter((r) => r.kind === 'complaint' || r.kind === 'inquiry');
    expect(await everyPage('&kind=complaint,inquiry')).toEqual(newestFirst(kinds).map((r) => r.id));
  });

  it('finds none for open records of a finished status, nor for an empty list of statuses', async () => {
    expect(await everyPage('&open=true&status=closed')).toEqual([]);
    expect(await everyPage('&overdue=true&status=done,closed')).toEqual([]);
    expect(await everyPage('&status=')).toEqual([]);
  });
});

describe('searching by record number', () => {
  it('finds a whole number, a day’s numbers, in any letter case, and still searches words otherwise', async () => {
    const day = all[0]!.number.slice(0, 11); // KF-20261127
    const first = await kit().list(desk, `&q=${all[0]!.number}`);
    expect(first.items.map((r) => r.id)).toEqual([all[0]!.id]);
    const ofDay = await kit().list(desk, `&q=${day.toLowerCase()}`);
    expect(ofDay.items.map((r) => r.id).sort()).toEqual(all.map((r) => r.id).sort());
    expect((await kit().list(desk, '&q=KF-20261126')).items).toEqual([]);
    const words = await kit().list(desk, `&q=${encodeURIComponent('投诉 2')}`);
    expect(words.items.map((r) => r.content)).toEqual(['投诉 2']);
  });

  it('finds a record logged just after midnight at the property by its local day', async () => {
    // 2026-11-28 00:20 in Shanghai is still 2026-11-27 in UTC.
    t.clock.current = Date.UTC(2026, 10, 27, 16, 20);
    desk = await t.login('frontdesk'); // the morning's session has timed out by now
    const late = await kit().create(desk, { kind: 'inquiry', content: '深夜来电' });
    expect(late.number).toMatch(/^KF-20261128-0001$/);
    const found = await kit().list(desk, '&q=KF-20261128');
    expect(found.items.map((r) => r.id)).toEqual([late.id]);
  });
});
