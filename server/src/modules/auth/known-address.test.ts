import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillKnownAddresses } from '../../db/migrations/0012-sign-in-throttle.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { attemptLogin } from '../../test/sign-in.js';
import { purgeStaleSessions } from './auth.service.js';
import { THROTTLE } from './throttle.js';

// The lockout must not become a weapon: whoever fails sign-ins on purpose can keep an account
// locked, or a whole office behind one NAT address throttled. The owner's right password from an
// address the account has signed in from before still gets in (decision 0013).

const PASSWORD = 'qiantai-demo';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const lockOut = async (username: string, ip: string) => {
  for (let i = 0; i < THROTTLE.accountFailures; i++) {
    t.clock.advance(1000);
    expect((await attemptLogin(t, username, 'wrong-password', { ip })).statusCode).toBe(401);
  }
};

const signInsOf = (username: string) =>
  t.runtime.deps.database.db
    .selectFrom('audit_log')
    .select(['action', 'detail', 'ip'])
    .where('actor_username', '=', username)
    .where('action', 'like', 'auth.login.%')
    .orderBy('at')
    .execute();

describe('a locked account and its owner’s known addresses', { timeout: 60_000 }, () => {
  const home = '10.8.0.1';
  const attacker = '10.8.0.2';
  const stranger = '10.8.0.3';

  it('lets the owner in from a known address while someone else keeps the account locked', async () => {
    expect((await attemptLogin(t, 'supervisor', PASSWORD, { ip: home })).statusCode).toBe(200);
    t.clock.advance(60 * 60_000);
    await lockOut('supervisor', attacker);

    expect((await attemptLogin(t, 'supervisor', PASSWORD, { ip: attacker })).statusCode).toBe(429);
    const unknown = await attemptLogin(t, 'supervisor', PASSWORD, { ip: stranger });
    expect(unknown.statusCode).toBe(429);
    expect(unknown.json().error.code).toBe('RATE_LIMITED');
    expect(unknown.cookies).toEqual([]);

    const owner = await attemptLogin(t, 'supervisor', PASSWORD, { ip: home });
    expect(owner.statusCode).toBe(200);
    expect(owner.cookies.some((c) => c.name === 'qt_session')).toBe(true);
    // The audit log says the sign-in passed a lock, so an auditor sees the account was under attack.
    const last = (await signInsOf('supervisor')).at(-1)!;
    expect([last.action, JSON.parse(last.detail!), last.ip]).toEqual([
      'auth.login.success',
      { throttle: 'locked', knownAddress: true },
      home,
    ]);
  });

  it('still refuses and counts a wrong password from the known address while locked', async () => {
    expect((await attemptLogin(t, 'engineer', PASSWORD, { ip: home })).statusCode).toBe(200);
    await lockOut('engineer', attacker);

    // The owner's address gets the same five tries as anyone: then it is locked out too.
    for (let i = 0; i < THROTTLE.accountFailures; i++) {
      t.clock.advance(1000);
      const wrong = await attemptLogin(t, 'engineer', 'still-wrong', { ip: home });
      expect(wrong.statusCode).toBe(429);
      expect(wrong.json().error.message).toBe('登录失败次数过多，账户已临时锁定，请 15 分钟后再试');
    }
    expect((await attemptLogin(t, 'engineer', PASSWORD, { ip: home })).statusCode).toBe(429);
    const reasons = (await signInsOf('engineer')).slice(-6).map((e) => JSON.parse(e.detail ?? '{}'));
    expect(reasons).toEqual([
      ...Array.from({ length: THROTTLE.accountFailures }, () => ({
        reason: 'bad_password',
        throttle: 'locked',
      })),
      { reason: 'locked' },
    ]);

    t.clock.advance(THROTTLE.accountLockMs);
    expect((await attemptLogin(t, 'engineer', PASSWORD, { ip: home })).statusCode).toBe(200);
  });

  it('lets a user known at a throttled office address in, but not one who never signed in there', async () => {
    const office = '10.9.0.1';
    expect((await attemptLogin(t, 'frontdesk', PASSWORD, { ip: office })).statusCode).toBe(200);
    for (let i = 0; i < THROTTLE.ipFailures; i++) {
      expect((await attemptLogin(t, `guess${i}`, 'wrong-password', { ip: office })).statusCode).toBe(401);
    }
    const newcomer = await attemptLogin(t, 'frontdesk2', PASSWORD, { ip: office, lang: 'en' });
    expect(newcomer.statusCode).toBe(429);
    expect(newcomer.json().error.message).toBe(
      'Too many failed sign-ins from this address. Try again in 15 minutes.',
    );
    expect((await attemptLogin(t, 'frontdesk', PASSWORD, { ip: office })).statusCode).toBe(200);
    // A name unknown at the address is refused unchecked, as before: no password is verified.
    expect((await attemptLogin(t, 'frontdesk2', 'wrong-password', { ip: office })).statusCode).toBe(429);
  });

  it('knows, once installed, the addresses of the sign-ins still in the attempt log (migration 0012)', async () => {
    const db = t.runtime.deps.database.db;
    const known = () =>
      db.selectFrom('known_sign_in_addresses').selectAll().orderBy(['user_id', 'ip']).execute();
    const before = await known();
    expect(before.length).toBeGreaterThanOrEqual(3);
    await db.deleteFrom('known_sign_in_addresses').execute();
    await backfillKnownAddresses(db);
    expect(await known()).toEqual(before);
  });

  it('forgets an address after 90 days without a sign-in from it', async () => {
    expect((await attemptLogin(t, 'auditor', PASSWORD, { ip: home })).statusCode).toBe(200);
    t.clock.advance(89 * 24 * 3_600_000);
    await lockOut('auditor', attacker);
    expect((await attemptLogin(t, 'auditor', PASSWORD, { ip: home })).statusCode).toBe(200);

    t.clock.advance(91 * 24 * 3_600_000);
    await lockOut('auditor', attacker);
    expect((await attemptLogin(t, 'auditor', PASSWORD, { ip: home })).statusCode).toBe(429);

    // The hourly housekeeping lets forgotten addresses go.
    const db = t.runtime.deps.database.db;
    const policy = { idleMs: 60_000, absoluteMs: 60_000 };
    const stale = () =>
      db
        .selectFrom('known_sign_in_addresses')
        .select('ip')
        .where('last_success_at', '<', t.clock.now() - THROTTLE.knownAddressMs)
        .execute();
    expect((await stale()).length).toBeGreaterThan(0);
    await purgeStaleSessions(t.runtime.systemContext(), policy);
    expect(await stale()).toEqual([]);
  });
});
