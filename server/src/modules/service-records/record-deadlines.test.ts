import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationItem, ServiceRecord } from '@qiantai/contracts';
import { testConfig, testDatabaseUrl } from '../../config.js';
import { backfillWarnTimes } from '../../db/migrations/0010-deadline-warnings.js';
import { createRuntime, type Runtime } from '../../runtime.js';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { recordKit } from './service-records.test-kit.js';

// Deadlines through the due-work loop on the test clock: a warning at 80 %, escalation to the
// supervisor at the breach, to the manager an hour later; a met or paused deadline stays quiet.

const MINUTE = 60_000;
let t: TestApp;
let p1: string;
beforeAll(async () => {
  t = await startTestApp();
  [p1] = await t.propertyIds();
});
/** Signed in afresh: the test clock jumps hours, past the idle timeout of any session. */
const as = (username: string): Promise<Agent> => t.login(username);
afterAll(() => t.close());

const kit = () => recordKit(t, p1);
const tick = async (runtime: Runtime = t.runtime) => {
  while ((await runtime.deps.jobs.tick()) > 0);
};
async function noticesOf(username: string, recordId: string): Promise<NotificationItem[]> {
  const res = await (await t.login(username)).request('GET', '/api/v1/notifications?pageSize=200');
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: NotificationItem[] }>().items.filter((n) => n.entity?.id === recordId);
}
const historyOf = async (id: string) =>
  (await kit().get(await as('frontdesk'), id)).events.map((e) => e.action);

describe('deadlines and escalation', () => {
  it('warns at 80 % of the response time, escalates at the breach and again an hour later', async () => {
    const r = await kit().create(await as('frontdesk'), { kind: 'repair', content: '地下车库漏水' });
    expect(r.respondWarnAt).toBe(r.createdAt + 24 * MINUTE);
    t.clock.advance(23 * MINUTE);
    await tick();
    expect(await historyOf(r.id)).toEqual(['create']);
    t.clock.advance(1 * MINUTE); // 24 of 30 minutes
    await tick();
    expect(await historyOf(r.id)).toEqual(['create', 'sla_warning']);

    t.clock.advance(6 * MINUTE); // 30 minutes: the response deadline breached
    await tick();
    let now = (await kit().get(await as('frontdesk'), r.id)).record;
    expect(now.escalationLevel).toBe(1);
    expect((await noticesOf('supervisor', r.id)).map((n) => n.event)).toContain('service.escalated');
    expect(await noticesOf('manager', r.id)).toEqual([]);

    t.clock.advance(60 * MINUTE);
    await tick();
    now = (await kit().get(await as('frontdesk'), r.id)).record;
    expect(now.escalationLevel).toBe(2);
    const managers = await noticesOf('manager', r.id);
    expect(managers.map((n) => n.event)).toEqual(['service.escalated']);
    expect(managers[0]!.title).toEqual({
      zh: `${r.number} 已超过响应时限（第 2 级升级）`,
      en: `${r.number}: Response deadline breached (escalation level 2)`,
    });
  });

  it('does not call a deadline near once it has passed: a late warning gives way to the escalation', async () => {
    const r = await kit().create(await as('frontdesk'), { kind: 'repair', content: '车库门打不开' });
    // Nothing ran between creation and the breach (as after a server outage).
    t.clock.advance(31 * MINUTE);
    await tick();
    expect(await historyOf(r.id)).toEqual(['create', 'escalate']);
    expect((await noticesOf('supervisor', r.id)).map((n) => n.event)).toEqual(['service.escalated']);
  });

  it('gives records made before warning times were stored 80 % of their time (migration 0010)', async () => {
    const r = await kit().create(await as('frontdesk'), { kind: 'complaint', content: '旧记录' });
    const db = t.runtime.deps.database.db;
    await db.updateTable('service_records').set({ respond_warn_at: null, resolve_warn_at: null }).execute();
    await backfillWarnTimes(db);
    const after = (await kit().get(await as('frontdesk'), r.id)).record;
    expect(after.respondWarnAt).toBe(r.createdAt + Math.floor((r.respondDueAt! - r.createdAt) * 0.8));
    expect(after.resolveWarnAt).toBe(r.createdAt + Math.floor((r.resolveDueAt! - r.createdAt) * 0.8));
  });

  it('stays quiet about a deadline that was met, and about one paused while waiting on the customer', async () => {
    const supervisor = await as('supervisor');
    const met = await kit().create(await as('frontdesk'), { kind: 'repair', content: '门铃不响' });
    const accepted = (await kit().act(supervisor, met, { action: 'accept' })).record;
    await kit().act(supervisor, accepted, { action: 'complete', result: '已换电池' });
    let paused: ServiceRecord = await kit().create(await as('frontdesk'), {
      kind: 'repair',
      content: '窗户关不上',
    });
    paused = (await kit().act(supervisor, paused, { action: 'start' })).record;
    t.clock.advance(7); // an odd millisecond: the time left is no longer a multiple of 5 ms
    paused = (await kit().act(supervisor, paused, { action: 'wait', comment: '等业主回家' })).record;
    t.clock.advance(26 * 3_600_000);
    await tick();
    expect(await historyOf(met.id)).toEqual(['create', 'accept', 'complete']);
    expect((await kit().get(await as('frontdesk'), paused.id)).record.escalationLevel).toBe(0);

    // Resumed after 26 h: the 24 h it still had are granted again from now, and the warning falls at
    // 80 % of that time, on a whole millisecond.
    paused = (await kit().act(await as('supervisor'), paused, { action: 'resume' })).record;
    const left = paused.resolveDueAt! - t.clock.now();
    expect(left).toBeGreaterThan(23 * 3_600_000);
    expect(paused.resolveWarnAt).toBe(Math.round(t.clock.now() + left * 0.8));
  });

  it('tells the manager at once of a major complaint; the acknowledgement and its time are recorded', async () => {
    const r = await kit().create(await as('frontdesk'), {
      kind: 'complaint',
      severity: 'major',
      content: '保安与业主发生冲突',
    });
    const [notice] = await noticesOf('manager', r.id);
    expect(notice).toMatchObject({ event: 'service.major', urgent: true });
    const acked = await kit().act(await as('manager'), r, { action: 'acknowledge', comment: '我马上过去' });
    expect(acked.record).toMatchObject({ acknowledgedByName: '王经理', acknowledgedAt: t.clock.now() });
    expect(acked.record.allowedActions).not.toContain('acknowledge');
  });
});

describe('deadlines in business hours', () => {
  it('counts only working time: Friday 16:00 + 4 h skips the evening, a holiday Saturday and Sunday', async () => {
    const supervisor = await as('supervisor');
    const policies = await supervisor.request('GET', `/api/v1/service-config/sla-policies?propertyId=${p1}`);
    const policy = policies
      .json<{ id: string; kind: string; severity: string; categoryId: string | null; version: number }[]>()
      .find((x) => x.kind === 'suggestion' && x.severity === 'general' && x.categoryId === null)!;
    const set = await supervisor.request('PATCH', `/api/v1/service-config/sla-policies/${policy.id}`, {
      version: policy.version,
      respondMinutes: 240,
      resolveMinutes: 480,
      businessHours: true,
    });
    expect(set.statusCode, set.body).toBe(200);
    const holiday = await supervisor.request('POST', '/api/v1/service-config/holidays', {
      propertyId: p1,
      date: '2026-12-05',
      kind: 'holiday',
      name: '测试假日',
    });
    expect(holiday.statusCode, holiday.body).toBe(201);

    // Friday 2026-12-04 16:00 at the property (UTC+8): 1.5 h are left that day (until 17:30); the
    // Saturday is a holiday, Sunday is closed, so the response is due Monday at 08:30 + 2.5 h.
    t.clock.current = Date.UTC(2026, 11, 4, 8, 0);
    let r = await kit().create(await as('frontdesk'), { kind: 'suggestion', content: '建议增加快递柜' });
    expect(r.respondDueAt).toBe(Date.UTC(2026, 11, 7, 3, 0));
    // The warning at 80 % of the 4 working hours: 1.5 h on Friday, then 1 h 42 min from Monday 08:30
    // (not at 80 % of the 67 wall-clock hours, which would be Sunday night).
    expect(r.respondWarnAt).toBe(Date.UTC(2026, 11, 7, 2, 12));

    // A pause that lies wholly outside working hours (Friday 17:45 to Monday 08:00) costs nothing.
    r = (await kit().act(await as('supervisor'), r, { action: 'start' })).record;
    const resolveDue = r.resolveDueAt;
    t.clock.current = Date.UTC(2026, 11, 4, 9, 45);
    r = (await kit().act(await as('supervisor'), r, { action: 'wait', comment: '等业主补充材料' })).record;
    t.clock.current = Date.UTC(2026, 11, 7, 0, 0);
    r = (await kit().act(await as('supervisor'), r, { action: 'resume' })).record;
    expect(r.resolveDueAt).toBe(resolveDue);
  });
});

describe.runIf(testDatabaseUrl() !== null)('two app processes on one PostgreSQL database', () => {
  it('warn and escalate each record exactly once', async () => {
    const other = await createRuntime(testConfig({ webDist: '/nonexistent' }), {
      database: t.database.openAnother(),
      clock: t.clock.now,
    });
    try {
      const made: ServiceRecord[] = [];
      for (let i = 0; i < 12; i++)
        made.push(await kit().create(await as('frontdesk'), { kind: 'repair', content: `批量报修 ${i}` }));
      t.clock.advance(25 * MINUTE); // the warnings (at 24 min) fall due
      await Promise.all([tick(), tick(other), tick(), tick(other)]);
      t.clock.advance(6 * MINUTE); // the breaches (at 30 min)
      await Promise.all([tick(), tick(other), tick(), tick(other)]);
      for (const r of made) {
        const history = await historyOf(r.id);
        expect(
          history.filter((a) => a === 'escalate'),
          r.number,
        ).toHaveLength(1);
        expect(
          history.filter((a) => a === 'sla_warning'),
          r.number,
        ).toHaveLength(1);
      }
    } finally {
      await other.close();
    }
  }, 120_000);
});
