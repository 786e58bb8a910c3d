import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@qiantai/contracts';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { agentFrom, attemptLogin } from '../../test/sign-in.js';

let t: TestApp;
let admin: Agent;
let admin1: Agent; // an administrator of property 1 only
let p1: string;
let p2: string;

type Page = { items: User[]; total: number; page: number; pageSize: number };

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  [p1, p2] = await t.propertyIds();
  await admin.request('POST', '/api/v1/users', {
    username: 'admin1',
    displayName: '一号管理员',
    password: 'Users-first-2026',
    roles: ['admin'],
    propertyIds: [p1],
  });
  const first = agentFrom(t, await attemptLogin(t, 'admin1', 'Users-first-2026'));
  const changed = await first.request('POST', '/api/v1/auth/password', {
    currentPassword: 'Users-first-2026',
    newPassword: 'Users-admin1-2026',
  });
  admin1 = agentFrom(t, changed);
});
afterAll(() => t.close());

async function find(username: string, as: Agent = admin): Promise<User> {
  const page = (await as.request('GET', `/api/v1/users?q=${username}&pageSize=200`)).json<Page>();
  const user = page.items.find((u) => u.username === username);
  if (!user) throw new Error(`${username} not listed`);
  return user;
}

const list = async (query: string, as: Agent = admin) =>
  (await as.request('GET', `/api/v1/users?${query}`)).json<Page>();
const names = (page: Page) => page.items.map((u) => u.username);

describe('listing users', () => {
  it('pages through everyone in my properties, ordered by username', async () => {
    const all = await list('pageSize=200');
    expect(names(all)).toEqual([...names(all)].sort());
    expect(names(all)).toEqual(
      expect.arrayContaining([
        'admin',
        'admin1',
        'auditor',
        'engineer',
        'frontdesk',
        'frontdesk2',
        'manager',
      ]),
    );
    const first = await list('pageSize=3&page=1');
    const second = await list('pageSize=3&page=2');
    expect(first).toMatchObject({ total: all.total, page: 1, pageSize: 3 });
    expect(names(first)).toEqual(names(all).slice(0, 3));
    expect(names(second)).toEqual(names(all).slice(3, 6));
    expect((await list(`pageSize=3&page=${Math.ceil(all.total / 3) + 1}`)).items).toEqual([]);
  });

  it('filters by text, role, property and status', async () => {
    expect(names(await list('q=front'))).toEqual(['frontdesk', 'frontdesk2']);
    expect(names(await list('q=FRONT'))).toEqual(['frontdesk', 'frontdesk2']);
    expect(names(await list(`q=${encodeURIComponent('李主管')}`))).toEqual(['supervisor']);
    expect(names(await list('role=auditor'))).toEqual(['auditor']);
    expect(names(await list(`propertyId=${p2}`))).toEqual(['admin', 'frontdesk2', 'manager']);
    expect(names(await list('status=disabled'))).toEqual([]);
    expect((await list('q=front')).total).toBe(2);
  });

  it('treats % and _ in the search text as plain characters', async () => {
    await admin.request('POST', '/api/v1/users', {
      username: 'night_desk',
      displayName: '夜班',
      roles: ['receptionist'],
      propertyIds: [p1],
    });
    expect(names(await list('q=night_desk'))).toEqual(['night_desk']);
    expect(names(await list('q=t_d'))).toEqual(['night_desk']);
    expect(names(await list(`q=${encodeURIComponent('%')}`))).toEqual([]);
  });

  it('refuses an unknown filter value', async () => {
    const res = await admin.request('GET', '/api/v1/users?role=king');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
});

describe('creating users', () => {
  it('creates a user (201) and refuses a taken username with 409, whatever its case', async () => {
    const body = { username: 'cashier', displayName: '收银', roles: ['receptionist'], propertyIds: [p1] };
    const created = await admin.request('POST', '/api/v1/users', body);
    expect(created.statusCode).toBe(201);
    expect(created.json().user).toMatchObject({
      username: 'cashier',
      roles: ['receptionist'],
      propertyIds: [p1],
    });
    expect(created.body).not.toMatch(/scrypt|password_?hash/i);

    const again = await admin.request('POST', '/api/v1/users', body, { 'accept-language': 'en' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'CONFLICT',
      message: 'This username is already taken.',
      // The form can put the message on the field itself.
      details: [{ path: 'username', message: 'This username is already taken.' }],
    });
    const shouting = await admin.request('POST', '/api/v1/users', { ...body, username: 'Cashier' });
    expect(shouting.statusCode).toBe(409);
    expect(shouting.json().error.message).toBe('用户名已存在');
  });

  it('lets a user created with capitals in the name sign in', async () => {
    const created = await admin.request('POST', '/api/v1/users', {
      username: 'LiWei',
      displayName: '李伟',
      password: 'Bamboo-grove-88',
      roles: ['receptionist'],
      propertyIds: [p1],
    });
    expect(created.statusCode).toBe(201);
    expect((await attemptLogin(t, created.json().user.username, 'Bamboo-grove-88')).statusCode).toBe(200);
    expect((await attemptLogin(t, 'LiWei', 'Bamboo-grove-88')).statusCode).toBe(200);
  });
});

describe('editing users', () => {
  it('refuses a stale version with 409 and keeps the other admin’s change', async () => {
    const seen = await find('engineer');
    const first = await admin.request('PATCH', `/api/v1/users/${seen.id}`, {
      version: seen.version,
      displayName: '赵工程师',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(seen.version + 1);

    const stale = await admin1.request(
      'PATCH',
      `/api/v1/users/${seen.id}`,
      { version: seen.version, locale: 'en' },
      { 'accept-language': 'en' },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'CONFLICT',
      message: 'Someone else changed this record. Please reload and try again.',
      details: { currentVersion: seen.version + 1 },
    });
    const now = await find('engineer');
    expect(now).toMatchObject({ displayName: '赵工程师', locale: 'zh-CN', version: seen.version + 1 });

    // Reloaded, the second change goes through on top of the first.
    const retry = await admin1.request('PATCH', `/api/v1/users/${seen.id}`, {
      version: now.version,
      locale: 'en',
    });
    expect(retry.statusCode).toBe(200);
    expect(await find('engineer')).toMatchObject({ displayName: '赵工程师', locale: 'en' });
  });

  it('does not let an admin disable themselves or drop their own admin role', async () => {
    const me = await find('admin1', admin1);
    const disable = await admin1.request(
      'PATCH',
      `/api/v1/users/${me.id}`,
      { version: me.version, disabled: true },
      { 'accept-language': 'en' },
    );
    expect(disable.statusCode).toBe(400);
    expect(disable.json().error.details).toEqual([
      { path: 'disabled', message: 'You cannot disable your own account.' },
    ]);
    const demote = await admin1.request('PATCH', `/api/v1/users/${me.id}`, {
      version: me.version,
      roles: ['supervisor'],
    });
    expect(demote.statusCode).toBe(400);
    expect(demote.json().error.details).toEqual([{ path: 'roles', message: '不能移除自己的管理员角色' }]);

    expect(await find('admin1', admin1)).toMatchObject({
      disabled: false,
      roles: ['admin'],
      version: me.version,
    });
    expect((await admin1.request('GET', '/api/v1/users')).statusCode).toBe(200);
    // Adding a role while keeping admin is fine.
    const more = await admin1.request('PATCH', `/api/v1/users/${me.id}`, {
      version: me.version,
      roles: ['admin', 'auditor'],
    });
    expect(more.json().roles).toEqual(['admin', 'auditor']);
  });
});

describe('an administrator of one property', () => {
  it('cannot see users of property 2 only: they answer 404 and are not listed', async () => {
    const desk2 = await find('frontdesk2');
    for (const [method, url, body] of [
      ['GET', `/api/v1/users/${desk2.id}`, undefined],
      ['PATCH', `/api/v1/users/${desk2.id}`, { version: desk2.version, displayName: 'x' }],
      ['POST', `/api/v1/users/${desk2.id}/reset-password`, undefined],
    ] as const) {
      const res = await admin1.request(method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    expect(names(await list('pageSize=200', admin1))).not.toContain('frontdesk2');
    expect(await list(`propertyId=${p2}`, admin1)).toMatchObject({ items: [], total: 0 });
    expect(await find('frontdesk2')).toMatchObject({ displayName: '周婷', version: desk2.version });
  });

  it('cannot assign property 2 (400), and editing a shared user keeps their property-2 assignment', async () => {
    const create = await admin1.request('POST', '/api/v1/users', {
      username: 'sneaky',
      displayName: '越权',
      roles: ['receptionist'],
      propertyIds: [p1, p2],
    });
    expect(create.statusCode).toBe(400);
    expect(create.json().error.details).toEqual([
      { path: 'propertyIds.1', message: '所选项目不存在或无权分配' },
    ]);

    const manager = await find('manager', admin1);
    expect(manager.propertyIds).toEqual([p1]); // property 2 is not shown to them
    const assign = await admin1.request('PATCH', `/api/v1/users/${manager.id}`, {
      version: manager.version,
      propertyIds: [p2],
    });
    expect(assign.statusCode).toBe(400);

    const edit = await admin1.request('PATCH', `/api/v1/users/${manager.id}`, {
      version: manager.version,
      displayName: '王总经理',
      propertyIds: [p1],
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json().propertyIds).toEqual([p1]);
    expect((await find('manager')).propertyIds.sort()).toEqual([p1, p2].sort());
    const managerAgent = await t.login('manager');
    const mine = (await managerAgent.request('GET', '/api/v1/properties')).json<{ id: string }[]>();
    expect(mine.map((p) => p.id).sort()).toEqual([p1, p2].sort());
  });

  it('cannot put a shared user into a department of property 2', async () => {
    const manager = await find('manager', admin1);
    const p2Departments = (
      await (await t.login('admin')).request('GET', `/api/v1/properties/${p2}/departments`)
    ).json<{ id: string }[]>();
    const res = await admin1.request('PATCH', `/api/v1/users/${manager.id}`, {
      version: manager.version,
      departmentId: p2Departments[0]!.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([{ path: 'departmentId', message: '所选部门不存在' }]);
  });
});

describe('the audit trail of user administration', () => {
  const entriesFor = async (id: string) =>
    (await admin.request('GET', `/api/v1/audit-log?entityType=user&entityId=${id}&pageSize=200`)).json<{
      items: { action: string; changes: Record<string, [unknown, unknown]> | null; actorUsername: string }[];
    }>().items;

  it('records create, update, disable and reset with before/after of changed fields, never a password hash', async () => {
    const created = await admin.request('POST', '/api/v1/users', {
      username: 'audited',
      displayName: '审计对象',
      password: 'Maple-leaf-2026',
      roles: ['receptionist'],
      propertyIds: [p1],
    });
    const user = created.json<{ user: User }>().user;
    t.clock.advance(1000);
    await admin.request('PATCH', `/api/v1/users/${user.id}`, {
      version: 1,
      displayName: '审计对象二',
      roles: ['supervisor'],
    });
    t.clock.advance(1000);
    await admin.request('PATCH', `/api/v1/users/${user.id}`, { version: 2, disabled: true });
    t.clock.advance(1000);
    await admin.request('POST', `/api/v1/users/${user.id}/reset-password`);

    const entries = await entriesFor(user.id);
    expect(entries.map((e) => e.action)).toEqual([
      'user.password.reset',
      'user.disable',
      'user.update',
      'user.create',
    ]);
    expect(entries.every((e) => e.actorUsername === 'admin')).toBe(true);
    const [, disable, update, create] = entries;
    expect(create!.changes).toMatchObject({
      username: [null, 'audited'],
      displayName: [null, '审计对象'],
      roles: [null, ['receptionist']],
      propertyIds: [null, [p1]],
    });
    expect(update!.changes).toEqual({
      displayName: ['审计对象', '审计对象二'],
      roles: [['receptionist'], ['supervisor']],
    });
    expect(disable!.changes).toEqual({ disabled: [false, true] });

    const raw = await t.runtime.deps.database.db
      .selectFrom('audit_log')
      .select(['changes', 'detail'])
      .where('entity_id', '=', user.id)
      .execute();
    expect(JSON.stringify(raw)).not.toMatch(/scrypt|password_?hash|Maple-leaf/i);
  });
});

describe('changes to a signed-in user', () => {
  it('take effect on their next request: a removed role or property is gone at once', async () => {
    const created = await admin.request('POST', '/api/v1/users', {
      username: 'deputy',
      displayName: '副管理员',
      password: 'Deputy-first-2026',
      roles: ['admin'],
      propertyIds: [p1, p2],
    });
    const first = agentFrom(t, await attemptLogin(t, 'deputy', 'Deputy-first-2026'));
    const deputy = agentFrom(
      t,
      await first.request('POST', '/api/v1/auth/password', {
        currentPassword: 'Deputy-first-2026',
        newPassword: 'Deputy-second-2026',
      }),
    );
    expect((await deputy.request('GET', `/api/v1/properties/${p2}/departments`)).statusCode).toBe(200);
    expect((await deputy.request('GET', '/api/v1/users')).statusCode).toBe(200);

    const id = created.json<{ user: User }>().user.id;
    const edit = await admin.request('PATCH', `/api/v1/users/${id}`, {
      version: (await find('deputy')).version,
      roles: ['supervisor'],
      propertyIds: [p1],
    });
    expect(edit.statusCode).toBe(200);
    expect((await deputy.request('GET', '/api/v1/users')).statusCode).toBe(403);
    expect((await deputy.request('GET', `/api/v1/properties/${p2}/departments`)).statusCode).toBe(404);
    expect((await deputy.request('GET', `/api/v1/properties/${p1}/departments`)).statusCode).toBe(200);
  });
});
