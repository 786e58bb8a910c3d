import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareFirstStart } from '../../seed/bootstrap.js';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { agentFrom, attemptLogin } from '../../test/sign-in.js';

// Routes a user who must still change an initial password may call: see who they are, change it,
// sign out, and keep the language they chose at sign-in (the web app stores it right after).
const DURING_PASSWORD_CHANGE = new Set([
  'POST /api/v1/auth/login',
  'GET /api/v1/auth/me',
  'POST /api/v1/auth/password',
  'POST /api/v1/auth/logout',
  'PUT /api/v1/auth/preferences',
]);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** Every other API route refuses the agent with PASSWORD_CHANGE_REQUIRED; returns the routes that did not. */
async function routesNotBlocked(app: TestApp, agent: Agent) {
  const open: string[] = [];
  for (const r of app.runtime.app.routeCatalog) {
    const route = `${r.method} ${r.url}`;
    if (!r.url.startsWith('/api/v1/') || r.method === 'HEAD' || DURING_PASSWORD_CHANGE.has(route)) continue;
    // The check runs before the body and parameters are read, so placeholders suffice.
    const res = await agent.request(r.method as 'GET', r.url.replace(/:\w+/g, 'x'), undefined, {
      'accept-language': 'en',
    });
    const error =
      res.statusCode === 403 ? res.json<{ error: { details?: { reason?: string } } }>().error : null;
    if (error?.details?.reason !== 'PASSWORD_CHANGE_REQUIRED') open.push(`${route}: ${res.statusCode}`);
  }
  return open;
}

describe('one-time passwords', () => {
  it('lets a new user sign in with the one-time password, then only change it, until it is changed', async () => {
    const admin = await t.login('admin');
    const [p1] = await t.propertyIds();
    const created = await admin.request('POST', '/api/v1/users', {
      username: 'newadmin',
      displayName: '新管理员',
      roles: ['admin'],
      propertyIds: [p1],
    });
    expect(created.statusCode).toBe(201);
    const oneTime = created.json<{ oneTimePassword: string }>().oneTimePassword;
    expect(oneTime).toMatch(/^[A-Za-z2-9]{12}$/);
    expect(created.json().user.mustChangePassword).toBe(true);

    const login = await attemptLogin(t, 'newadmin', oneTime);
    expect(login.statusCode).toBe(200);
    expect(login.json().user.mustChangePassword).toBe(true);
    const first = agentFrom(t, login);

    const blocked = await first.request('GET', '/api/v1/users', undefined, { 'accept-language': 'en' });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Please change your initial password first.',
      details: { reason: 'PASSWORD_CHANGE_REQUIRED' },
    });
    expect(await routesNotBlocked(t, first)).toEqual([]);
    expect((await first.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);

    const same = await first.request('POST', '/api/v1/auth/password', {
      currentPassword: oneTime,
      newPassword: oneTime,
    });
    expect(same.statusCode).toBe(400);

    const changed = await first.request('POST', '/api/v1/auth/password', {
      currentPassword: oneTime,
      newPassword: 'Harbour-lights-77',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user.mustChangePassword).toBe(false);
    const settled = agentFrom(t, changed);
    expect((await settled.request('GET', '/api/v1/users')).statusCode).toBe(200);
    expect((await attemptLogin(t, 'newadmin', oneTime)).statusCode).toBe(401);
  });

  it('resets a password to a new one-time password and ends the user’s sessions', async () => {
    const admin = await t.login('admin');
    const desk = await t.login('frontdesk');
    const me = await desk.request('GET', '/api/v1/auth/me');
    const reset = await admin.request('POST', `/api/v1/users/${me.json().user.id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    const oneTime = reset.json<{ oneTimePassword: string }>().oneTimePassword;

    expect((await desk.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect((await attemptLogin(t, 'frontdesk', 'qiantai-demo')).statusCode).toBe(401);
    const login = await attemptLogin(t, 'frontdesk', oneTime);
    expect(login.statusCode).toBe(200);
    const blocked = await agentFrom(t, login).request('GET', '/api/v1/properties');
    expect(blocked.json().error.details).toEqual({ reason: 'PASSWORD_CHANGE_REQUIRED' });
  });
});

describe('first start', () => {
  it('creates admin with a one-time password on an empty database, and nothing on a second start', async () => {
    const empty = await startTestApp({ seed: false });
    try {
      const db = empty.runtime.deps.database.db;
      const result = await prepareFirstStart(empty.runtime.systemContext(), false);
      expect(result.kind).toBe('admin');
      const password = result.kind === 'admin' ? result.password : '';
      expect(password.length).toBeGreaterThanOrEqual(16);

      const users = await db.selectFrom('users').selectAll().execute();
      expect(users.map((u) => [u.username, u.must_change_password])).toEqual([['admin', 1]]);
      expect(users[0]!.password_hash).toMatch(/^scrypt\$/);
      expect(users[0]!.password_hash).not.toContain(password);

      expect(await prepareFirstStart(empty.runtime.systemContext(), false)).toEqual({ kind: 'existing' });
      expect(await db.selectFrom('users').select('id').execute()).toHaveLength(1);

      // The administrator signs in, must change the password, then sets up the first property.
      const login = await attemptLogin(empty, 'admin', password);
      expect(login.statusCode).toBe(200);
      expect(login.json().roles).toEqual(['admin']);
      expect(await routesNotBlocked(empty, agentFrom(empty, login))).toEqual([]);
      const changed = await agentFrom(empty, login).request('POST', '/api/v1/auth/password', {
        currentPassword: password,
        newPassword: 'Morning-tide-2026',
      });
      expect(changed.statusCode).toBe(200);
      const admin = agentFrom(empty, changed);
      expect((await admin.request('GET', '/api/v1/users')).statusCode).toBe(200);
      const property = await admin.request('POST', '/api/v1/properties', {
        code: 'FIRST',
        name: '第一个项目',
        nameEn: 'First property',
        kind: 'residential',
      });
      expect(property.statusCode).toBe(201);
      const mine = await admin.request('GET', '/api/v1/properties');
      expect(mine.json()).toEqual([expect.objectContaining({ code: 'FIRST' })]);
    } finally {
      await empty.close();
    }
  });

  it('leaves a database with users alone', async () => {
    const before = await t.runtime.deps.database.db.selectFrom('users').select('id').execute();
    expect(await prepareFirstStart(t.runtime.systemContext(), false)).toEqual({ kind: 'existing' });
    expect(await prepareFirstStart(t.runtime.systemContext(), true)).toEqual({ kind: 'existing' });
    expect(await t.runtime.deps.database.db.selectFrom('users').select('id').execute()).toHaveLength(
      before.length,
    );
  });
});
