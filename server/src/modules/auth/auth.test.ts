import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('sign-in and sessions', () => {
  it('signs in, reports who I am with a CSRF token, and signs out', async () => {
    const desk = await t.login('frontdesk');
    const me = await desk.request('GET', '/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { username: 'frontdesk' }, roles: ['receptionist'] });
    expect(me.json().properties).toHaveLength(1);
    expect(me.json().csrfToken).toBe(desk.csrfToken);

    expect((await desk.request('POST', '/api/v1/auth/logout')).statusCode).toBe(200);
    const after = await desk.request('GET', '/api/v1/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('sets an HttpOnly SameSite cookie holding at least 128 bits, and stores only its hash', async () => {
    const res = await t.runtime.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'supervisor', password: 'qiantai-demo' },
    });
    const cookie = res.cookies.find((c) => c.name === 'qt_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(Buffer.from(cookie.value, 'base64url').length).toBeGreaterThanOrEqual(16);
    const stored = await t.runtime.deps.database.db.selectFrom('sessions').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(cookie.value);
  });

  it('gives a new token at every sign-in', async () => {
    const a = await t.login('auditor');
    const b = await t.login('auditor');
    expect(a.cookie).not.toBe(b.cookie);
  });

  it('refuses a wrong password with a translated message and logs the attempt', async () => {
    const res = await t.runtime.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'en' },
      payload: { username: 'manager', password: 'wrong-password' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('Incorrect username or password.');
    const entry = await t.runtime.deps.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'auth.login.failure')
      .where('actor_username', '=', 'manager')
      .executeTakeFirst();
    expect(entry).toBeDefined();
  });

  it('requires the CSRF token on writes made with the session cookie', async () => {
    const desk = await t.login('frontdesk');
    const res = await t.runtime.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: desk.cookie! },
    });
    expect(res.statusCode).toBe(403);
    expect((await desk.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('ends a session after the idle timeout', async () => {
    const desk = await t.login('frontdesk');
    t.clock.advance(t.runtime.deps.config.sessionIdleMs + 1000);
    const res = await desk.request('GET', '/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('登录已过期，请重新登录');
  });

  it('ends a session at the absolute timeout even when it is used all along', async () => {
    const desk = await t.login('frontdesk');
    const step = t.runtime.deps.config.sessionIdleMs / 2;
    let elapsed = 0;
    while (elapsed + step < t.runtime.deps.config.sessionAbsoluteMs) {
      t.clock.advance(step);
      elapsed += step;
      expect((await desk.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
    }
    t.clock.advance(step);
    expect((await desk.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });
});
