import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceRecord, ServiceRecordDetail } from '@qiantai/contracts';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { makeBuilding, makeUnit } from '../buildings/buildings.test-kit.js';
import { makePerson } from '../people/people.test-kit.js';
import { departmentIdOf } from '../properties/properties.test-kit.js';
import { recordKit } from './service-records.test-kit.js';

let t: TestApp;
let desk: Agent;
let p1: string;
let p2: string;
const kit = () => recordKit(t, p1);

beforeAll(async () => {
  t = await startTestApp();
  [p1, p2] = await t.propertyIds();
  desk = await t.login('frontdesk');
});
afterAll(() => t.close());

describe('logging a record at the desk', () => {
  it('numbers records per property and day and routes them to the desk unless told otherwise', async () => {
    const a = await kit().create(desk, { kind: 'inquiry', content: '物业费怎么交？' });
    const b = await kit().create(desk, { kind: 'inquiry', content: '快递放哪里？' });
    expect(a.number).toMatch(/^KF-20261127-\d{4}$/);
    expect(Number(b.number.slice(-4))).toBe(Number(a.number.slice(-4)) + 1);
    expect(a).toMatchObject({ status: 'new', departmentName: '客服中心', customerName: '王先生' });
    expect(a.customerPhone).toBe('139****8000');
    const other = await kit().create(await t.login('frontdesk2'), { kind: 'inquiry', propertyId: p2 });
    expect(other.number).toBe('KF-20261127-0001');
  });

  it('closes an inquiry answered at the desk in one step, with the answer as its result', async () => {
    const r = await kit().create(desk, {
      kind: 'inquiry',
      answeredAtDesk: true,
      result: '每月 5 日前在物业缴费窗口或 APP 缴纳',
    });
    expect(r).toMatchObject({ status: 'closed', resolution: 'answered_at_desk', respondDueAt: null });
    const detail = await kit().get(desk, r.id);
    expect(detail.events.map((e) => e.action)).toEqual(['create', 'answer_at_desk']);
    expect(detail.events[1]).toMatchObject({ toStatus: 'closed', internal: false, actorName: '陈晓梅' });
  });

  it('times a record by the SLA policy of its kind: an ordinary repair is answered in 30 min, done in 24 h', async () => {
    const r = await kit().create(desk, { kind: 'repair', content: '卫生间水龙头滴水' });
    expect(r.respondDueAt! - r.createdAt).toBe(30 * 60_000);
    expect(r.resolveDueAt! - r.createdAt).toBe(24 * 3_600_000);
  });

  it('refuses what a desk must not record, in the caller’s language, and writes nothing', async () => {
    const before = (await kit().list(desk, '')).total;
    const emergencyInquiry = await desk.request('POST', '/api/v1/service-records', {
      ...kit().body({ kind: 'inquiry' }),
      severity: 'emergency',
    });
    expect(emergencyInquiry.statusCode).toBe(400);
    expect(emergencyInquiry.json().error.details[0]).toMatchObject({
      path: 'severity',
      message: '“紧急”只用于报修',
    });
    const nobody = await desk.request(
      'POST',
      '/api/v1/service-records',
      { propertyId: p1, kind: 'inquiry', channel: 'phone', content: '问问' },
      { 'accept-language': 'en' },
    );
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().error.details[0].message).toBe(
      'Choose a resident, or give the caller’s name or phone.',
    );
    const badPhone = await desk.request('POST', '/api/v1/service-records', {
      ...kit().body({}),
      customerPhone: '电话138',
    });
    expect(badPhone.statusCode).toBe(400);
    expect((await kit().list(desk, '')).total).toBe(before);
  });
});

describe('department queues', () => {
  it('shows department staff only their department’s records; others answer 404', async () => {
    const engineering = await departmentIdOf(t, p1, 'engineering');
    const leak = await kit().create(desk, {
      kind: 'repair',
      content: '楼道灯不亮',
      departmentId: engineering,
    });
    const deskOnly = await kit().create(desk, { kind: 'inquiry', content: '装修要办什么手续' });
    const engineer = await t.login('engineer');
    const queue = await kit().list(engineer, '');
    expect(queue.items.map((r) => r.id)).toContain(leak.id);
    expect(queue.items.every((r) => r.departmentId === engineering)).toBe(true);
    expect((await engineer.request('GET', `/api/v1/service-records/${deskOnly.id}`)).statusCode).toBe(404);
    expect(
      (await (await t.login('frontdesk2')).request('GET', `/api/v1/service-records/${leak.id}`)).statusCode,
    ).toBe(404);
  });
});

describe('who a record can be assigned to', () => {
  it('lists the property’s active staff, or one department’s, and nobody of the other property', async () => {
    const supervisor = await t.login('supervisor');
    const all = await supervisor.request('GET', `/api/v1/service-staff?propertyId=${p1}`);
    const names = all.json<{ displayName: string }[]>().map((s) => s.displayName);
    expect(names).toEqual(expect.arrayContaining(['赵工', '陈晓梅', '李主管']));
    expect(names).not.toContain('周婷');
    const engineering = await departmentIdOf(t, p1, 'engineering');
    const crew = await supervisor.request(
      'GET',
      `/api/v1/service-staff?propertyId=${p1}&departmentId=${engineering}`,
    );
    expect(crew.json<{ displayName: string; departmentId: string }[]>()).toEqual([
      expect.objectContaining({ displayName: '赵工', departmentId: engineering }),
    ]);
  });
});

describe('working a record', () => {
  it('moves through the status machine and keeps every step in the history', async () => {
    const engineering = await departmentIdOf(t, p1, 'engineering');
    const engineer = await t.login('engineer');
    let r: ServiceRecord = await kit().create(desk, {
      kind: 'repair',
      content: '厨房下水堵塞',
      departmentId: engineering,
    });
    expect(r.allowedActions).toContain('forward');
    r = (await kit().act(engineer, r, { action: 'claim' })).record;
    expect(r).toMatchObject({ status: 'accepted', assigneeName: '赵工' });
    expect(r.respondedAt).not.toBeNull();
    r = (await kit().act(engineer, r, { action: 'start' })).record;
    r = (await kit().act(engineer, r, { action: 'wait', comment: '业主不在家，约明天上午' })).record;
    expect(r.pausedAt).not.toBeNull();
    t.clock.advance(3_600_000);
    const resolveBefore = r.resolveDueAt!;
    r = (await kit().act(engineer, r, { action: 'resume' })).record;
    expect(r.resolveDueAt).toBe(resolveBefore + 3_600_000);
    const done = await kit().act(engineer, r, { action: 'complete', result: '已疏通下水管' });
    expect(done.record).toMatchObject({ status: 'done', result: '已疏通下水管', resolution: 'completed' });
    expect(done.events.map((e) => e.action)).toEqual([
      'create',
      'claim',
      'start',
      'wait',
      'resume',
      'complete',
    ]);
    expect(done.events.at(-1)).toMatchObject({
      fromStatus: 'in_progress',
      toStatus: 'done',
      actorName: '赵工',
    });
  });

  it('answers an impossible action with 409 and the allowed ones, and a stale version with 409; nothing changes', async () => {
    const r = await kit().create(desk, { kind: 'complaint', content: '楼上装修噪音' });
    const impossible = await desk.request('POST', `/api/v1/service-records/${r.id}/actions`, {
      action: 'resume',
      version: r.version,
    });
    expect(impossible.statusCode).toBe(409);
    expect(impossible.json().error.details).toMatchObject({ reason: 'SERVICE_TRANSITION', status: 'new' });
    expect(impossible.json().error.details.allowed).toEqual(r.allowedActions);

    const supervisor = await t.login('supervisor');
    await kit().act(supervisor, r, { action: 'comment', comment: '已联系楼上业主' });
    const stale = await desk.request('POST', `/api/v1/service-records/${r.id}/actions`, {
      action: 'cancel',
      version: r.version,
      comment: '重复登记',
    });
    expect(stale.statusCode).toBe(409);
    const now = await kit().get(desk, r.id);
    expect(now.record.status).toBe('new');
    expect(now.events.map((e) => e.action)).toEqual(['create', 'comment']);
  });

  it('lets only the department, the supervisor or the manager act; the desk may not complete engineering work', async () => {
    const engineering = await departmentIdOf(t, p1, 'engineering');
    const r = await kit().create(desk, { kind: 'repair', content: '门禁卡失灵', departmentId: engineering });
    expect(r.allowedActions).not.toContain('complete');
    const res = await desk.request('POST', `/api/v1/service-records/${r.id}/actions`, {
      action: 'complete',
      version: r.version,
      result: '已处理',
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('follow-up calls', () => {
  it('owes a call after a completed repair; a dissatisfied customer reopens it to the supervisor', async () => {
    const engineering = await departmentIdOf(t, p1, 'engineering');
    const engineer = await t.login('engineer');
    let r: ServiceRecord = await kit().create(desk, {
      kind: 'repair',
      content: '阳台漏水',
      departmentId: engineering,
    });
    r = (await kit().act(engineer, r, { action: 'claim' })).record;
    r = (await kit().act(engineer, r, { action: 'complete', result: '已重新做防水' })).record;
    const due = await kit().followUps(desk, 'all');
    const call = due.items.find((f) => f.recordId === r.id)!;
    expect(call).toMatchObject({ status: 'pending', recordNumber: r.number, result: '已重新做防水' });
    expect(call.dueAt).toBe(r.doneAt! + 24 * 3_600_000);

    const res = await desk.request('POST', `/api/v1/service-follow-ups/${call.id}/record`, {
      version: call.version,
      reached: true,
      satisfaction: 'dissatisfied',
      comment: '下雨还是漏',
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = await kit().get(desk, r.id);
    expect(after.record).toMatchObject({
      status: 'accepted',
      satisfaction: 'dissatisfied',
      departmentName: '客服中心',
      assigneeUserId: null,
    });
    expect(after.events.slice(-2).map((e) => e.action)).toEqual(['follow_up', 'reopen']);
    const again = await desk.request('POST', `/api/v1/service-follow-ups/${call.id}/record`, {
      version: call.version + 1,
      reached: false,
    });
    expect(again.statusCode).toBe(409);
  });
});

export type { ServiceRecordDetail };

describe('the history of a corrected record', () => {
  it('names the unit, directory person and category a correction changed, never their ids', async () => {
    const building = await makeBuilding(desk, p1, 'H8');
    const [wrongUnit, rightUnit] = [
      await makeUnit(desk, building.id, '801'),
      await makeUnit(desk, building.id, '802'),
    ];
    const person = await makePerson(desk, { propertyId: p1, name: '更正测试', mobile: '13911112222' });
    const res = await desk.request('GET', `/api/v1/service-config/categories?propertyId=${p1}&kind=repair`);
    const category = res
      .json<{ id: string; kind: string; parentId: string | null; name: string; nameEn: string }[]>()
      .find((c) => c.kind === 'repair' && c.parentId === null)!;
    const r = await kit().create(desk, { kind: 'inquiry', unitId: wrongUnit.id, content: '水管漏水' });
    const patched = await desk.request('PATCH', `/api/v1/service-records/${r.id}`, {
      version: r.version,
      kind: 'repair',
      categoryId: category.id,
      unitId: rightUnit.id,
      customerPersonId: person.id,
      customerName: person.name,
    });
    expect(patched.statusCode, patched.body).toBe(200);

    const update = (await kit().get(desk, r.id)).events.find((e) => e.action === 'update')!;
    expect(update.changes).toMatchObject({
      unit_id: { from: wrongUnit.code, to: rightUnit.code },
      customer_person_id: { from: null, to: '更正测试' },
      category_id: { from: null, to: [{ name: category.name, nameEn: category.nameEn }] },
      // Codes stay codes: the page says them in its own language.
      kind: { from: 'inquiry', to: 'repair' },
    });
  });
});
