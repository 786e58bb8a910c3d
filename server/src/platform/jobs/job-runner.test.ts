import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig, testDatabaseUrl } from '../../config.js';
import type { DatabaseHandle } from '../../db/database.js';
import { createRuntime, type Runtime } from '../../runtime.js';
import { startTestApp, type TestApp, type TestClock } from '../../test/harness.js';
import { newId } from '../../db/ids.js';
import { backoffMs, enqueueJob, JobRunner, LEASE_MS, type RunnableKind } from './job-runner.js';
import { claimDueJobs } from './jobs.repository.js';

const onPostgres = testDatabaseUrl() !== null;
const HOUR = 3_600_000;

/** Counts how often each job ran, by job id, across every runner (every "process") of a test. */
class Invocations {
  readonly byJob = new Map<string, number>();
  register(runner: JobRunner) {
    runner.register('test.count', async (_ctx, _payload, job) => {
      this.byJob.set(job.id, (this.byJob.get(job.id) ?? 0) + 1);
    });
    runner.register('test.fail', async () => {
      throw new Error('printer offline');
    });
  }
  of(id: string) {
    return this.byJob.get(id) ?? 0;
  }
}

const jobByKey = (db: DatabaseHandle, key: string) =>
  db.db.selectFrom('jobs').selectAll().where('unique_key', '=', key).executeTakeFirstOrThrow();

/** Another app process on the same database: its own handle, event bus and JobRunner. */
const secondProcess = (t: TestApp, clock: TestClock): Promise<Runtime> =>
  createRuntime(testConfig({ webDist: '/nonexistent' }), {
    database: t.database.openAnother(),
    clock: clock.now,
  });

describe('due work', () => {
  let t: TestApp;
  const ran = new Invocations();
  beforeAll(async () => {
    t = await startTestApp();
    ran.register(t.runtime.deps.jobs);
  });
  afterAll(() => t.close());

  const jobs = () => t.runtime.deps.jobs;
  const db = () => t.runtime.deps.database;
  const enqueue = (
    key: string,
    input: { kind: RunnableKind; runAt?: number; propertyId?: string; maxAttempts?: number },
  ) => enqueueJob(t.runtime.systemContext(), { runAt: t.clock.now(), uniqueKey: key, ...input });

  it('runs a job when it is due, once, and not before', async () => {
    await enqueue('later', { kind: 'test.count', runAt: t.clock.now() + 60_000 });
    const job = await jobByKey(db(), 'later');
    await jobs().tick();
    expect(ran.of(job.id)).toBe(0);

    t.clock.advance(60_000);
    await jobs().tick();
    await jobs().tick();
    expect(ran.of(job.id)).toBe(1);
    expect((await jobByKey(db(), 'later')).status).toBe('done');
  });

  it('enqueues a job with a unique key only once', async () => {
    await enqueue('once', { kind: 'test.count' });
    await enqueue('once', { kind: 'test.count' });
    const rows = await db().db.selectFrom('jobs').select('id').where('unique_key', '=', 'once').execute();
    expect(rows).toHaveLength(1);
    await jobs().tick();
    expect(ran.of(rows[0]!.id)).toBe(1);
  });

  it('retries a failing job with backoff and marks it failed after its last attempt', async () => {
    const [p1] = await t.propertyIds();
    await enqueue('flaky', { kind: 'test.fail', propertyId: p1, maxAttempts: 3 });
    await jobs().tick();
    let job = await jobByKey(db(), 'flaky');
    expect(job).toMatchObject({ status: 'pending', attempts: 1, last_error: 'printer offline' });
    expect(job.run_at).toBe(t.clock.now() + backoffMs(1));

    // Not due before the backoff has passed, due right after.
    t.clock.advance(backoffMs(1) - 1);
    await jobs().tick();
    expect((await jobByKey(db(), 'flaky')).attempts).toBe(1);
    t.clock.advance(1);
    await jobs().tick();
    job = await jobByKey(db(), 'flaky');
    expect(job).toMatchObject({ status: 'pending', attempts: 2 });
    expect(job.run_at).toBe(t.clock.now() + backoffMs(2));
    expect(backoffMs(2)).toBeGreaterThan(backoffMs(1));

    t.clock.advance(backoffMs(2));
    await jobs().tick();
    expect(await jobByKey(db(), 'flaky')).toMatchObject({ status: 'failed', attempts: 3 });

    // A failed job stays failed: no further attempts however long we wait.
    t.clock.advance(10 * HOUR);
    await jobs().tick();
    expect(await jobByKey(db(), 'flaky')).toMatchObject({ status: 'failed', attempts: 3 });
  });

  it('shows failed jobs with their last error to admins, who can retry them (audited)', async () => {
    const [p1] = await t.propertyIds();
    await enqueue('broken', { kind: 'test.fail', propertyId: p1, maxAttempts: 1 });
    await jobs().tick();
    const id = (await jobByKey(db(), 'broken')).id;

    const admin = await t.login('admin');
    const list = await admin.request('GET', '/api/v1/admin/jobs?status=failed&pageSize=200');
    expect(list.statusCode).toBe(200);
    const item = list.json().items.find((j: { id: string }) => j.id === id);
    expect(item).toMatchObject({
      status: 'failed',
      lastError: 'printer offline',
      attempts: 1,
      propertyId: p1,
    });
    const desk = await t.login('frontdesk');
    expect((await desk.request('GET', '/api/v1/admin/jobs?status=failed')).statusCode).toBe(403);
    expect((await desk.request('POST', `/api/v1/admin/jobs/${id}/retry`)).statusCode).toBe(403);

    const retried = await admin.request('POST', `/api/v1/admin/jobs/${id}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ id, status: 'pending', attempts: 0 });
    const audit = await db()
      .db.selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'job.retry')
      .where('entity_id', '=', id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_username).toBe('admin');

    // Pending again, so a second retry is a conflict; and it really runs again.
    const again = await admin.request('POST', `/api/v1/admin/jobs/${id}/retry`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CONFLICT');
    await jobs().tick();
    expect(await jobByKey(db(), 'broken')).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it("hides another property's jobs from an admin not assigned to it (404 on retry)", async () => {
    const [p1, p2] = await t.propertyIds();
    await enqueue('elsewhere', { kind: 'test.fail', propertyId: p2, maxAttempts: 1 });
    await jobs().tick();
    const id = (await jobByKey(db(), 'elsewhere')).id;

    // Make the manager an administrator of property 1 only.
    const admin = await t.login('admin');
    const manager = await db()
      .db.selectFrom('users')
      .select(['id', 'version'])
      .where('username', '=', 'manager')
      .executeTakeFirstOrThrow();
    const patched = await admin.request('PATCH', `/api/v1/users/${manager.id}`, {
      version: manager.version,
      roles: ['admin'],
      propertyIds: [p1],
    });
    expect(patched.statusCode).toBe(200);
    const localAdmin = await t.login('manager');

    const list = await localAdmin.request('GET', '/api/v1/admin/jobs?status=failed&pageSize=200');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((j: { id: string }) => j.id)).not.toContain(id);
    const retry = await localAdmin.request('POST', `/api/v1/admin/jobs/${id}/retry`);
    expect(retry.statusCode).toBe(404);
    expect((await jobByKey(db(), 'elsewhere')).status).toBe('failed');
    // The admin of both properties can.
    expect((await admin.request('POST', `/api/v1/admin/jobs/${id}/retry`)).statusCode).toBe(200);
  });

  it('takes over a running job whose process died once its lease has expired', async () => {
    await jobs().tick(); // nothing else due
    await enqueue('orphan', { kind: 'test.count' });
    // A process claims the job and dies without finishing it.
    const claimed = await claimDueJobs(db().db, 'dead-process', t.clock.now(), LEASE_MS, 10);
    const orphan = await jobByKey(db(), 'orphan');
    expect(claimed.map((j) => j.id)).toEqual([orphan.id]);

    await jobs().tick();
    expect(ran.of(orphan.id)).toBe(0);
    t.clock.advance(LEASE_MS - 1);
    await jobs().tick();
    expect(ran.of(orphan.id)).toBe(0);

    t.clock.advance(2);
    await jobs().tick();
    expect(ran.of(orphan.id)).toBe(1);
    expect(await jobByKey(db(), 'orphan')).toMatchObject({ status: 'done', attempts: 2, locked_by: null });
  });

  it('marks failed, without running it again, a job whose every attempt died with its process', async () => {
    await enqueue('poison', { kind: 'test.count', maxAttempts: 1 });
    await claimDueJobs(db().db, 'dead-process', t.clock.now(), LEASE_MS, 10);
    t.clock.advance(LEASE_MS + 1);
    await jobs().tick();
    const poison = await jobByKey(db(), 'poison');
    expect(ran.of(poison.id)).toBe(0);
    expect(poison.status).toBe('failed');
    expect(poison.last_error).toMatch(/stopped/);
  });
});

describe('due work across restarts and processes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  afterAll(() => t.close());

  it('keeps an enqueued job across a restart and runs it in the new process', async () => {
    const ran = new Invocations();
    const before = await secondProcess(t, t.clock);
    await enqueueJob(before.systemContext(), {
      kind: 'test.count',
      runAt: t.clock.now() + 1000,
      uniqueKey: 'survivor',
    });
    await before.close();

    t.clock.advance(1000);
    const after = await secondProcess(t, t.clock);
    try {
      ran.register(after.deps.jobs);
      await after.deps.jobs.tick();
      const job = await jobByKey(after.deps.database, 'survivor');
      expect(ran.of(job.id)).toBe(1);
      expect(job.status).toBe('done');
    } finally {
      await after.close();
    }
  });

  it.skipIf(!onPostgres)(
    'runs each of 200 jobs exactly once while two processes claim concurrently (PostgreSQL only: SQLite is one process)',
    async () => {
      const ran = new Invocations();
      const a = t.runtime;
      const b = await secondProcess(t, t.clock);
      try {
        // Each process's own loop plus two more claimers on its connection pool, so that claims
        // really overlap (the "processes" differ by database handle and worker id).
        const runners = [a, b].flatMap((r) => [
          r.deps.jobs,
          new JobRunner(r.deps.database, t.clock.now, r.deps.events),
          new JobRunner(r.deps.database, t.clock.now, r.deps.events),
        ]);
        for (const r of runners) ran.register(r);
        expect(new Set(runners.map((r) => r.workerId)).size).toBe(runners.length);
        await a.deps.database.db
          .insertInto('jobs')
          .values(
            Array.from({ length: 200 }, (_, i) => ({
              id: newId(t.clock.now()),
              kind: 'test.count',
              property_id: null,
              unique_key: `many-${i}`,
              payload: 'null',
              status: 'pending' as const,
              run_at: t.clock.now(),
              attempts: 0,
              max_attempts: 5,
              locked_by: null,
              locked_until: null,
              last_error: null,
              created_at: t.clock.now(),
              updated_at: t.clock.now(),
            })),
          )
          .execute();
        const left = async () =>
          (
            await a.deps.database.db
              .selectFrom('jobs')
              .select('id')
              .where('status', 'in', ['pending', 'running'])
              .where('kind', '=', 'test.count')
              .execute()
          ).length;
        // A tick that lost every race claims nothing, so a claimer stops only when nothing is left.
        const drain = async (r: JobRunner) => {
          for (let i = 0; i < 500; i++) if ((await r.tick()) === 0 && (await left()) === 0) return;
        };
        await Promise.all(runners.map(drain));

        const jobs = await a.deps.database.db
          .selectFrom('jobs')
          .select(['id', 'status'])
          .where('unique_key', 'like', 'many-%')
          .execute();
        expect(jobs).toHaveLength(200);
        expect(jobs.filter((j) => j.status !== 'done')).toEqual([]);
        const twice = jobs.filter((j) => ran.of(j.id) !== 1);
        expect(twice).toEqual([]);
        expect(ran.byJob.size).toBe(200);
      } finally {
        await b.close();
      }
    },
  );
});

/**
 * Both "processes" tick at once. On SQLite two connections in one thread cannot contend (the second
 * BEGIN IMMEDIATE blocks the thread the first needs to commit), so there they take turns.
 */
const tickBoth = async (a: Runtime, b: Runtime) => {
  if (onPostgres) await Promise.all([a.deps.jobs.tick(), b.deps.jobs.tick()]);
  else for (const r of [a, b]) await r.deps.jobs.tick();
};

describe('platform.purge-sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const purgeJobs = () =>
    t.runtime.deps.database.db
      .selectFrom('jobs')
      .selectAll()
      .where('kind', '=', 'platform.purge-sessions')
      .orderBy('run_at')
      .execute();

  it('removes expired sessions and schedules its next run exactly once with two processes', async () => {
    const b = await secondProcess(t, t.clock);
    try {
      const desk = await t.login('frontdesk');
      expect(await purgeJobs()).toHaveLength(1); // the second process's start added no other

      t.clock.advance(t.runtime.deps.config.sessionIdleMs + 1);
      await tickBoth(t.runtime, b);
      expect(await t.runtime.deps.database.db.selectFrom('sessions').select('id').execute()).toEqual([]);
      expect((await desk.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);

      let jobs = await purgeJobs();
      const nextHour = Math.floor(t.clock.now() / HOUR) * HOUR + HOUR;
      expect(jobs.map((j) => [j.status, j.attempts])).toEqual([
        ['done', 1],
        ['pending', 0],
      ]);
      expect(jobs[1]!.run_at).toBe(nextHour);

      // The next run, again with both processes ticking, schedules one successor.
      t.clock.current = nextHour;
      await tickBoth(t.runtime, b);
      jobs = await purgeJobs();
      expect(jobs.map((j) => j.status)).toEqual(['done', 'done', 'pending']);
      expect(jobs[2]!.run_at).toBe(nextHour + HOUR);
    } finally {
      await b.close();
    }
  });
});
