import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  BusinessHours,
  EscalationLevels,
  Holiday,
  ServiceCategory,
  ServicePhrase,
  ServiceSettings,
  SlaPolicy,
} from '@qiantai/contracts';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';

// The configuration a property starts with, and editing its category tree and phrase library.

let t: TestApp;
let supervisor: Agent;
let p1: string;
let p2: string;
beforeAll(async () => {
  t = await startTestApp();
  [p1, p2] = await t.propertyIds();
  supervisor = await t.login('supervisor');
});
afterAll(() => t.close());

const BASE = '/api/v1/service-config';

async function get<T>(agent: Agent, url: string): Promise<T> {
  const res = await agent.request('GET', url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}

const categoriesOf = (agent: Agent, propertyId: string, extra = '') =>
  get<ServiceCategory[]>(agent, `${BASE}/categories?propertyId=${propertyId}${extra}`);

/** '报修 › 电梯 › 困人' style paths of a flat list, for readable assertions. */
function paths(categories: ServiceCategory[]): string[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const pathOf = (c: ServiceCategory): string =>
    c.parentId && byId.has(c.parentId) ? `${pathOf(byId.get(c.parentId)!)}/${c.name}` : `${c.kind}/${c.name}`;
  return categories.map(pathOf);
}

async function auditActions(entityId: string) {
  const rows = await t.runtime.deps.database.db
    .selectFrom('audit_log')
    .select(['action', 'actor_username'])
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

async function expectDefaults(agent: Agent, propertyId: string, spokenName: string) {
  const categories = await categoriesOf(agent, propertyId);
  expect(paths(categories)).toEqual(
    expect.arrayContaining([
      'repair/水电/漏水',
      'repair/水电/停电',
      'repair/水电/水压',
      'repair/门窗',
      'repair/电梯/困人',
      'repair/公共设施',
      'complaint/服务态度',
      'complaint/噪音',
      'complaint/环境卫生',
      'complaint/停车',
      'inquiry/收费',
      'inquiry/装修',
      'inquiry/证件办理',
      'special_service/保洁',
      'special_service/绿化',
    ]),
  );
  const departments = await get<{ id: string; code: string }[]>(
    agent,
    `/api/v1/properties/${propertyId}/departments`,
  );
  const departmentOf = (name: string) =>
    departments.find((d) => d.id === categories.find((c) => c.name === name)?.defaultDepartmentId)?.code;
  expect(departmentOf('水电')).toBe('engineering');
  expect(departmentOf('噪音')).toBe('security');
  expect(departmentOf('保洁')).toBe('cleaning');
  expect(departmentOf('收费')).toBe('finance');

  const policies = await get<SlaPolicy[]>(agent, `${BASE}/sla-policies?propertyId=${propertyId}`);
  const generic = (kind: string, severity: string) =>
    policies.find((p) => p.kind === kind && p.severity === severity && p.categoryId === null);
  expect(generic('repair', 'emergency')).toMatchObject({ respondMinutes: 5 });
  expect(generic('repair', 'major')).toMatchObject({ respondMinutes: 15, resolveMinutes: 120 });
  expect(generic('repair', 'general')).toMatchObject({ respondMinutes: 30, resolveMinutes: 24 * 60 });
  expect(generic('complaint', 'general')).toMatchObject({
    respondMinutes: 24 * 60,
    resolveMinutes: 7 * 24 * 60,
  });
  expect(generic('inquiry', 'general')).toMatchObject({ respondMinutes: 4 * 60, resolveMinutes: 48 * 60 });
  expect(generic('special_service', 'general')).toMatchObject({ respondMinutes: 60 });
  expect(policies.filter((p) => p.severity === 'emergency' && p.kind !== 'repair')).toEqual([]);
  const trapped = categories.find((c) => c.name === '困人')!;
  expect(policies.find((p) => p.categoryId === trapped.id && p.severity === 'general')).toMatchObject({
    respondMinutes: 5,
  });

  expect(
    (await get<EscalationLevels>(agent, `${BASE}/escalation-levels?propertyId=${propertyId}`)).levels,
  ).toEqual([
    { level: 1, role: 'supervisor', afterMinutes: 0 },
    { level: 2, role: 'manager', afterMinutes: 60 },
  ]);
  const hours = await get<BusinessHours>(agent, `${BASE}/business-hours?propertyId=${propertyId}`);
  expect(hours.weekly['1']).toEqual([
    [510, 720],
    [810, 1050],
  ]);
  expect(hours.weekly['7']).toEqual([]);
  const holidays = await get<Holiday[]>(agent, `${BASE}/holidays?propertyId=${propertyId}&year=2026`);
  expect(holidays.find((h) => h.date === '2026-02-17')).toMatchObject({ kind: 'holiday', name: '春节' });
  expect(holidays.find((h) => h.date === '2026-02-28')).toMatchObject({ kind: 'workday' });
  expect(holidays.find((h) => h.date === '2026-10-01')).toMatchObject({ kind: 'holiday', name: '国庆节' });

  const phrases = await get<ServicePhrase[]>(agent, `${BASE}/phrases?propertyId=${propertyId}`);
  expect(phrases.map((p) => p.text)).toEqual(
    expect.arrayContaining([
      `您好，欢迎来到${spokenName}客服中心，请问有什么可以帮您？`,
      '请稍等，我马上帮您了解一下。',
      '对不起，让您久等了。',
      '感谢您的来访，请慢走。',
    ]),
  );
  expect(phrases.every((p) => p.textEn.length > 0)).toBe(true);
  expect(await get<ServiceSettings>(agent, `${BASE}/settings?propertyId=${propertyId}`)).toMatchObject({
    warningShare: 0.8,
    followUpDelayHours: 24,
    waitApologySeconds: 60,
  });
}

describe('the configuration a property starts with', () => {
  it('gives the demo property categories, SLA policies, escalation, hours, holidays, phrases and settings', async () => {
    await expectDefaults(await t.login('frontdesk'), p1, '锦绣花园');
  });

  it('gives a property created later the same, in its own name', async () => {
    const admin = await t.login('admin');
    const res = await admin.request('POST', '/api/v1/properties', {
      code: 'SC1',
      name: '翠湖苑',
      nameEn: 'Cuihu Court',
      kind: 'residential',
    });
    expect(res.statusCode).toBe(201);
    await expectDefaults(admin, res.json<{ id: string }>().id, '翠湖苑');
  });

  it('lets department staff and auditors read it but not change it', async () => {
    for (const name of ['engineer', 'auditor', 'manager']) {
      const agent = await t.login(name);
      expect((await categoriesOf(agent, p1)).length).toBeGreaterThan(20);
      const res = await agent.request('POST', `${BASE}/phrases`, {
        propertyId: p1,
        stage: 'other',
        text: '好',
      });
      expect(res.statusCode, name).toBe(403);
    }
  });
});

describe('categories', () => {
  const create = (body: Record<string, unknown>, agent = supervisor) =>
    agent.request('POST', `${BASE}/categories`, { propertyId: p1, kind: 'repair', ...body });

  it('adds a group and an item under it, three levels at most, of the parent’s kind', async () => {
    const group = await create({ name: '管道', nameEn: 'Pipes' });
    expect(group.statusCode).toBe(201);
    const groupId = group.json<ServiceCategory>().id;
    const item = await create({ name: '堵塞', parentId: groupId, sort: 5 });
    expect(item.statusCode).toBe(201);
    expect(item.json<ServiceCategory>()).toMatchObject({
      parentId: groupId,
      active: true,
      version: 1,
      sort: 5,
    });

    const tooDeep = await create({ name: '更细', parentId: item.json<ServiceCategory>().id });
    expect(tooDeep.statusCode).toBe(400);
    expect(tooDeep.json()).toMatchObject({
      error: { details: [{ path: 'parentId', message: '分类最多三级，不能再往下添加' }] },
    });

    const otherKind = await create({ kind: 'complaint', name: '管道投诉', parentId: groupId });
    expect(otherKind.json()).toMatchObject({ error: { details: [{ path: 'parentId' }] } });
    expect(otherKind.statusCode).toBe(400);

    const twin = await create({ name: '堵塞', parentId: groupId });
    expect(twin.statusCode).toBe(409);
    expect(twin.json()).toMatchObject({ error: { code: 'CONFLICT', details: [{ path: 'name' }] } });
    // The same name elsewhere in the tree is fine.
    expect((await create({ name: '堵塞' })).statusCode).toBe(201);
    expect(await auditActions(groupId)).toEqual(['serviceConfig.category.create']);
  });

  it('explains a bad field in the caller’s language', async () => {
    const zh = await create({ name: '' });
    expect(zh.statusCode).toBe(400);
    const en = await supervisor.request(
      'POST',
      `${BASE}/categories`,
      { propertyId: p1, kind: 'repair', name: 'x', defaultDepartmentId: 'nope' },
      { 'accept-language': 'en' },
    );
    expect(en.statusCode).toBe(400);
    expect(en.json()).toMatchObject({
      error: {
        message: 'Some input is invalid. Please check and try again.',
        details: [{ path: 'defaultDepartmentId', message: expect.stringContaining('department') }],
      },
    });
  });

  it('deactivates a group, hiding it and what lies under it from the desk, and brings it back', async () => {
    const all = await categoriesOf(supervisor, p1);
    const elevators = all.find((c) => c.kind === 'repair' && c.name === '电梯')!;
    const off = await supervisor.request('PATCH', `${BASE}/categories/${elevators.id}`, {
      version: elevators.version,
      active: false,
    });
    expect(off.json<ServiceCategory>()).toMatchObject({ active: false, version: elevators.version + 1 });

    const desk = await t.login('frontdesk');
    const offered = paths(await categoriesOf(desk, p1, '&kind=repair'));
    expect(offered).not.toContain('repair/电梯');
    expect(offered).not.toContain('repair/电梯/困人');
    expect(offered).toContain('repair/水电/漏水');
    const everything = paths(await categoriesOf(supervisor, p1, '&kind=repair&includeInactive=true'));
    expect(everything).toContain('repair/电梯/困人');

    // Nothing new goes under a deactivated group.
    const under = await create({ name: '异响', parentId: elevators.id });
    expect(under.statusCode).toBe(400);

    const stale = await supervisor.request('PATCH', `${BASE}/categories/${elevators.id}`, {
      version: elevators.version,
      active: true,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { details: { currentVersion: elevators.version + 1 } } });
    const on = await supervisor.request('PATCH', `${BASE}/categories/${elevators.id}`, {
      version: elevators.version + 1,
      active: true,
      nameEn: 'Lifts',
    });
    expect(on.json<ServiceCategory>()).toMatchObject({ active: true, nameEn: 'Lifts' });
    expect(paths(await categoriesOf(desk, p1, '&kind=repair'))).toContain('repair/电梯/困人');
    expect(await auditActions(elevators.id)).toEqual([
      'serviceConfig.category.deactivate',
      'serviceConfig.category.reactivate',
    ]);
  });

  it('answers 404 for another property’s category, as if it did not exist', async () => {
    const admin = await t.login('admin');
    const [foreign] = await categoriesOf(admin, p2);
    const res = await supervisor.request('PATCH', `${BASE}/categories/${foreign!.id}`, {
      version: foreign!.version,
      name: '越权',
    });
    expect(res.statusCode).toBe(404);
    expect((await supervisor.request('GET', `${BASE}/categories?propertyId=${p2}`)).statusCode).toBe(404);
    // A parent from the other property is refused like an unknown one.
    const crossed = await create({ name: '跨项目', parentId: foreign!.id, kind: foreign!.kind });
    expect(crossed.statusCode).toBe(400);
  });
});

describe('phrases', () => {
  it('adds, edits and retires phrases; the desk sees only those in use', async () => {
    const added = await supervisor.request('POST', `${BASE}/phrases`, {
      propertyId: p1,
      stage: 'wait',
      text: '系统查询需要一点时间，请您稍坐。',
      textEn: 'The system needs a moment; please take a seat.',
    });
    expect(added.statusCode).toBe(201);
    const phrase = added.json<ServicePhrase>();
    const edited = await supervisor.request('PATCH', `${BASE}/phrases/${phrase.id}`, {
      version: 1,
      text: '系统查询需要一点时间，请您先坐一下。',
    });
    expect(edited.json<ServicePhrase>()).toMatchObject({ version: 2, stage: 'wait' });
    const retired = await supervisor.request('PATCH', `${BASE}/phrases/${phrase.id}`, {
      version: 2,
      active: false,
    });
    expect(retired.json<ServicePhrase>()).toMatchObject({ active: false, version: 3 });

    const desk = await t.login('frontdesk');
    const waits = await get<ServicePhrase[]>(desk, `${BASE}/phrases?propertyId=${p1}&stage=wait`);
    expect(waits.map((p) => p.id)).not.toContain(phrase.id);
    expect(waits.every((p) => p.stage === 'wait')).toBe(true);
    const all = await get<ServicePhrase[]>(
      supervisor,
      `${BASE}/phrases?propertyId=${p1}&includeInactive=true`,
    );
    expect(all.find((p) => p.id === phrase.id)).toMatchObject({ active: false });
    expect(await auditActions(phrase.id)).toEqual([
      'serviceConfig.phrase.create',
      'serviceConfig.phrase.update',
      'serviceConfig.phrase.deactivate',
    ]);

    const stale = await supervisor.request('PATCH', `${BASE}/phrases/${phrase.id}`, { version: 2, sort: 1 });
    expect(stale.statusCode).toBe(409);
    const empty = await supervisor.request('POST', `${BASE}/phrases`, {
      propertyId: p1,
      stage: 'wait',
      text: '  ',
    });
    expect(empty.statusCode).toBe(400);
    const outsider = await t.login('frontdesk2');
    expect((await outsider.request('GET', `${BASE}/phrases?propertyId=${p1}`)).statusCode).toBe(404);
  });
});
