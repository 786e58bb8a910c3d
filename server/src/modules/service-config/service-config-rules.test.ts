import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  BusinessHours,
  EscalationLevels,
  Holiday,
  ServiceCategory,
  ServiceSettings,
  SlaPolicy,
} from '@qiantai/contracts';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import {
  addWorkingTime,
  businessCalendarOf,
  categoryWithin,
  escalationLevelsOf,
  serviceSettingsOf,
  slaPolicyFor,
  WALL_CLOCK,
  type BusinessCalendar,
} from './index.js';

// What deadlines are made of, through the API, and the functions the records module calls.

let t: TestApp;
let supervisor: Agent;
let p1: string;
let p2: string;
let categories: ServiceCategory[];
beforeAll(async () => {
  t = await startTestApp();
  [p1, p2] = await t.propertyIds();
  supervisor = await t.login('supervisor');
  categories = (
    await supervisor.request('GET', `/api/v1/service-config/categories?propertyId=${p1}&includeInactive=true`)
  ).json<ServiceCategory[]>();
});
afterAll(() => t.close());

const BASE = '/api/v1/service-config';
const MINUTE = 60_000;
const category = (kind: string, name: string) => categories.find((c) => c.kind === kind && c.name === name)!;
const ctx = () => t.runtime.systemContext();
const en = { 'accept-language': 'en' };
/** A local time in Shanghai, as an instant and as its ISO string. */
const sh = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00+08:00`);
const iso = (local: string) => new Date(sh(local)).toISOString();

async function get<T>(agent: Agent, url: string): Promise<T> {
  const res = await agent.request('GET', url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}

describe('SLA policies', () => {
  const policy = (body: Record<string, unknown>, headers?: Record<string, string>) =>
    supervisor.request(
      'POST',
      `${BASE}/sla-policies`,
      {
        propertyId: p1,
        kind: 'repair',
        severity: 'general',
        respondMinutes: 20,
        resolveMinutes: 480,
        ...body,
      },
      headers,
    );

  it('picks a category’s own policy over the kind’s, and a parent category’s for its items', async () => {
    // 困人 has its own 5-minute policy at every severity; 漏水 has none, nor has its group 水电 …
    const trapped = await slaPolicyFor(ctx(), p1, 'repair', 'general', category('repair', '困人').id);
    expect(trapped).toMatchObject({ respondMs: 5 * MINUTE, resolveMs: 30 * MINUTE, calendar: WALL_CLOCK });
    const leak = await slaPolicyFor(ctx(), p1, 'repair', 'general', category('repair', '漏水').id);
    expect(leak).toMatchObject({ respondMs: 30 * MINUTE, resolveMs: 24 * 60 * MINUTE });
    const none = await slaPolicyFor(ctx(), p1, 'repair', 'general', null);
    expect(none!.policyId).toBe(leak!.policyId);

    // … until 水电 gets one: then 漏水 follows its group.
    const group = await policy({ categoryId: category('repair', '水电').id, name: '水电报修' });
    expect(group.statusCode, group.body).toBe(201);
    const created = group.json<SlaPolicy>();
    expect(created).toMatchObject({ respondMinutes: 20, businessHours: false, version: 1 });
    const followed = await slaPolicyFor(ctx(), p1, 'repair', 'general', category('repair', '漏水').id);
    expect(followed).toMatchObject({ policyId: created.id, respondMs: 20 * MINUTE });
    // Another severity still has only the kind's policy.
    expect(await slaPolicyFor(ctx(), p1, 'repair', 'major', category('repair', '漏水').id)).toMatchObject({
      respondMs: 15 * MINUTE,
    });
    // A property's policies do not apply to another's categories.
    expect(
      (await slaPolicyFor(ctx(), p2, 'repair', 'general', category('repair', '困人').id))!.respondMs,
    ).toBe(30 * MINUTE);
  });

  it('counts business time when the policy says so, with the property’s holidays', async () => {
    const [suggestion] = (await get<SlaPolicy[]>(supervisor, `${BASE}/sla-policies?propertyId=${p1}`)).filter(
      (p) => p.kind === 'suggestion' && p.severity === 'general' && !p.categoryId,
    );
    const changed = await supervisor.request('PATCH', `${BASE}/sla-policies/${suggestion!.id}`, {
      version: suggestion!.version,
      businessHours: true,
      respondMinutes: 300,
    });
    expect(changed.json<SlaPolicy>()).toMatchObject({ businessHours: true, respondMinutes: 300, version: 2 });
    const applied = await slaPolicyFor(ctx(), p1, 'suggestion', 'general', null);
    if (!applied || applied.calendar === WALL_CLOCK) throw new Error('expected a business-time policy');
    const dueAfter = (local: string) =>
      new Date(
        addWorkingTime(applied.calendar as BusinessCalendar, sh(local), applied.respondMs),
      ).toISOString();
    // Five working hours from Wednesday 30 September 17:00: half an hour that day, then the
    // National Day week (1–7 October) is off; Thursday 8 October 08:30–12:00 and 13:30–14:30.
    expect(dueAfter('2026-09-30 17:00')).toBe(iso('2026-10-08 14:30'));
    // Saturday 10 October is a 调休 working day with Monday's hours, not the usual Saturday morning.
    expect(dueAfter('2026-10-09 17:00')).toBe(iso('2026-10-10 14:30'));
    // An ordinary Saturday has its morning only: 30 min + 3.5 h, then Monday 08:30–09:30.
    expect(dueAfter('2026-10-16 17:00')).toBe(iso('2026-10-19 09:30'));
  });

  it('refuses an emergency that is not a repair, a resolve shorter than the respond, and a second policy for one key', async () => {
    const emergency = await policy({ kind: 'complaint', severity: 'emergency' }, en);
    expect(emergency.statusCode).toBe(400);
    expect(emergency.json()).toMatchObject({
      error: { details: [{ path: 'body.severity', message: 'Only repairs can be emergencies.' }] },
    });
    const backwards = await policy({
      categoryId: category('repair', '门窗').id,
      respondMinutes: 60,
      resolveMinutes: 30,
    });
    expect(backwards.json()).toMatchObject({
      error: { details: [{ path: 'body.resolveMinutes', message: '完成时限不能短于响应时限' }] },
    });
    const twice = await policy({ kind: 'repair', severity: 'general' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: { code: 'CONFLICT', details: [{ path: 'severity' }] } });
    const wrongKind = await policy({ kind: 'inquiry', categoryId: category('repair', '门窗').id });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json()).toMatchObject({ error: { details: [{ path: 'categoryId' }] } });
  });

  it('checks one changed duration against the stored other, refuses a stale version, and deletes with the version shown', async () => {
    const res = await policy({ categoryId: category('repair', '门窗').id });
    const p = res.json<SlaPolicy>();
    const shorter = await supervisor.request('PATCH', `${BASE}/sla-policies/${p.id}`, {
      version: 1,
      resolveMinutes: 10,
    });
    expect(shorter.statusCode).toBe(400);
    expect(
      (await supervisor.request('PATCH', `${BASE}/sla-policies/${p.id}`, { version: 1, name: '门窗维修' }))
        .statusCode,
    ).toBe(200);
    const staleDelete = await supervisor.request('DELETE', `${BASE}/sla-policies/${p.id}?version=1`);
    expect(staleDelete.statusCode).toBe(409);
    expect(staleDelete.json()).toMatchObject({ error: { details: { currentVersion: 2 } } });
    expect((await supervisor.request('DELETE', `${BASE}/sla-policies/${p.id}?version=2`)).statusCode).toBe(
      200,
    );
    const left = await get<SlaPolicy[]>(supervisor, `${BASE}/sla-policies?propertyId=${p1}`);
    expect(left.find((x) => x.id === p.id)).toBeUndefined();
    const audit = await t.runtime.deps.database.db
      .selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('entity_id', '=', p.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'serviceConfig.slaPolicy.create',
      'serviceConfig.slaPolicy.update',
      'serviceConfig.slaPolicy.delete',
    ]);
    expect(JSON.parse(audit[2]!.changes!)).toMatchObject({
      name: ['门窗维修', null],
      respondMinutes: [20, null],
    });
  });
});

describe('escalation levels', () => {
  it('replaces the list as a whole, in order, with its version', async () => {
    const url = `${BASE}/escalation-levels`;
    const before = await get<EscalationLevels>(supervisor, `${url}?propertyId=${p1}`);
    const levels = [
      { role: 'supervisor', afterMinutes: 0 },
      { role: 'manager', afterMinutes: 30 },
      { role: 'admin', afterMinutes: 240 },
    ];
    const res = await supervisor.request('PUT', url, { propertyId: p1, version: before.version, levels });
    expect(res.json<EscalationLevels>()).toMatchObject({
      version: before.version + 1,
      levels: [
        { level: 1, role: 'supervisor', afterMinutes: 0 },
        { level: 2, role: 'manager', afterMinutes: 30 },
        { level: 3, role: 'admin', afterMinutes: 240 },
      ],
    });
    expect(await escalationLevelsOf(ctx(), p1)).toEqual([
      { level: 1, role: 'supervisor', afterMs: 0 },
      { level: 2, role: 'manager', afterMs: 30 * MINUTE },
      { level: 3, role: 'admin', afterMs: 240 * MINUTE },
    ]);
    const stale = await supervisor.request('PUT', url, { propertyId: p1, version: before.version, levels });
    expect(stale.statusCode).toBe(409);
    const backwards = await supervisor.request(
      'PUT',
      url,
      { propertyId: p1, version: before.version + 1, levels: [levels[1], levels[0]] },
      en,
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({
      error: {
        details: [{ path: 'body.levels.1.afterMinutes', message: expect.stringContaining('earlier') }],
      },
    });
    expect((await escalationLevelsOf(ctx(), p1)).length).toBe(3);
  });
});

describe('business hours and holidays', () => {
  it('saves the week, refusing overlapping periods and a week without working time', async () => {
    const url = `${BASE}/business-hours`;
    const hours = await get<BusinessHours>(supervisor, `${url}?propertyId=${p1}`);
    expect(hours.timeZone).toBe('Asia/Shanghai');
    const week = { ...hours.weekly, 6: [], 7: [[540, 720]] };
    const saved = await supervisor.request('PUT', url, {
      propertyId: p1,
      version: hours.version,
      weekly: week,
    });
    expect(saved.json<BusinessHours>()).toMatchObject({
      version: hours.version + 1,
      weekly: { 6: [], 7: [[540, 720]] },
    });

    const overlap = await supervisor.request(
      'PUT',
      url,
      {
        propertyId: p1,
        version: hours.version + 1,
        weekly: {
          ...week,
          1: [
            [510, 720],
            [700, 1050],
          ],
        },
      },
      en,
    );
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json()).toMatchObject({
      error: {
        details: [
          { path: 'body.weekly.1.1', message: 'Periods must not overlap and must be listed in time order.' },
        ],
      },
    });
    const closed = { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] };
    const none = await supervisor.request('PUT', url, {
      propertyId: p1,
      version: hours.version + 1,
      weekly: closed,
    });
    expect(none.json()).toMatchObject({ error: { details: [{ message: '每周至少要有一个工作时段' }] } });
    const backwards = await supervisor.request('PUT', url, {
      propertyId: p1,
      version: hours.version + 1,
      weekly: { ...week, 2: [[720, 600]] },
    });
    expect(backwards.json()).toMatchObject({ error: { details: [{ message: '结束时间须晚于开始时间' }] } });
    const stale = await supervisor.request('PUT', url, {
      propertyId: p1,
      version: hours.version,
      weekly: week,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('adds a date once, lists by year, removes it, and the calendar follows', async () => {
    const url = `${BASE}/holidays`;
    const added = await supervisor.request('POST', url, {
      propertyId: p1,
      date: '2027-01-01',
      kind: 'holiday',
      name: '元旦',
    });
    expect(added.statusCode).toBe(201);
    const day = added.json<Holiday>();
    const twice = await supervisor.request('POST', url, {
      propertyId: p1,
      date: '2027-01-01',
      kind: 'workday',
    });
    expect(twice.statusCode).toBe(409);
    const badDate = await supervisor.request('POST', url, {
      propertyId: p1,
      date: '2027-02-30',
      kind: 'holiday',
    });
    expect(badDate.json()).toMatchObject({
      error: { details: [{ path: 'body.date', message: '请输入有效日期（年-月-日）' }] },
    });

    expect(
      (await get<Holiday[]>(supervisor, `${url}?propertyId=${p1}&year=2027`)).map((h) => h.date),
    ).toEqual(['2027-01-01']);
    expect((await get<Holiday[]>(supervisor, `${url}?propertyId=${p1}&year=2026`)).length).toBeGreaterThan(
      30,
    );
    expect((await businessCalendarOf(ctx(), p1)).holidays).toContain('2027-01-01');

    const outsider = await t.login('frontdesk2');
    expect((await outsider.request('DELETE', `${url}/${day.id}`)).statusCode).toBe(403);
    const admin = await t.login('admin');
    const [foreign] = await get<Holiday[]>(admin, `${url}?propertyId=${p2}&year=2026`);
    expect((await supervisor.request('DELETE', `${url}/${foreign!.id}`)).statusCode).toBe(404);
    expect((await supervisor.request('DELETE', `${url}/${day.id}`)).statusCode).toBe(200);
    expect(await get<Holiday[]>(supervisor, `${url}?propertyId=${p1}&year=2027`)).toEqual([]);
    expect((await businessCalendarOf(ctx(), p1)).holidays).not.toContain('2027-01-01');
  });
});

describe('settings', () => {
  it('saves settings within their bounds and hands them to the records module in milliseconds', async () => {
    const url = `${BASE}/settings`;
    const current = await get<ServiceSettings>(supervisor, `${url}?propertyId=${p1}`);
    const body = {
      propertyId: p1,
      version: current.version,
      warningShare: 0.75,
      followUpDelayHours: 48,
      waitApologySeconds: 90,
    };
    const saved = await supervisor.request('PUT', url, body);
    expect(saved.json<ServiceSettings>()).toMatchObject({ warningShare: 0.75, version: current.version + 1 });
    expect(await serviceSettingsOf(ctx(), p1)).toEqual({
      warningShare: 0.75,
      followUpDelayMs: 48 * 3_600_000,
      waitApologyMs: 90_000,
    });
    expect((await supervisor.request('PUT', url, body)).statusCode).toBe(409);
    const tooLate = await supervisor.request('PUT', url, {
      ...body,
      version: current.version + 1,
      warningShare: 0.99,
    });
    expect(tooLate.statusCode).toBe(400);
    expect(tooLate.json()).toMatchObject({ error: { details: [{ path: 'body.warningShare' }] } });
    // The other property keeps its own.
    expect((await serviceSettingsOf(ctx(), p2)).warningShare).toBe(0.8);
  });
});

describe('categoryWithin', () => {
  it('names the path, inherits the group’s department, and knows only the property’s own categories', async () => {
    const leak = await categoryWithin(ctx(), category('repair', '漏水').id, p1);
    const departments = (await supervisor.request('GET', `/api/v1/properties/${p1}/departments`)).json<
      { id: string; code: string }[]
    >();
    expect(leak).toMatchObject({
      kind: 'repair',
      name: '漏水',
      path: ['水电', '漏水'],
      pathEn: ['Water & electricity', 'Leak'],
      active: true,
      defaultDepartmentId: departments.find((d) => d.code === 'engineering')!.id,
    });
    expect(await categoryWithin(ctx(), category('repair', '漏水').id, p2)).toBeNull();
    expect(await categoryWithin(ctx(), 'no-such-id', p1)).toBeNull();
  });
});
