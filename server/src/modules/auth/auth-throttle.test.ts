import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { attemptLogin, errorWithoutRequestId } from '../../test/sign-in.js';
import { THROTTLE } from './throttle.js';

const PASSWORD = 'qiantai-demo';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const auditOf = (username: string) =>
  t.runtime.deps.database.db
    .selectFrom('audit_log')
    .select(['action', 'detail', 'ip'])
    .where('actor_username', '=', username)
    .where('action', 'like', 'auth.login.%')
    .orderBy('at')
    .execute();

// Each test signs in from its own addresses, so the per-address count of one test never spills
// into another. Each failed attempt costs a full scrypt verification: 30 of them take a while on a
// busy two-core machine, hence the longer timeout.
describe('sign-in throttling', { timeout: 60_000 }, () => {
  it('locks an account after 5 failures, from any address, until the lock time passes', async () => {
    for (let i = 0; i < THROTTLE.accountFailures; i++) {
      const res = await attemptLogin(t, 'supervisor', 'wrong-password', { ip: `10.1.0.${i}` });
      expect(res.statusCode).toBe(401);
    }
    const locked = await attemptLogin(t, 'supervisor', PASSWORD, { ip: '10.1.0.99' });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('RATE_LIMITED');
    expect(locked.json().error.message).toBe('登录失败次数过多，账户已临时锁定，请 15 分钟后再试');
    expect(locked.headers['retry-after']).toBe('900');
    expect(locked.cookies).toEqual([]);

    // The lock is on the account, not the address: another user from the same place signs in.
    expect((await attemptLogin(t, 'engineer', PASSWORD, { ip: '10.1.0.99' })).statusCode).toBe(200);

    t.clock.advance(10 * 60_000);
    const stillLocked = await attemptLogin(t, 'supervisor', PASSWORD, { ip: '10.1.0.99', lang: 'en' });
    expect(stillLocked.statusCode).toBe(429);
    expect(stillLocked.headers['retry-after']).toBe('300');
    expect(stillLocked.json().error.message).toBe(
      'Too many failed sign-ins. The account is locked; try again in 5 minutes.',
    );

    t.clock.advance(5 * 60_000);
    expect((await attemptLogin(t, 'supervisor', PASSWORD, { ip: '10.1.0.99' })).statusCode).toBe(200);
  });

  it('does not lock an account after 4 failures, and a success starts the count again', async () => {
    // A second apart, so the success and the failures after it are distinguishable in time.
    const attempt = (password: string) => {
      t.clock.advance(1000);
      return attemptLogin(t, 'auditor', password, { ip: '10.2.0.1' });
    };
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < THROTTLE.accountFailures - 1; i++) {
        expect((await attempt('wrong-password')).statusCode).toBe(401);
      }
      expect((await attempt(PASSWORD)).statusCode).toBe(200);
    }
  });

  it('pauses an address after 30 failures across usernames, but not other addresses', async () => {
    const ip = '10.3.0.1';
    for (let i = 0; i < THROTTLE.ipFailures - 1; i++) {
      // A forged X-Forwarded-For does not move the attempt to another address (TRUST_PROXY is off).
      const res = await t.runtime.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: ip,
        headers: { 'x-forwarded-for': `203.0.113.${i}` },
        payload: { username: `guess${i}`, password: 'wrong-password' },
      });
      expect(res.statusCode).toBe(401);
    }
    // 29 failures: the address may still sign in.
    expect((await attemptLogin(t, 'manager', PASSWORD, { ip })).statusCode).toBe(200);
    expect((await attemptLogin(t, 'guess-last', 'wrong-password', { ip })).statusCode).toBe(401);

    // Paused for whoever never signed in from here (decision 0013 lets the manager, who just
    // did, through: known-address.test.ts).
    const paused = await attemptLogin(t, 'supervisor', PASSWORD, { ip, lang: 'en' });
    expect(paused.statusCode).toBe(429);
    expect(paused.json().error).toMatchObject({
      code: 'RATE_LIMITED',
      message: 'Too many failed sign-ins from this address. Try again in 15 minutes.',
    });
    expect(Number(paused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await attemptLogin(t, 'supervisor', PASSWORD, { ip: '10.3.0.2' })).statusCode).toBe(200);

    t.clock.advance(THROTTLE.windowMs + 1000);
    expect((await attemptLogin(t, 'supervisor', PASSWORD, { ip })).statusCode).toBe(200);
  });

  it('counts failures against the account whatever the case or spacing of the typed name', async () => {
    for (const typed of ['Engineer', ' ENGINEER', 'engineer ', 'EnGiNeEr', 'engineer']) {
      expect((await attemptLogin(t, typed, 'wrong-password', { ip: '10.6.0.1' })).statusCode).toBe(401);
    }
    expect((await attemptLogin(t, 'engineer', PASSWORD, { ip: '10.6.0.2' })).statusCode).toBe(429);
    t.clock.advance(THROTTLE.accountLockMs);
    expect((await attemptLogin(t, ' Engineer ', PASSWORD, { ip: '10.6.0.2' })).statusCode).toBe(200);
  });

  it('answers an unknown username exactly like a wrong password, lockout included', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const unknown = await attemptLogin(t, 'nobody-here', 'wrong-password', { ip: '10.4.0.1', lang });
      const wrong = await attemptLogin(t, 'frontdesk', 'wrong-password', { ip: '10.4.0.2', lang });
      expect(unknown.statusCode).toBe(wrong.statusCode);
      expect(errorWithoutRequestId(unknown)).toEqual(errorWithoutRequestId(wrong));
      expect(unknown.cookies).toEqual(wrong.cookies);
    }
    // Three more failures each make five: both are locked alike, so a lock does not reveal a name.
    for (let i = 0; i < 3; i++) {
      await attemptLogin(t, 'nobody-here', 'wrong-password', { ip: '10.4.0.1' });
      await attemptLogin(t, 'frontdesk', 'wrong-password', { ip: '10.4.0.2' });
    }
    const unknown = await attemptLogin(t, 'nobody-here', 'anything', { ip: '10.4.0.1' });
    const known = await attemptLogin(t, 'frontdesk', PASSWORD, { ip: '10.4.0.2' });
    expect(unknown.statusCode).toBe(429);
    expect(errorWithoutRequestId(unknown)).toEqual(errorWithoutRequestId(known));
    expect(unknown.headers['retry-after']).toBe(known.headers['retry-after']);
  });

  it('logs every attempt: successes, failures with their reason, and refusals while locked', async () => {
    const ip = '10.5.0.1';
    // A second between attempts, as a person types: the log orders entries by time.
    const attempt = async (username: string, password: string) => {
      t.clock.advance(1000);
      return attemptLogin(t, username, password, { ip });
    };
    await attempt('frontdesk2', PASSWORD);
    for (let i = 0; i < THROTTLE.accountFailures; i++) await attempt('frontdesk2', 'nope-nope');
    await attempt('frontdesk2', PASSWORD);
    await attempt('no-such-user', 'whatever');

    const entries = await auditOf('frontdesk2');
    expect(entries.map((e) => [e.action, JSON.parse(e.detail ?? '{}').reason])).toEqual([
      ['auth.login.success', undefined],
      ...Array.from({ length: THROTTLE.accountFailures }, () => ['auth.login.failure', 'bad_password']),
      ['auth.login.failure', 'locked'],
    ]);
    expect(entries.every((e) => e.ip === ip)).toBe(true);
    const unknown = await auditOf('no-such-user');
    expect(unknown.map((e) => [e.action, JSON.parse(e.detail ?? '{}').reason])).toEqual([
      ['auth.login.failure', 'unknown_user'],
    ]);
  });
});
