import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PhonebookEntry } from '@qiantai/contracts';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';

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

const bookOf = async (agent: Agent, propertyId: string, scope?: string) => {
  const res = await agent.request(
    'GET',
    `/api/v1/phonebook?propertyId=${propertyId}${scope ? `&scope=${scope}` : ''}`,
  );
  expect(res.statusCode).toBe(200);
  return res.json<PhonebookEntry[]>();
};

const line = (extra: Record<string, unknown> = {}) => ({
  propertyId: p1,
  scope: 'external',
  category: 'other',
  name: '快递驿站',
  phone: '0755-8888 6666',
  ...extra,
});

describe('phone book', () => {
  it('starts every property with the emergency numbers and a line per department', async () => {
    const book = await bookOf(await t.login('engineer'), p1);
    const numbers = new Map(book.filter((e) => e.scope === 'external').map((e) => [e.name, e]));
    expect(numbers.get('火警')).toMatchObject({ phone: '119', category: 'emergency' });
    expect(numbers.get('匪警')).toMatchObject({ phone: '110', category: 'emergency' });
    expect(numbers.get('急救')).toMatchObject({ phone: '120', category: 'emergency' });
    expect(numbers.get('交通事故')).toMatchObject({ phone: '122', category: 'emergency' });
    expect(numbers.get('供电')).toMatchObject({ phone: '95598', category: 'utility' });
    for (const example of ['燃气抢修', '自来水', '电梯维保', '开锁'])
      expect(numbers.get(example)?.note, example).toContain('示例');
    const departments = await (
      await t.login('engineer')
    ).request('GET', `/api/v1/properties/${p1}/departments`);
    const internal = await bookOf(supervisor, p1, 'internal');
    expect(internal.map((e) => e.departmentId).sort()).toEqual(
      departments
        .json<{ id: string }[]>()
        .map((d) => d.id)
        .sort(),
    );
    expect(internal.map((e) => e.name)).toContain('工程部');
  });

  it('gives a property created later its own phone book', async () => {
    const admin = await t.login('admin');
    const res = await admin.request('POST', '/api/v1/properties', {
      code: 'PB1',
      name: '新项目',
      nameEn: 'New property',
      kind: 'residential',
    });
    expect(res.statusCode).toBe(201);
    const book = await bookOf(admin, res.json<{ id: string }>().id);
    expect(book.find((e) => e.phone === '119')).toBeDefined();
    expect(book.filter((e) => e.scope === 'internal')).toHaveLength(5);
  });

  it('lets the supervisor add, change and delete lines, each in the history', async () => {
    const added = await supervisor.request('POST', '/api/v1/phonebook', line());
    expect(added.statusCode).toBe(201);
    const entry = added.json<PhonebookEntry>();
    expect(entry).toMatchObject({ name: '快递驿站', sort: 100, onDuty: false, version: 1 });

    const changed = await supervisor.request('PATCH', `/api/v1/phonebook/${entry.id}`, {
      version: 1,
      phone: '0755-8888 7777',
      onDuty: true,
    });
    expect(changed.json<PhonebookEntry>()).toMatchObject({
      phone: '0755-8888 7777',
      onDuty: true,
      version: 2,
    });
    const stale = await supervisor.request('PATCH', `/api/v1/phonebook/${entry.id}`, {
      version: 1,
      name: 'x',
    });
    expect(stale.statusCode).toBe(409);

    // A delete from a page still showing version 1 must not throw away the change to version 2.
    const staleDelete = await supervisor.request('DELETE', `/api/v1/phonebook/${entry.id}?version=1`);
    expect(staleDelete.statusCode).toBe(409);
    expect(staleDelete.json()).toMatchObject({ error: { details: { currentVersion: 2 } } });
    expect((await bookOf(supervisor, p1)).find((e) => e.id === entry.id)).toMatchObject({ version: 2 });
    expect((await supervisor.request('DELETE', `/api/v1/phonebook/${entry.id}`)).statusCode).toBe(400);

    const deleted = await supervisor.request('DELETE', `/api/v1/phonebook/${entry.id}?version=2`);
    expect(deleted.statusCode).toBe(200);
    expect((await bookOf(supervisor, p1)).find((e) => e.id === entry.id)).toBeUndefined();
    const audit = await t.runtime.deps.database.db
      .selectFrom('audit_log')
      .select(['action', 'changes', 'actor_username'])
      .where('entity_id', '=', entry.id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'phonebook.create',
      'phonebook.delete',
      'phonebook.update',
    ]);
    const removal = audit.find((a) => a.action === 'phonebook.delete')!;
    expect(removal.actor_username).toBe('supervisor');
    expect(JSON.parse(removal.changes!)).toMatchObject({
      name: ['快递驿站', null],
      phone: ['0755-8888 7777', null],
    });
  });

  it('refuses bad numbers and a department of another property', async () => {
    const bad = await supervisor.request('POST', '/api/v1/phonebook', line({ phone: '打电话' }));
    expect(bad.statusCode).toBe(400);
    const admin = await t.login('admin');
    const [otherDepartment] = (await admin.request('GET', `/api/v1/properties/${p2}/departments`)).json<
      { id: string }[]
    >();
    const foreign = await supervisor.request(
      'POST',
      '/api/v1/phonebook',
      line({ scope: 'internal', category: 'department', departmentId: otherDepartment!.id }),
    );
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json<{ error: { details: { path: string }[] } }>().error.details[0]!.path).toBe(
      'departmentId',
    );
  });

  it('keeps editing to those with phonebook.edit, and each property’s book to its own staff', async () => {
    const desk = await t.login('frontdesk');
    expect((await desk.request('POST', '/api/v1/phonebook', line())).statusCode).toBe(403);
    const outsider = await t.login('frontdesk2');
    expect((await outsider.request('GET', `/api/v1/phonebook?propertyId=${p1}`)).statusCode).toBe(404);
    expect((await bookOf(outsider, p2)).every((e) => e.propertyId === p2)).toBe(true);
  });
});
