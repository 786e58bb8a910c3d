import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { agentFrom, attemptLogin } from '../../test/sign-in.js';
import { THROTTLE } from './throttle.js';

// Changing my password asks for the current one: a session left open at a desk must not become a
// way to guess it without limit (decision 0013).

const DEMO = 'qiantai-demo';
const NEW = 'Lantern-river-43';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const changePassword = (agent: Agent, currentPassword: string, newPassword = NEW, lang = 'zh-CN') =>
  agent.request(
    'POST',
    '/api/v1/auth/password',
    { currentPassword, newPassword },
    { 'accept-language': lang },
  );

const checksOf = (username: string) =>
  t.runtime.deps.database.db
    .selectFrom('audit_log')
    .select(['action', 'detail', 'ip', 'entity_type', 'entity_id'])
    .where('actor_username', '=', username)
    .where('action', '=', 'auth.password.failure')
    .orderBy('at')
    .execute();

describe('guessing the current password through a session', { timeout: 60_000 }, () => {
  it('refuses even the right password after 5 wrong ones, and ends the user’s sessions', async () => {
    const desk = await t.login('frontdesk', { ip: '10.7.0.1' });
    const elsewhere = await t.login('frontdesk', { ip: '10.7.0.2' });
    for (let i = 0; i < THROTTLE.accountFailures - 1; i++) {
      t.clock.advance(1000);
      const res = await changePassword(desk, `guess-number-${i}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details).toEqual([{ path: 'currentPassword', message: '当前密码不正确' }]);
    }
    t.clock.advance(1000);
    const fifth = await changePassword(desk, 'guess-number-last', NEW, 'en');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().error).toMatchObject({
      code: 'RATE_LIMITED',
      message:
        'Too many wrong current passwords: you have been signed out for safety. Try changing the password again in 15 minutes.',
    });
    expect(fifth.headers['retry-after']).toBe('900');

    // The guessing session cannot go on, nor can any other session of the user.
    expect((await desk.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect((await elsewhere.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);

    // The owner signs in again (the sign-in is not locked by this) but must wait to change it.
    const owner = await t.login('frontdesk', { ip: '10.7.0.1' });
    t.clock.advance(60_000);
    const right = await changePassword(owner, DEMO);
    expect(right.statusCode).toBe(429);
    expect(right.json().error).toMatchObject({
      code: 'RATE_LIMITED',
      message: '当前密码输错次数过多，暂时不能修改密码，请 14 分钟后再试',
    });
    expect(right.headers['retry-after']).toBe(String(14 * 60));
    // A refusal while paused is no new guess: it neither ends this session nor changes anything.
    expect((await owner.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
    expect((await attemptLogin(t, 'frontdesk', DEMO)).statusCode).toBe(200);

    t.clock.advance(14 * 60_000);
    const later = await changePassword(owner, DEMO);
    expect(later.statusCode).toBe(200);
    expect((await attemptLogin(t, 'frontdesk', NEW)).statusCode).toBe(200);
  });

  it('audits each wrong current password and each refusal, with the address, on the user', async () => {
    const entries = await checksOf('frontdesk');
    expect(entries.map((e) => JSON.parse(e.detail!))).toEqual([
      ...Array.from({ length: THROTTLE.accountFailures - 1 }, () => ({ reason: 'bad_password' })),
      { reason: 'bad_password', sessionsEnded: true },
      { reason: 'locked' },
    ]);
    expect(entries.every((e) => e.entity_type === 'user' && e.entity_id === entries[0]!.entity_id)).toBe(
      true,
    );
    expect(entries.every((e) => e.ip === '10.7.0.1')).toBe(true);
  });

  it('does not pause after 4 wrong ones, and a change starts the count again', async () => {
    let agent = await t.login('supervisor');
    let password = DEMO;
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < THROTTLE.accountFailures - 1; i++) {
        t.clock.advance(1000);
        expect((await changePassword(agent, 'not-it-at-all')).statusCode).toBe(400);
      }
      t.clock.advance(1000);
      const next = `${NEW}-${round}`;
      const changed = await changePassword(agent, password, next);
      expect(changed.statusCode).toBe(200);
      agent = agentFrom(t, changed);
      password = next;
    }
  });

  it('counts per user: one user’s guesses do not pause another’s change', async () => {
    const engineer = await t.login('engineer');
    for (let i = 0; i < THROTTLE.accountFailures; i++) await changePassword(engineer, 'not-it-at-all');
    const auditor = await t.login('auditor');
    expect((await changePassword(auditor, DEMO)).statusCode).toBe(200);
  });
});
