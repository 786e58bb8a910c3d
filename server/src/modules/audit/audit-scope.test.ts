import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@qiantai/contracts';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { agentFrom, attemptLogin } from '../../test/sign-in.js';

// Entries without a property (sign-ins, user administration) are company-wide: who may read which
// of them is the subject of this file; entries of a property are covered by audit.test.ts.

let t: TestApp;
let admin: Agent;
let auditor: Agent;
let p1: string;
let p2: string;

type Page = { items: AuditEntry[]; total: number };
const page = async (agent: Agent, query = '') =>
  (await agent.request('GET', `/api/v1/audit-log?pageSize=200${query}`)).json<Page>();

const FD2_IP = '10.20.0.2';
const DESK_IP = '10.20.0.1';
const STRANGER_IP = '10.20.0.9';

/** An administrator of 锦绣花园 only: the admin role, but not company-wide. */
async function propertyAdmin(): Promise<Agent> {
  const created = await admin.request('POST', '/api/v1/users', {
    username: 'p1-admin',
    displayName: '项目管理员',
    roles: ['admin'],
    propertyIds: [p1],
  });
  const oneTime = created.json<{ oneTimePassword: string }>().oneTimePassword;
  const first = await t.login('p1-admin', { password: oneTime });
  const changed = await first.request('POST', '/api/v1/auth/password', {
    currentPassword: oneTime,
    newPassword: 'Lantern-river-43',
  });
  return agentFrom(t, changed);
}

beforeAll(async () => {
  t = await startTestApp();
  [p1, p2] = await t.propertyIds();
  admin = await t.login('admin');
  auditor = await t.login('auditor');
  t.clock.advance(1000);
  await t.login('frontdesk2', { ip: FD2_IP });
  await attemptLogin(t, 'frontdesk2', 'wrong-password', { ip: FD2_IP });
  await t.login('frontdesk', { ip: DESK_IP });
  await attemptLogin(t, 'frontdesk', 'wrong-password', { ip: DESK_IP });
  await attemptLogin(t, 'nobody-at-all', 'wrong-password', { ip: STRANGER_IP });
  await admin.request('POST', '/api/v1/users', {
    username: 'scope-b',
    displayName: '乙',
    roles: ['receptionist'],
    propertyIds: [p2],
  });
  await admin.request('POST', '/api/v1/users', {
    username: 'scope-a',
    displayName: '甲',
    roles: ['receptionist'],
    propertyIds: [p1],
  });
});
afterAll(() => t.close());

const signIns = (p: Page, username: string) =>
  p.items.filter((e) => e.action.startsWith('auth.login.') && e.actorUsername === username);
const created = (p: Page, username: string) =>
  p.items.filter((e) => e.action === 'user.create' && e.changes?.username?.[1] === username);

describe('company-wide audit entries (no property)', () => {
  it('hides another property’s staff sign-ins and their addresses from a one-property auditor', async () => {
    const mine = await page(auditor);
    expect(signIns(mine, 'frontdesk2')).toEqual([]);
    expect(mine.items.some((e) => e.ip === FD2_IP)).toBe(false);
    expect((await page(auditor, '&actor=frontdesk2')).total).toBe(0);
    // Failed sign-ins under a name nobody holds concern no property the auditor has.
    expect(signIns(mine, 'nobody-at-all')).toEqual([]);
    expect(mine.items.some((e) => e.ip === STRANGER_IP)).toBe(false);
  });

  it('hides users created for another property', async () => {
    expect(created(await page(auditor), 'scope-b')).toEqual([]);
    expect(created(await page(admin), 'scope-b')).toHaveLength(1);
  });

  it('still shows the auditor’s own property: its users’ sign-ins, their creation, its entries', async () => {
    const mine = await page(auditor);
    expect(signIns(mine, 'frontdesk').map((e) => [e.action, e.ip])).toEqual([
      ['auth.login.failure', DESK_IP],
      ['auth.login.success', DESK_IP],
    ]);
    expect(created(mine, 'scope-a')).toHaveLength(1);
    expect(signIns(mine, 'auditor').length).toBeGreaterThan(0);
    expect(mine.items.some((e) => e.propertyId === p1)).toBe(true);
    expect(mine.items.every((e) => e.propertyId === null || e.propertyId === p1)).toBe(true);
  });

  it('shows everything to a company-wide caller, addresses included', async () => {
    const all = await page(admin);
    expect(signIns(all, 'frontdesk2').map((e) => [e.action, e.ip])).toEqual([
      ['auth.login.failure', FD2_IP],
      ['auth.login.success', FD2_IP],
    ]);
    expect(signIns(all, 'nobody-at-all').map((e) => e.ip)).toEqual([STRANGER_IP]);
  });

  it('treats an administrator of one property as scoped, not company-wide', async () => {
    const scoped = await page(await propertyAdmin());
    expect(signIns(scoped, 'frontdesk2')).toEqual([]);
    expect(created(scoped, 'scope-b')).toEqual([]);
    expect(signIns(scoped, 'frontdesk')).toHaveLength(2);
    // Its own doings are its own to read (the company admin created it; it changed its password).
    expect(
      scoped.items.some((e) => e.action === 'user.password.change' && e.actorUsername === 'p1-admin'),
    ).toBe(true);
  });

  it('counts and pages only what the caller may see', async () => {
    const all = await page(auditor);
    expect(all.total).toBe(all.items.length);
    const pages: string[] = [];
    for (let n = 1; n <= Math.ceil(all.total / 4); n++) {
      const p = (await auditor.request('GET', `/api/v1/audit-log?pageSize=4&page=${n}`)).json<Page>();
      expect(p.total).toBe(all.total);
      pages.push(...p.items.map((e) => e.id));
    }
    expect(pages).toEqual(all.items.map((e) => e.id));
    expect((await page(admin)).total).toBeGreaterThan(all.total);
  });
});
