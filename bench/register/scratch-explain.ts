import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely';
import type { Database } from '../../server/src/db/schema.js';
import * as repo from '../../server/src/modules/service-records/service-records.repository.js';

const file = process.argv[2]!;
const sqlite = new SqliteDatabase(file);
let captured: CompiledQuery[] = [];
const db = new Kysely<Database>({
  dialect: new SqliteDialect({ database: sqlite }),
  log: (e) => {
    if (e.level === 'query') captured.push(e.query);
  },
});
const p = (sqlite.prepare("select id from properties where code='JXHY'").get() as { id: string }).id;
const eng = (
  sqlite.prepare("select id from departments where property_id=? and code='engineering'").get(p) as {
    id: string;
  }
).id;
const OPEN = ['new', 'accepted', 'in_progress', 'waiting_customer'];
const now = Date.now();
const filters: Record<string, repo.RecordFilter> = {
  none: { propertyId: p },
  month: { propertyId: p, createdFrom: Date.UTC(2025, 5, 1), createdBefore: Date.UTC(2025, 6, 1) },
  'repair+in_progress': { propertyId: p, kinds: ['repair'], statuses: ['in_progress'] },
  'complaint+closed': { propertyId: p, kinds: ['complaint'], statuses: ['closed'] },
  'repair+done,fu': { propertyId: p, kinds: ['repair'], statuses: ['done', 'followed_up'] },
  'complaint+new,acc': { propertyId: p, kinds: ['complaint'], statuses: ['new', 'accepted'] },
  'dept queue': { propertyId: p, onlyDepartmentId: eng, statuses: OPEN },
  'dept all': { propertyId: p, onlyDepartmentId: eng },
  overdue: { propertyId: p, statuses: OPEN, overdueAt: now },
  open: { propertyId: p, statuses: OPEN },
  'number full': { propertyId: p, q: 'KF-20250315-0042' },
  'number day': { propertyId: p, q: 'KF-20250315' },
};
const only = process.argv[3];
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function timed(run: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return median(times).toFixed(1);
}
for (const [name, f] of Object.entries(filters)) {
  if (only && !name.includes(only)) continue;
  captured = [];
  const page1 = await timed(() => repo.listRecords(db, f, 0, 20));
  const listSql = captured[0]!;
  captured = [];
  const deep = await timed(() => repo.listRecords(db, f, 9980, 20));
  const count = await timed(() => repo.countRecords(db, f, 10_000));
  const countSql = captured.at(-1)!;
  const n = await repo.countRecords(db, f, 10_000);
  console.log(`\n## ${name}: list p1 ${page1} ms, deep ${deep} ms, count ${count} ms (n=${n})`);
  for (const [label, q] of [
    ['list', listSql],
    ['count', countSql],
  ] as const) {
    const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.parameters as unknown[])) as {
      detail: string;
    }[];
    console.log(`  ${label}: ${plan.map((r) => r.detail).join(' | ')}`);
  }
}
await db.destroy();
