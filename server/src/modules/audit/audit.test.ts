import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@qiantai/contracts';
import { newId } from '../../db/ids.js';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';

let t: TestApp;
let admin: Agent;
let auditor: Agent;
let p1: string;
let p2: string;
let start: number;

type Page = { items: AuditEntry[]; total: number; page: number; pageSize: number };
const page = async (agent: Agent, query = '') =>
  (await agent.request('GET', `/api/v1/audit-log?pageSize=200${query}`)).json<Page>();

/** A failed job of the property: retrying it writes an audit entry that belongs to that property. */
async function failedJob(propertyId: string) {
  const now = t.clock.now();
  const id = newId(now);
  await t.runtime.deps.database.db
    .insertInto('jobs')
    .values({
      id,
      kind: 'audit.sample',
      property_id: propertyId,
      unique_key: null,
      payload: '{}',
      status: 'failed',
      run_at: now,
      attempts: 1,
      max_attempts: 1,
      locked_by: null,
      locked_until: null,
      last_error: 'x',
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

// A minute between steps, so each entry has its own time and the time filters have edges to test.
const step = () => t.clock.advance(60_000);

beforeAll(async () => {
  t = await startTestApp();
  [p1, p2] = await t.propertyIds();
  start = t.clock.now();
  step();
  admin = await t.login('admin');
  auditor = await t.login('auditor');
  step();
  await admin.request('POST', '/api/v1/users', {
    username: 'audit-a',
    displayName: '甲',
    roles: ['receptionist'],
    propertyIds: [p1],
  });
  step();
  await admin.request('POST', '/api/v1/users', {
    username: 'audit-b',
    displayName: '乙',
    roles: ['receptionist'],
    propertyIds: [p2],
  });
  step();
  await admin.request('POST', '/api/v1/properties', {
    code: 'NEW',
    name: '新项目',
    nameEn: 'New',
    kind: 'mixed',
  });
  step();
  await admin.request('POST', `/api/v1/admin/jobs/${await failedJob(p1)}/retry`);
  step();
  await admin.request('POST', `/api/v1/admin/jobs/${await failedJob(p2)}/retry`);
  step();
  const desk = await t.login('frontdesk');
  step();
  await desk.request('GET', '/api/v1/audit-log');
});
afterAll(() => t.close());

describe('reading the audit log', () => {
  it('lists newest first and pages without gaps or overlaps', async () => {
    const all = await page(admin);
    const times = all.items.map((e) => e.at);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(all.total).toBe(all.items.length);
    expect(all.items[0]!.action).toBe('auth.permission.denied');

    const pages: AuditEntry[] = [];
    for (let n = 1; n <= Math.ceil(all.total / 3); n++) {
      const p = (await admin.request('GET', `/api/v1/audit-log?pageSize=3&page=${n}`)).json<Page>();
      expect(p).toMatchObject({ total: all.total, page: n, pageSize: 3 });
      pages.push(...p.items);
    }
    expect(pages.map((e) => e.id)).toEqual(all.items.map((e) => e.id));
  });

  it('names no one for the system’s own work (the first start’s seeding), so screens say 系统', async () => {
    const seeded = (await page(admin, '&action=serviceConfig.seed')).items;
    const bySystem = seeded.filter((e) => e.actorUserId === 'system');
    expect(bySystem.length).toBeGreaterThan(0);
    expect(bySystem.map((e) => e.actorUsername)).toEqual(bySystem.map(() => null));
  });

  it('filters by time, actor, action prefix, entity type and entity id', async () => {
    const creations = await page(admin, '&action=user.create');
    const [b, a] = creations.items.filter((e) => e.actorUsername === 'admin');
    expect(b!.changes!.username).toEqual([null, 'audit-b']);
    expect(a!.changes!.username).toEqual([null, 'audit-a']);

    // [from, to): from is inclusive, to exclusive.
    const window = await page(admin, `&from=${a!.at}&to=${b!.at}`);
    expect(window.items.map((e) => e.id)).toEqual([a!.id]);
    const both = await page(admin, `&from=${a!.at}&to=${b!.at + 1}`);
    expect(both.items.map((e) => e.id)).toEqual([b!.id, a!.id]);
    expect((await page(admin, `&to=${start}`)).items.every((e) => e.at < start)).toBe(true);

    const byActor = await page(admin, '&actor=FrontDesk');
    expect(byActor.items.map((e) => e.action)).toEqual(['auth.permission.denied', 'auth.login.success']);

    const logins = await page(admin, '&action=auth.login');
    expect(new Set(logins.items.map((e) => e.action))).toEqual(new Set(['auth.login.success']));
    expect((await page(admin, '&action=login')).items).toEqual([]);

    const properties = await page(admin, '&entityType=property');
    expect(properties.items.length).toBeGreaterThanOrEqual(3); // two demo properties and NEW
    expect(properties.items.every((e) => e.entityType === 'property')).toBe(true);

    const one = await page(admin, `&entityType=user&entityId=${a!.entityId}`);
    expect(one.items.map((e) => e.id)).toEqual([a!.id]);
  });

  it('records permission denials with who, what and from where', async () => {
    const denied = (await page(admin, '&action=auth.permission.denied')).items;
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({
      actorUsername: 'frontdesk',
      ip: '127.0.0.1',
      detail: { permission: 'audit.read', method: 'GET', route: '/api/v1/audit-log' },
    });
    expect(denied[0]!.requestId).toMatch(/\S/);
  });

  it('shows an auditor entries of their property and company-wide ones about its staff, not other properties’', async () => {
    const mine = await page(auditor);
    const everything = await page(admin);
    const retries = (p: Page) => p.items.filter((e) => e.action === 'job.retry').map((e) => e.propertyId);
    expect(retries(everything).sort()).toEqual([p1, p2].sort());
    expect(retries(mine)).toEqual([p1]);
    expect(mine.items.some((e) => e.propertyId === null && e.action === 'user.create')).toBe(true);
    expect(mine.items.some((e) => e.action === 'property.create' && e.changes?.code?.[1] === 'NEW')).toBe(
      false,
    );
    expect(mine.items.every((e) => e.propertyId === null || e.propertyId === p1)).toBe(true);
    expect(mine.total).toBe(mine.items.length);
    expect(await page(auditor, `&propertyId=${p2}`)).toMatchObject({ items: [], total: 0 });
  });
});

describe('the audit log is append-only', () => {
  it('is refused UPDATE and DELETE by the database itself', async () => {
    const db = t.runtime.deps.database.db;
    const before = await db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    expect(before.length).toBeGreaterThan(0);
    const id = before[0]!.id;

    await expect(
      db.updateTable('audit_log').set({ action: 'rewritten' }).where('id', '=', id).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(db.updateTable('audit_log').set({ actor_username: null }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(db.deleteFrom('audit_log').where('id', '=', id).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);

    expect(await db.selectFrom('audit_log').selectAll().orderBy('id').execute()).toEqual(before);
  });
});
