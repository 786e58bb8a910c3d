import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testConfig, testDatabaseUrl } from '../../config.js';
import { backoffMs, enqueueJob } from '../../platform/jobs/job-runner.js';
import { createRuntime, type Runtime } from '../../runtime.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import type { TestTopic } from '../../platform/events/event-bus.js';
import { SseClient, signIn } from './sse-test-client.js';

const onPostgres = testDatabaseUrl() !== null;
// Short, so a disabled user's stream ends within the test; the production default is 15 s.
const HEARTBEAT_MS = 100;

let t: TestApp;
let base: string;
let p1: string;
let p2: string;
const clients: SseClient[] = [];

beforeAll(async () => {
  t = await startTestApp({ config: { eventsHeartbeatMs: HEARTBEAT_MS } });
  [p1, p2] = await t.propertyIds();
  base = await t.runtime.app.listen({ port: 0, host: '127.0.0.1' });
  t.runtime.deps.jobs.register('test.fail', async () => {
    throw new Error('meter reader offline');
  });
});
afterEach(() => {
  for (const c of clients.splice(0)) c.close();
});
afterAll(() => t.close());

async function connect(username: string | null, opts: { at?: string; lastEventId?: string } = {}) {
  const cookie = username ? (await signIn(opts.at ?? base, username)).cookie : null;
  const client = await SseClient.open(opts.at ?? base, cookie, opts.lastEventId);
  clients.push(client);
  return client;
}

const publish = (
  propertyId: string,
  topic: TestTopic = 'test.desk',
  permission: 'job.read' | null = null,
  runtime: Runtime = t.runtime,
) => runtime.deps.events.publish(runtime.systemContext(), { propertyId, topic, permission, data: { topic } });

describe('GET /api/v1/events', () => {
  it('delivers an event of a property to its users and to no one else', async () => {
    const desk = await connect('frontdesk');
    const desk2 = await connect('frontdesk2');
    const forP1 = await publish(p1);
    const forP2 = await publish(p2);
    const frame = await desk.waitForId(forP1);
    expect(frame.event).toBe('test.desk');
    expect(JSON.parse(frame.data!)).toMatchObject({ propertyId: p1, data: { topic: 'test.desk' } });
    await desk2.waitForId(forP2);
    expect(desk2.eventIds()).not.toContain(forP1);

    // Each later event proves the earlier one for the other property was not merely late.
    const laterP1 = await publish(p1);
    await desk.waitForId(laterP1);
    expect(desk.eventIds()).toEqual([forP1, laterP1]);
    expect(desk2.eventIds()).toEqual([forP2]);
  });

  it('keeps delivering to tabs opened after a subscriber that failed', async () => {
    // A broken stream (an outside probe opened one without a session) used to throw inside the
    // emitter and leave every later subscriber without events.
    const unsubscribe = t.runtime.deps.events.subscribe(() => {
      throw new Error('a broken stream');
    });
    try {
      const desk = await connect('frontdesk');
      const id = await publish(p1);
      await desk.waitForId(id);
    } finally {
      unsubscribe();
    }
  });

  it('delivers a permission-gated event only to users holding the permission', async () => {
    const admin = await connect('admin');
    const desk = await connect('frontdesk');
    const gated = await publish(p1, 'test.job', 'job.read');
    const open = await publish(p1);
    expect((await admin.waitForId(gated)).event).toBe('test.job');
    await admin.waitForId(open);
    await desk.waitForId(open);
    expect(desk.eventIds()).toEqual([open]);
  });

  it('refuses an anonymous caller with 401', async () => {
    const anon = await connect(null);
    expect(anon.status).toBe(401);
    expect(anon.errorBody).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('replays what a reconnecting user missed, and only what they may see', async () => {
    const first = await connect('frontdesk');
    const seen = await publish(p1);
    await first.waitForId(seen);
    first.close();
    await first.waitForEnd();

    const missed1 = await publish(p1);
    const gated = await publish(p1, 'test.job', 'job.read');
    const elsewhere = await publish(p2);
    const missed2 = await publish(p1);
    const again = await connect('frontdesk', { lastEventId: seen });
    const live = await publish(p1);
    await again.waitForId(live);
    expect(again.eventIds()).toEqual([missed1, missed2, live]);
    expect([gated, elsewhere].some((id) => again.eventIds().includes(id))).toBe(false);
  });

  it("ends a disabled user's stream", async () => {
    const { cookie } = await signIn(base, 'engineer');
    const eng = await SseClient.open(base, cookie);
    clients.push(eng);
    const before = await publish(p1);
    await eng.waitForId(before);

    const admin = await t.login('admin');
    const user = await t.runtime.deps.database.db
      .selectFrom('users')
      .select(['id', 'version'])
      .where('username', '=', 'engineer')
      .executeTakeFirstOrThrow();
    const res = await admin.request('PATCH', `/api/v1/users/${user.id}`, {
      version: user.version,
      disabled: true,
    });
    expect(res.statusCode).toBe(200);
    await eng.waitForEnd(20 * HEARTBEAT_MS);
    // The browser's automatic reconnect with the same cookie is refused.
    const again = await SseClient.open(base, cookie);
    expect(again.status).toBe(401);
  });

  it('does not keep an idle desk signed in just because the page is open', async () => {
    const { cookie } = await signIn(base, 'supervisor');
    const sup = await SseClient.open(base, cookie);
    clients.push(sup);
    // Half-hour steps with heartbeats in between: a heartbeat that counted as activity would
    // refresh the session every step and the stream would never end.
    const step = 30 * 60_000;
    for (let elapsed = 0; elapsed <= t.runtime.deps.config.sessionIdleMs; elapsed += step) {
      t.clock.advance(step);
      await new Promise((r) => setTimeout(r, 3 * HEARTBEAT_MS));
    }
    await sup.waitForEnd(20 * HEARTBEAT_MS);
  });

  it('tells admins live when a job of their property has failed for good', async () => {
    const admin = await connect('admin');
    const desk = await connect('frontdesk');
    const jobs = t.runtime.deps.jobs;
    await enqueueJob(t.runtime.systemContext(), {
      kind: 'test.fail',
      propertyId: p1,
      runAt: t.clock.now(),
      maxAttempts: 2,
      uniqueKey: 'meter-import',
    });
    const job = await t.runtime.deps.database.db
      .selectFrom('jobs')
      .select('id')
      .where('unique_key', '=', 'meter-import')
      .executeTakeFirstOrThrow();

    // The first failure will be retried: no alarm yet.
    await jobs.tick();
    const marker = await publish(p1);
    await admin.waitForId(marker);
    expect(admin.frames.filter((f) => f.event === 'job.failed')).toEqual([]);

    // Past the backoff only: a long jump would also end the admin's session (and stream).
    t.clock.advance(backoffMs(1));
    await jobs.tick();
    const failed = await admin.waitFor((f) => f.event === 'job.failed');
    expect(JSON.parse(failed.data!)).toMatchObject({
      propertyId: p1,
      data: { jobId: job.id, kind: 'test.fail', attempts: 2, error: 'meter reader offline' },
    });
    // The failure was committed before it was announced.
    const row = await t.runtime.deps.database.db
      .selectFrom('jobs')
      .select('status')
      .where('id', '=', job.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('failed');

    const later = await publish(p1);
    await desk.waitForId(later);
    expect(desk.frames.filter((f) => f.event === 'job.failed')).toEqual([]);
  });
});

describe('live events across app processes', () => {
  let b: Runtime | null = null;
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await b?.close();
    b = null;
  });

  const startB = async () => {
    b = await createRuntime(testConfig({ webDist: '/nonexistent', eventsHeartbeatMs: HEARTBEAT_MS }), {
      database: t.database.openAnother(),
      clock: t.clock.now,
    });
    return { runtime: b, url: await b.app.listen({ port: 0, host: '127.0.0.1' }) };
  };

  it('ends open streams when the server closes, so shutting down does not hang', async () => {
    const other = await startB();
    const desk = await connect('frontdesk', { at: other.url });
    await other.runtime.close();
    b = null;
    await desk.waitForEnd();
  });

  it.skipIf(!onPostgres)(
    'delivers an event published by one process to a user connected to another (PostgreSQL only: LISTEN/NOTIFY)',
    async () => {
      const other = await startB();
      const deskOnB = await connect('frontdesk', { at: other.url });
      const desk2OnB = await connect('frontdesk2', { at: other.url });
      const fromA = await publish(p1);
      const toP2 = await publish(p2);
      await deskOnB.waitForId(fromA);
      await desk2OnB.waitForId(toP2);
      expect(desk2OnB.eventIds()).toEqual([toP2]);
      // And the other way round.
      const deskOnA = await connect('frontdesk');
      const fromB = await publish(p1, 'test.desk', null, other.runtime);
      await deskOnA.waitForId(fromB);
    },
  );

  it.skipIf(!onPostgres)(
    'keeps delivering after the LISTEN connection is lost, including what was published meanwhile (PostgreSQL only)',
    async () => {
      const desk = await connect('frontdesk');
      await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND query = 'LISTEN qiantai_events'`.execute(
        t.runtime.deps.database.db,
      );
      const during = await publish(p1);
      await desk.waitForId(during, 10_000);
      const after = await publish(p1);
      await desk.waitForId(after, 10_000);
      expect(desk.eventIds()).toEqual([during, after]);
    },
  );
});
