import { loadavg } from 'node:os';
import { sql } from 'kysely';
import {
  permissionsOf,
  REGISTER_COUNT_CAP,
  serviceRecordQuerySchema,
  type CreateServiceRecordBody,
  type ServiceRecordQuery,
  type Role,
  type ServiceKind,
} from '@qiantai/contracts';
import type { Db } from '../../server/src/db/database.js';
import type { ServiceContext } from '../../server/src/platform/context.js';
import { createRecord } from '../../server/src/modules/service-records/record-create.service.js';
import { listRecords } from '../../server/src/modules/service-records/service-records.service.js';
import { Rng } from '../../server/src/seed/fake-residents.js';
import { openBenchApp } from '../lookup/bench-database.js';
import { ms, percentile } from '../lookup/bench-queries.js';
import { generateRegister, type BenchRegister } from './bench-register-data.js';

// npm run bench:register — the service register at 1M records of one property over two years: the
// list (listRecords, as the register page calls it) per common filter on page 1 and on the deepest
// page the capped total offers, then create throughput through the real createRecord path.
// SQLite by default; BENCH_DATABASE_URL=postgres://… runs it on a fresh PostgreSQL database.
// BENCH_RECORDS, BENCH_RUNS and BENCH_CREATES scale it down (or up).

const RECORDS = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const CREATES = Number(process.env.BENCH_CREATES ?? 3_000);
const WARM_UP = 20;
const INFORMATIONAL_RUNS = 20;
const PAGE_SIZE = 20;
/** The deepest page the register offers: its total is counted up to 10,000, 20 to a page. */
const DEEPEST_PAGE = REGISTER_COUNT_CAP / PAGE_SIZE;
const TARGET_MS = 50;

type Query = Record<string, string>;
interface Filter {
  name: string;
  /** Department staff see their department's queue only. */
  asEngineer?: boolean;
  /** Reported, but not a filter the target is set for. */
  informational?: boolean;
  make(rng: Rng, data: BenchRegister): Query;
}

const KIND_STATUS: [ServiceKind, string][] = [
  ['repair', 'in_progress'],
  ['complaint', 'closed'],
  ['repair', 'done,followed_up'],
  ['inquiry', 'closed'],
  ['complaint', 'new,accepted'],
];

const FILTERS: Filter[] = [
  { name: 'none', make: () => ({}) },
  {
    name: 'month',
    make: (rng, data) => {
      const month = rng.pick(data.days).slice(0, 7);
      const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
      return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
    },
  },
  {
    name: 'kind+status',
    make: (rng) => {
      const [kind, status] = rng.pick(KIND_STATUS);
      return { kind, status };
    },
  },
  { name: 'dept queue', asEngineer: true, make: () => ({ open: 'true' }) },
  { name: 'dept all', asEngineer: true, make: () => ({}) },
  { name: 'overdue', make: () => ({ overdue: 'true' }) },
  { name: 'open', make: () => ({ open: 'true' }) },
  {
    name: 'number',
    // A whole number as read out on the phone, or a day's prefix.
    make: (rng, data) => {
      const n = rng.pick(data.numbers);
      return { q: rng.next() < 0.5 ? n : n.slice(0, 11) };
    },
  },
  {
    name: 'words',
    informational: true,
    make: (rng) => ({ q: rng.pick(['漏水', '噪音', '快递', '停车', '门禁']) }),
  },
];

/** The generated register in numbers: statuses, and how many records are open. */
async function mixOf(db: Db, propertyId: string) {
  const rows = await db
    .selectFrom('service_records')
    .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('property_id', '=', propertyId)
    .groupBy('status')
    .execute();
  return rows
    .map((r) => `${r.status} ${Number(r.n)}`)
    .sort()
    .join(', ');
}

/** The queries of one series: the filter drawn anew each run, on page 1 or on the list's last page. */
async function seriesOf(
  filter: Filter,
  ctx: ServiceContext,
  data: BenchRegister,
  deep: boolean,
  seed: number,
) {
  const rng = new Rng(seed);
  const count = filter.informational ? 2 + INFORMATIONAL_RUNS : WARM_UP + RUNS;
  const queries: ServiceRecordQuery[] = [];
  for (let run = 0; run < count; run++) {
    const filters = { propertyId: data.propertyId, pageSize: String(PAGE_SIZE), ...filter.make(rng, data) };
    // The last page as the register's pager offers it: the total is counted up to 10,000.
    const total = deep ? (await listRecords(ctx, serviceRecordQuerySchema.parse(filters))).total : 0;
    const page = Math.max(1, Math.min(DEEPEST_PAGE, Math.ceil(total / PAGE_SIZE)));
    queries.push(serviceRecordQuerySchema.parse({ ...filters, page: String(page) }));
  }
  return queries;
}

/**
 * Wall-clock and CPU time of each call, sorted, warm-up runs left out. Wall time is what the desk
 * feels; CPU time (this process only) shows the cost without the wait for a core on a busy machine.
 */
async function timeRuns(
  queries: ServiceRecordQuery[],
  warmUp: number,
  run: (q: ServiceRecordQuery) => Promise<unknown>,
) {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const [i, q] of queries.entries()) {
    const cpuStart = process.cpuUsage();
    const t0 = performance.now();
    await run(q);
    if (i < warmUp) continue;
    wall.push(performance.now() - t0);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

async function measureList(data: BenchRegister, desk: ServiceContext, engineer: ServiceContext) {
  console.log(
    `load average before measuring: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(`listRecords, ms (${RUNS} runs each)      page 1                      last page`);
  console.log(`filter              p50      p99  cpu p99       p50      p99  cpu p99`);
  let worst = 0;
  let worstCpu = 0;
  for (const [i, filter] of FILTERS.entries()) {
    const ctx = filter.asEngineer ? engineer : desk;
    const cells: string[] = [];
    for (const deep of [false, true]) {
      const queries = await seriesOf(filter, ctx, data, deep, 100 + i * 7 + Number(deep));
      const warmUp = filter.informational ? 2 : WARM_UP;
      const { wall, cpu } = await timeRuns(queries, warmUp, (q) => listRecords(ctx, q));
      if (!filter.informational) {
        worst = Math.max(worst, percentile(wall, 99));
        worstCpu = Math.max(worstCpu, percentile(cpu, 99));
      }
      cells.push(
        ...[percentile(wall, 50), percentile(wall, 99), percentile(cpu, 99)].map((v) => ms(v).padStart(8)),
      );
    }
    // A scan of every record is slow by nature: a few runs show what it costs.
    const flag = filter.informational ? `  (${INFORMATIONAL_RUNS} runs; no index can serve it)` : '';
    console.log(
      `${filter.name.padEnd(14)} ${cells.slice(0, 3).join(' ')}  ${cells.slice(3).join(' ')}${flag}`,
    );
  }
  console.log(`worst p99 ${ms(worst)} ms wall, ${ms(worstCpu)} ms cpu (target ${TARGET_MS} ms)`);
  return worst;
}

/** Creates one after another, as desks do: each one its own transaction, history, deadlines, events. */
async function measureCreates(desk: ServiceContext, propertyId: string, engineering: string) {
  const rng = new Rng(99);
  const bodies = Array.from({ length: CREATES }, (_, i): CreateServiceRecordBody => {
    const base = {
      propertyId,
      channel: 'phone' as const,
      severity: 'general' as const,
      categoryId: null,
      customerPersonId: null,
      customerName: '王先生',
      customerPhone: '13900138000',
      customerLanguage: '',
      unitId: null,
      departmentId: null,
      assigneeUserId: null,
      answeredAtDesk: false,
      result: '',
    };
    const roll = rng.next();
    if (roll < 0.35)
      return { ...base, kind: 'inquiry', content: `咨询 ${i}`, answeredAtDesk: true, result: '已答复' };
    if (roll < 0.75) return { ...base, kind: 'repair', content: `报修 ${i}`, departmentId: engineering };
    if (roll < 0.9) return { ...base, kind: 'complaint', content: `投诉 ${i}` };
    return { ...base, kind: 'special_service', content: `特约服务 ${i}` };
  });
  const t0 = performance.now();
  for (const body of bodies) await createRecord(desk, body);
  const seconds = (performance.now() - t0) / 1000;
  const perSecond = CREATES / seconds;
  console.log(
    `createRecord: ${CREATES} creates in ${seconds.toFixed(1)} s, ${perSecond.toFixed(0)}/s, ` +
      `mean ${ms((seconds * 1000) / CREATES)} ms`,
  );
  return perSecond;
}

const app = await openBenchApp();
const { bench, runtime, db, propertyId, departments } = app;
try {
  const accounts = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'department_id'])
    .execute();
  const users = Object.fromEntries(accounts.map((u) => [u.username, u.id]));
  const accountOf = (username: string) => accounts.find((u) => u.username === username)!;
  const actorCtx = (username: string, role: Role): ServiceContext => ({
    ...runtime.systemContext(),
    actor: {
      userId: users[username]!,
      username,
      displayName: accountOf(username).display_name,
      departmentId: accountOf(username).department_id,
      sessionId: 'bench',
      roles: [role],
      permissions: new Set(permissionsOf([role])),
      propertyIds: [propertyId],
    },
  });
  const desk = actorCtx('frontdesk', 'receptionist');
  const engineer = actorCtx('engineer', 'department_staff');

  const started = performance.now();
  const data = await generateRegister(bench.handle, {
    propertyId,
    departments,
    staff: {
      desk: [users.frontdesk!, users.supervisor!, users.manager!],
      byDepartment: { service: [users.frontdesk!, users.supervisor!], engineering: [users.engineer!] },
    },
    records: RECORDS,
    now: Date.now(),
  });
  // Statistics for the planner; on PostgreSQL also the visibility map, so index-only scans are
  // index-only (autovacuum would do it after such a load, in its own time).
  await sql.raw(bench.handle.dialect === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE').execute(db);
  const loaded = (performance.now() - started) / 1000;
  console.log(
    `${bench.label}: ${RECORDS} service records over ${data.days.length} days, loaded in ` +
      `${loaded.toFixed(1)} s (indexes built after the load in ${data.indexSeconds.toFixed(1)} s)`,
  );
  console.log(`mix: ${await mixOf(db, propertyId)}`);

  const worst = await measureList(data, desk, engineer);
  const perSecond = await measureCreates(desk, propertyId, departments.engineering!);
  console.log(`register list_p99_ms=${ms(worst)} create_per_s=${perSecond.toFixed(0)}`);
} finally {
  await app.close();
}
