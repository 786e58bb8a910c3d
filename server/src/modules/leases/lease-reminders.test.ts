import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../config.js';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { resident, type Resident } from './leases.test-kit.js';

// Reminders go out at 09:00 in the property's time zone (Asia/Shanghai, UTC+8), i.e. 01:00 UTC.
const at = (date: string, hhmm = '09:00') => Date.parse(`${date}T${hhmm}:00+08:00`);

interface Reminder {
  leaseId: string;
  unitCode: string;
  tenantName: string;
  endDate: string;
  daysLeft: number;
}

let t: TestApp;
let desk: Agent;
let p1: string;
let tenant: Resident;

async function start(config: Partial<Config> = {}) {
  t = await startTestApp({ config });
  sent = new Map();
  // The morning after the demo company was made (signing in needs a clock past its creation).
  t.clock.current = at('2026-11-28', '08:00');
  [p1] = await t.propertyIds();
  desk = await t.login('frontdesk');
  tenant = await resident(desk, p1, '吴十');
}
afterEach(() => t.close());

async function newLease(endDate: string): Promise<{ id: string }> {
  const res = await desk.request('POST', '/api/v1/leases', {
    unitId: tenant.unitId,
    tenantPersonId: tenant.personId,
    startDate: '2026-01-01',
    endDate,
    rentFen: 300000,
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string }>();
}

/** Every lease.expiring event published so far, oldest first (the platform purges day-old events). */
let sent: Map<string, Reminder>;

/** Moves the clock, runs whatever due work there is as the loop would, and notes the reminders sent. */
async function runDueAt(instant: number) {
  t.clock.current = instant;
  while ((await t.runtime.deps.jobs.tick()) > 0);
  for (const e of await t.runtime.deps.events.since('', [p1])) {
    if (e.topic !== 'lease.expiring') continue;
    expect(e.permission).toBe('directory.read');
    sent.set(e.id, e.data as Reminder);
  }
}

async function reminders(leaseId: string): Promise<Reminder[]> {
  return [...sent.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, r]) => r)
    .filter((r) => r.leaseId === leaseId);
}
const daysLeftOf = async (leaseId: string) => (await reminders(leaseId)).map((r) => r.daysLeft);

describe('lease expiry reminders', () => {
  it('reminds 30, 7 and 0 days before the end, each at 09:00 local time', async () => {
    await start();
    const lease = await newLease('2026-12-28');
    await runDueAt(at('2026-11-28', '08:59'));
    expect(await reminders(lease.id)).toEqual([]);
    await runDueAt(at('2026-11-28'));
    expect(await reminders(lease.id)).toEqual([
      {
        leaseId: lease.id,
        unitCode: tenant.unitCode,
        tenantName: '吴十',
        endDate: '2026-12-28',
        daysLeft: 30,
      },
    ]);
    await runDueAt(at('2026-12-21', '08:59'));
    expect(await daysLeftOf(lease.id)).toEqual([30]);
    await runDueAt(at('2026-12-21'));
    expect(await daysLeftOf(lease.id)).toEqual([30, 7]);
    await runDueAt(at('2026-12-28'));
    await runDueAt(at('2027-01-31'));
    expect(await daysLeftOf(lease.id)).toEqual([30, 7, 0]);
  });

  it('sends a lease ending tomorrow only the reminders still ahead of it', async () => {
    await start();
    const lease = await newLease('2026-11-29');
    await runDueAt(at('2026-11-28', '23:00'));
    expect(await reminders(lease.id)).toEqual([]);
    await runDueAt(at('2026-11-29'));
    await runDueAt(at('2027-01-01'));
    expect(await daysLeftOf(lease.id)).toEqual([0]);
  });

  it('reschedules when the end date changes, and the old dates stay silent', async () => {
    await start();
    const lease = await newLease('2026-12-28');
    await runDueAt(at('2026-11-28'));
    const moved = await desk.request('PATCH', `/api/v1/leases/${lease.id}`, {
      version: 1,
      endDate: '2027-01-11',
    });
    expect(moved.statusCode).toBe(200);
    for (const day of ['2026-12-12', '2026-12-21', '2026-12-28', '2027-01-04', '2027-01-11'])
      await runDueAt(at(day));
    expect((await reminders(lease.id)).map((r) => [r.endDate, r.daysLeft])).toEqual([
      ['2026-12-28', 30],
      ['2027-01-11', 30],
      ['2027-01-11', 7],
      ['2027-01-11', 0],
    ]);
  });

  it('sends nothing for a terminated or ended lease', async () => {
    await start();
    const terminated = await newLease('2026-12-05');
    const ended = await newLease('2026-12-28');
    for (const [lease, status] of [
      [terminated, 'terminated'],
      [ended, 'ended'],
    ] as const) {
      const res = await desk.request('PATCH', `/api/v1/leases/${lease.id}`, { version: 1, status });
      expect(res.statusCode).toBe(200);
    }
    for (const day of ['2026-11-28', '2026-12-05', '2026-12-21', '2026-12-28']) await runDueAt(at(day));
    expect(await reminders(terminated.id)).toEqual([]);
    expect(await reminders(ended.id)).toEqual([]);
  });

  it('follows the configured reminder days (LEASE_REMINDER_DAYS)', async () => {
    await start({ leaseReminderDays: [14, 1] });
    const lease = await newLease('2026-12-28');
    for (const day of ['2026-11-28', '2026-12-14', '2026-12-21', '2026-12-27', '2026-12-28'])
      await runDueAt(at(day));
    expect(await daysLeftOf(lease.id)).toEqual([14, 1]);
  });
});
