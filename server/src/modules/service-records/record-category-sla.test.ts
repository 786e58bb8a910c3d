import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceRecord } from '@qiantai/contracts';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { DEADLINE_JOB } from './record-deadlines.js';
import { recordKit } from './service-records.test-kit.js';

// A category's own SLA policy outlives the record's later steps: reopened, resumed after a pause or
// corrected into the category, a 电梯/困人 (person trapped in a lift) repair is owed in 5 min / 30 min
// (the default seed), not in the 30 min / 24 h of an ordinary repair. The stored deadlines and the
// warning and escalation jobs scheduled for them agree.

const MINUTE = 60_000;
let t: TestApp;
let p1: string;
let trapped: string;
beforeAll(async () => {
  t = await startTestApp();
  [p1] = await t.propertyIds();
  const res = await (
    await as('frontdesk')
  ).request('GET', `/api/v1/service-config/categories?propertyId=${p1}&kind=repair`);
  const categories = res.json<{ id: string; parentId: string | null; name: string }[]>();
  const lift = categories.find((c) => c.name === '电梯' && c.parentId === null)!;
  trapped = categories.find((c) => c.name === '困人' && c.parentId === lift.id)!.id;
});
afterAll(() => t.close());

/** Signed in afresh: the test clock jumps past the idle timeout of any session. */
const as = (username: string): Promise<Agent> => t.login(username);
const kit = () => recordKit(t, p1);
const liftRepair = async (extra: Record<string, unknown> = {}) =>
  kit().create(await as('frontdesk'), { kind: 'repair', content: '3 号梯困人', ...extra });

/** The deadline jobs of the record's current timing (its sla_epoch), in order. */
async function deadlineJobsOf(recordId: string) {
  const db = t.runtime.deps.database.db;
  const { sla_epoch } = await db
    .selectFrom('service_records')
    .select('sla_epoch')
    .where('id', '=', recordId)
    .executeTakeFirstOrThrow();
  const jobs = await db
    .selectFrom('jobs')
    .select(['payload', 'run_at'])
    .where('kind', '=', DEADLINE_JOB)
    .execute();
  return jobs
    .map((j) => ({ ...(JSON.parse(j.payload) as { recordId: string; epoch: number }), runAt: j.run_at }))
    .filter((j) => j.recordId === recordId && j.epoch === sla_epoch)
    .map(({ recordId: _r, epoch: _e, ...job }) => job)
    .sort((a, b) => a.runAt - b.runAt);
}

/** What the stored deadlines owe: a warning at the stored time, the supervisor at the breach. */
function jobsFor(r: ServiceRecord, owed: ('respond' | 'resolve')[]) {
  const at = { respond: [r.respondWarnAt, r.respondDueAt], resolve: [r.resolveWarnAt, r.resolveDueAt] };
  return owed
    .flatMap((which) => [
      { which, level: 0, runAt: at[which][0]! },
      { which, level: 1, runAt: at[which][1]! },
    ])
    .sort((a, b) => a.runAt - b.runAt);
}

describe("a lift-entrapment repair keeps its category's SLA policy", () => {
  it('is owed in 5 min / 30 min when logged', async () => {
    const r = await liftRepair({ categoryId: trapped });
    expect(r.respondDueAt).toBe(r.createdAt + 5 * MINUTE);
    expect(r.resolveDueAt).toBe(r.createdAt + 30 * MINUTE);
    expect(await deadlineJobsOf(r.id)).toEqual(jobsFor(r, ['respond', 'resolve']));
  });

  it('is owed in 5 min / 30 min again from its reopening', async () => {
    const supervisor = await as('supervisor');
    let r = await liftRepair({ categoryId: trapped });
    r = (await kit().act(supervisor, r, { action: 'accept' })).record;
    r = (await kit().act(supervisor, r, { action: 'complete', result: '已救出' })).record;
    t.clock.advance(60 * MINUTE);
    r = (await kit().act(await as('supervisor'), r, { action: 'reopen', comment: '又困人了' })).record;
    const now = t.clock.now();
    expect(r.respondDueAt).toBe(now + 5 * MINUTE);
    expect(r.resolveDueAt).toBe(now + 30 * MINUTE);
    // Responded to before: only the resolution is owed again, its warning at 80 % of the 30 min.
    expect(r.resolveWarnAt).toBe(now + 24 * MINUTE);
    expect(await deadlineJobsOf(r.id)).toEqual(jobsFor(r, ['resolve']));
  });

  it('is owed in 5 min / 30 min from its logging once corrected into the category', async () => {
    let r = await liftRepair({ content: '电梯不动了' });
    expect(r.resolveDueAt).toBe(r.createdAt + 24 * 60 * MINUTE); // an ordinary repair
    t.clock.advance(MINUTE);
    const res = await (
      await as('frontdesk')
    ).request('PATCH', `/api/v1/service-records/${r.id}`, { version: r.version, categoryId: trapped });
    expect(res.statusCode, res.body).toBe(200);
    r = res.json<ServiceRecord>();
    expect(r.respondDueAt).toBe(r.createdAt + 5 * MINUTE);
    expect(r.resolveDueAt).toBe(r.createdAt + 30 * MINUTE);
    expect(r.respondWarnAt).toBe(r.createdAt + 4 * MINUTE);
    expect(await deadlineJobsOf(r.id)).toEqual(jobsFor(r, ['respond', 'resolve']));
  });

  it('resumes on the wall clock when ordinary repairs run on business hours', async () => {
    const supervisor = await as('supervisor');
    const policies = await supervisor.request('GET', `/api/v1/service-config/sla-policies?propertyId=${p1}`);
    const ordinary = policies
      .json<{ id: string; kind: string; severity: string; categoryId: string | null; version: number }[]>()
      .find((x) => x.kind === 'repair' && x.severity === 'general' && x.categoryId === null)!;
    const set = await supervisor.request('PATCH', `/api/v1/service-config/sla-policies/${ordinary.id}`, {
      version: ordinary.version,
      businessHours: true,
    });
    expect(set.statusCode, set.body).toBe(200);

    // Wednesday 2026-12-09 21:00 at the property (UTC+8), after office hours: paused 10 min in,
    // resumed 30 min later, the 20 min it still had run from then, at night as the lift is stuck.
    t.clock.current = Date.UTC(2026, 11, 9, 13, 0);
    let r = await liftRepair({ categoryId: trapped });
    r = (await kit().act(await as('supervisor'), r, { action: 'start' })).record;
    t.clock.advance(10 * MINUTE);
    r = (await kit().act(await as('supervisor'), r, { action: 'wait', comment: '等维保单位到场' })).record;
    t.clock.advance(30 * MINUTE);
    r = (await kit().act(await as('supervisor'), r, { action: 'resume' })).record;
    const now = t.clock.now();
    expect(r.resolveDueAt).toBe(now + 20 * MINUTE);
    expect(r.resolveWarnAt).toBe(now + 16 * MINUTE);
    expect(await deadlineJobsOf(r.id)).toEqual(jobsFor(r, ['resolve']));
  });
});
