import { loadavg } from 'node:os';
import { personSortKey } from '../../server/src/modules/lookup/lookup-index.service.js';
import type { Db } from '../../server/src/db/database.js';
import { openBenchApp, settle } from '../lookup/bench-database.js';
import { generateBenchData } from '../lookup/bench-data.js';
import { ms, percentile } from '../lookup/bench-queries.js';
import { generateRegister } from '../register/bench-register-data.js';
import { probeHealth, runExport, signIn, type ExportRun } from './bench-exports-http.js';

// npm run bench:exports — does the server stay responsive while it builds .xlsx files? GET /api/health
// over a real socket every 20 ms from a worker thread (health-probe.ts: a blocked server cannot hold
// the probe back, and each request is timed from when it was due), idle and then during four
// simultaneous full-size exports by four users: three directory exports of people (100k on file,
// so each stops at the 50,000-row cap) and the service register (12,000 records, so it stops at its
// 10,000-row cap). SQLite by default; BENCH_DATABASE_URL=postgres://… runs it on a fresh PostgreSQL
// database. BENCH_ROUNDS (default 2) repeats the four exports, pooling the health samples.

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
/** One health request every 20 ms, as a monitor or a busy desk might send them. */
const INTERVAL_MS = 20;
const IDLE_SAMPLES = 250;
/** A bound on the probe during one round (10 minutes), so a stuck export cannot keep it going for ever. */
const MAX_SAMPLES_PER_ROUND = 30_000;
const REGISTER_RECORDS = 12_000;
const TARGET_MS = 50;

/**
 * The lookup benchmark's generator leaves people.sort_key empty (its queries never sort); the list,
 * and so the export, is ordered by it, so it gets the key the app writes (pinyin of the name).
 */
async function writeSortKeys(db: Db, propertyId: string) {
  const people = await db
    .selectFrom('people')
    .select(['id', 'name'])
    .where('property_id', '=', propertyId)
    .execute();
  await db.transaction().execute(async (trx) => {
    for (const p of people)
      await trx
        .updateTable('people')
        .set({ sort_key: personSortKey(p.name) })
        .where('id', '=', p.id)
        .execute();
  });
}

const app = await openBenchApp();
const { bench, runtime, db, propertyId, departments } = app;
try {
  const started = performance.now();
  await db.transaction().execute(async (trx) => {
    await generateBenchData(trx, propertyId, Date.now());
  });
  await writeSortKeys(db, propertyId);
  const users = Object.fromEntries(
    (await db.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.username, u.id]),
  );
  await generateRegister(bench.handle, {
    propertyId,
    departments,
    staff: {
      desk: [users.frontdesk!, users.supervisor!, users.manager!],
      byDepartment: { service: [users.frontdesk!, users.supervisor!], engineering: [users.engineer!] },
    },
    records: REGISTER_RECORDS,
    now: Date.now(),
  });
  await settle(bench.handle);
  console.log(
    `${bench.label}: 100000 people and ${REGISTER_RECORDS} service records generated in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const address = await runtime.app.listen({ port: 0, host: '127.0.0.1' });
  const people = `/api/v1/directory-io/exports/people?propertyId=${propertyId}`;
  const register = `/api/v1/service-records/export?propertyId=${propertyId}`;
  const runs: ExportRun[] = [
    { label: 'people (frontdesk)', cookie: await signIn(address, 'frontdesk'), path: people },
    { label: 'people (supervisor)', cookie: await signIn(address, 'supervisor'), path: people },
    { label: 'people (manager)', cookie: await signIn(address, 'manager'), path: people },
    { label: 'register (admin)', cookie: await signIn(address, 'admin'), path: register },
  ];
  // Warm-up: one export of each, alone, so the code and caches are warm and each file's size is known.
  for (const run of [runs[0]!, runs[3]!]) {
    const one = await runExport(address, run);
    console.log(
      `alone: ${run.label} ${(one.ms / 1000).toFixed(1)} s, ${(one.bytes / 1024 / 1024).toFixed(1)} MB`,
    );
  }

  console.log(
    `load average before measuring: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const idle = await probeHealth(address, { intervalMs: INTERVAL_MS, max: IDLE_SAMPLES }).done;
  const during: number[] = [];
  let failed = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const t0 = performance.now();
    const probe = probeHealth(address, { intervalMs: INTERVAL_MS, max: MAX_SAMPLES_PER_ROUND });
    const results = await Promise.all(runs.map((run) => runExport(address, run)));
    const { times, failed: lost } = await probe.stop();
    during.push(...times);
    failed += lost;
    console.log(
      `round ${round}: four exports in ${((performance.now() - t0) / 1000).toFixed(1)} s ` +
        `(${results.map((r, i) => `${runs[i]!.label} ${(r.ms / 1000).toFixed(1)} s`).join(', ')}); ` +
        `${times.length} health requests (${lost} unanswered), p50 ${ms(percentile(times, 50))} ms, ` +
        `p95 ${ms(percentile(times, 95))} ms, max ${ms(times.at(-1) ?? 0)} ms`,
    );
  }
  during.sort((a, b) => a - b);
  const idleP50 = percentile(idle.times, 50);
  const duringP50 = percentile(during, 50);
  console.log(`health, ms          p50       p95       max   requests  unanswered`);
  for (const [name, times, lost] of [
    ['idle', idle.times, idle.failed],
    ['during exports', during, failed],
  ] as const)
    console.log(
      `${name.padEnd(15)} ${[percentile(times, 50), percentile(times, 95), times.at(-1) ?? 0]
        .map((v) => ms(v).padStart(9))
        .join(' ')} ${String(times.length).padStart(9)} ${String(lost).padStart(11)}`,
    );
  console.log(`target: health under ${TARGET_MS} ms during four exports`);
  console.log(
    `exports health_p50_ms=${ms(duringP50)} idle_p50_ms=${ms(idleP50)} ratio=${(duringP50 / idleP50).toFixed(1)}`,
  );
} finally {
  await app.close();
}
