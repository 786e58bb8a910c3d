import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { agentFrom, attemptLogin } from '../../test/sign-in.js';

const DEMO = 'qiantai-demo';

let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

async function userByName(username: string) {
  const list = await admin.request('GET', `/api/v1/users?q=${username}`);
  return list
    .json<{ items: { id: string; username: string; version: number }[] }>()
    .items.find((u) => u.username === username)!;
}

const changePassword = (agent: Agent, currentPassword: string, newPassword: string, lang = 'zh-CN') =>
  agent.request(
    'POST',
    '/api/v1/auth/password',
    { currentPassword, newPassword },
    { 'accept-language': lang },
  );

describe('disabling a user', () => {
  it('ends their open session at once and refuses their sign-in like a wrong password', async () => {
    const engineer = await t.login('engineer');
    expect((await engineer.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);

    const target = await userByName('engineer');
    const res = await admin.request('PATCH', `/api/v1/users/${target.id}`, {
      version: target.version,
      disabled: true,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().disabled).toBe(true);

    const after = await engineer.request('GET', '/api/v1/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');

    const login = await attemptLogin(t, 'engineer', DEMO, { lang: 'en' });
    expect(login.statusCode).toBe(401);
    expect(login.json().error.message).toBe('Incorrect username or password.');
    expect(login.cookies).toEqual([]);

    // Enabled again, the same password works: the account was disabled, not changed.
    const again = await userByName('engineer');
    await admin.request('PATCH', `/api/v1/users/${again.id}`, { version: again.version, disabled: false });
    expect((await attemptLogin(t, 'engineer', DEMO)).statusCode).toBe(200);
  });
});

describe('changing my password', () => {
  it('ends my other sessions, keeps me working with the new cookie, and retires the old password', async () => {
    const laptop = await t.login('supervisor');
    const phone = await t.login('supervisor');
    const res = await changePassword(laptop, DEMO, 'Lantern-river-42');
    expect(res.statusCode).toBe(200);
    const renewed = agentFrom(t, res);
    expect(renewed.cookie).not.toBe(laptop.cookie);

    expect((await renewed.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
    expect((await renewed.request('PUT', '/api/v1/auth/preferences', { locale: 'en' })).statusCode).toBe(200);
    expect((await laptop.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect((await phone.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);

    expect((await attemptLogin(t, 'supervisor', DEMO)).statusCode).toBe(401);
    expect((await attemptLogin(t, 'supervisor', 'Lantern-river-42')).statusCode).toBe(200);
  });

  it('refuses weak passwords with a translated reason on the new-password field, changing nothing', async () => {
    const desk = await t.login('frontdesk');
    const cases = [
      { pw: 'password123', lang: 'zh-CN', message: '该密码过于常见，请换一个更难猜的密码' },
      {
        pw: 'woaini1314',
        lang: 'en',
        message: 'This password is too common. Please choose one that is harder to guess.',
      },
      { pw: 'FrontDesk', lang: 'en', message: 'The password must not equal the username.' },
      { pw: 'frontdesk', lang: 'zh-CN', message: '密码不能与用户名相同' },
    ];
    for (const c of cases) {
      const res = await changePassword(desk, DEMO, c.pw, c.lang);
      expect(res.statusCode, c.pw).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.details).toEqual([{ path: 'newPassword', message: c.message }]);
    }
    const short = await changePassword(desk, DEMO, 'Ab1-x', 'en');
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toBe('Some input is invalid. Please check and try again.');
    // Schema issues carry the request part ('body.'), as the web forms expect; the field is what counts.
    const issues = short.json<{ error: { details: { path: string; message: string }[] } }>().error.details;
    expect(issues.map((i) => i.path.replace(/^body\./, ''))).toEqual(['newPassword']);
    expect(issues[0]!.message).toMatch(/8/);

    const wrongCurrent = await changePassword(desk, 'not-my-password', 'Lantern-river-43', 'en');
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json().error.details).toEqual([
      { path: 'currentPassword', message: 'The current password is incorrect.' },
    ]);

    // Nothing changed: the session lives on and the old password still signs in.
    expect((await desk.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
    expect((await attemptLogin(t, 'frontdesk', DEMO)).statusCode).toBe(200);
  });
});

describe('CSRF protection', () => {
  it('refuses cookie-authenticated writes without this session’s token, changing nothing', async () => {
    const mine = await t.login('manager');
    const other = await t.login('manager');
    for (const token of [undefined, '', other.csrfToken!, `${mine.csrfToken}x`]) {
      const res = await t.runtime.app.inject({
        method: 'PUT',
        url: '/api/v1/auth/preferences',
        headers: {
          cookie: mine.cookie!,
          'accept-language': 'en',
          ...(token === undefined ? {} : { 'x-csrf-token': token }),
        },
        payload: { locale: 'en' },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toMatchObject({
        code: 'FORBIDDEN',
        message: 'Security check failed. Please reload the page and try again.',
        details: { reason: 'CSRF_TOKEN_MISMATCH' },
      });
    }
    expect((await mine.request('GET', '/api/v1/auth/me')).json().user.locale).toBe('zh-CN');
    // Reads need no token; the right token lets the write through.
    expect((await mine.request('PUT', '/api/v1/auth/preferences', { locale: 'en' })).statusCode).toBe(200);
  });
});
