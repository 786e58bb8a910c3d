import type {
  Satisfaction,
  ServiceChannel,
  ServiceKind,
  ServiceSeverity,
  ServiceStatus,
} from '@qiantai/contracts';
import { sql } from 'kysely';
import { newId } from '../../server/src/db/ids.js';
import type { DatabaseHandle, Db } from '../../server/src/db/database.js';
import type { ServiceRecordsTable } from '../../server/src/modules/service-records/service-records.tables.js';
import { todayIn } from '../../server/src/platform/time/calendar.js';
import { fakeName } from '../../server/src/seed/fake-names.js';
import { FakeResidents, Rng } from '../../server/src/seed/fake-residents.js';

// Two years of one property's register, written in bulk straight into the tables (the create path
// is measured on its own): a realistic mix of kinds, channels, severities and departments; old
// records mostly finished, the last few days' still being worked, a few stale ones left overdue.

const DAY_MS = 86_400_000;
const MINUTE = 60_000;
const HOUR = 3_600_000;
const ZONE = 'Asia/Shanghai';
const CUSTOMERS = 20_000;
const UNITS_PER_BUILDING = 100;
const BUILDINGS = 30;
/** Rows per INSERT: 34 columns × 900 stays under SQLite's 32,766 bound parameters. */
const ROWS_PER_INSERT = 900;
/** Rows per transaction: big enough to be fast, small enough to keep memory flat. */
const ROWS_PER_TRANSACTION = 45_000;

export interface RegisterStaff {
  desk: string[];
  byDepartment: Record<string, string[]>;
}

export interface BenchRegister {
  propertyId: string;
  departments: Record<string, string>;
  first: number;
  last: number;
  /** Local dates (YYYY-MM-DD) that have records. */
  days: string[];
  /** Some record numbers, for searches by number. */
  numbers: string[];
  /** How long building the indexes after the load took. */
  indexSeconds: number;
}

/** [value, weight] lists: the mix of the desk's work. */
type Mix<T> = readonly (readonly [T, number])[];
const KINDS: Mix<ServiceKind> = [
  ['inquiry', 34],
  ['repair', 30],
  ['complaint', 8],
  ['suggestion', 4],
  ['parking', 6],
  ['move_in', 4],
  ['follow_up', 5],
  ['special_service', 5],
  ['certificate', 4],
];
const CHANNELS: Mix<ServiceChannel> = [
  ['walk_in', 40],
  ['phone', 45],
  ['wechat', 10],
  ['resident_portal', 5],
];
const DEPARTMENT_OF: Record<string, Mix<string>> = {
  repair: [
    ['engineering', 85],
    ['cleaning', 10],
    ['security', 5],
  ],
  complaint: [
    ['service', 60],
    ['engineering', 15],
    ['security', 15],
    ['cleaning', 10],
  ],
  parking: [['security', 1]],
};
const CONTENT: Record<string, string[]> = {
  inquiry: ['咨询物业费缴纳方式', '快递柜在哪里', '装修需要办理什么手续', '停车月卡怎么办理', '门禁卡补办'],
  repair: ['卫生间漏水', '厨房下水堵塞', '楼道灯不亮', '门禁失灵', '空调不制冷', '电梯按钮失灵'],
  complaint: ['楼上装修噪音', '夜间施工扰民', '垃圾清运不及时', '车位被占用', '宠物扰民'],
  suggestion: ['建议增加快递柜', '建议延长泳池开放时间', '建议增加儿童游乐设施'],
  parking: ['临时车位申请', '车位租赁续期', '访客车辆登记'],
  move_in: ['办理入伙手续', '领取钥匙', '交房验收预约'],
  follow_up: ['维修回访', '投诉回访'],
  special_service: ['家政保洁预约', '代收快递', '搬家协助'],
  certificate: ['办理出入证', '开具居住证明'],
};

function pickFrom<T>(rng: Rng, mix: Mix<T>): T {
  const total = mix.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.next() * total;
  for (const [value, weight] of mix) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return mix[mix.length - 1]![0];
}

async function insertInBatches(db: Db, table: 'service_records' | 'buildings' | 'units', rows: object[]) {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + ROWS_PER_INSERT) as never)
      .execute();
}

async function makeUnits(db: Db, propertyId: string, now: number): Promise<string[]> {
  const stamp = { created_at: now, updated_at: now, version: 1 };
  const buildings: object[] = [];
  const units: object[] = [];
  const ids: string[] = [];
  for (let b = 1; b <= BUILDINGS; b++) {
    const buildingId = newId(now);
    buildings.push({
      id: buildingId,
      property_id: propertyId,
      code: `R${b}`,
      name: `R${b}栋`,
      floors: 25,
      note: '',
      ...stamp,
    });
    for (let u = 0; u < UNITS_PER_BUILDING; u++) {
      const room = String(Math.floor(u / 4) * 100 + 101 + (u % 4));
      const id = newId(now);
      ids.push(id);
      units.push({
        id,
        property_id: propertyId,
        building_id: buildingId,
        entrance: '1',
        room,
        code: `R${b}-1-${room}`,
        floor: Math.floor(u / 4) + 1,
        area_sqm: 89,
        type: 'residential',
        note: '',
        ...stamp,
      });
    }
  }
  await insertInBatches(db, 'buildings', buildings);
  await insertInBatches(db, 'units', units);
  return ids;
}

/**
 * Runs a bulk load with the register's secondary indexes dropped, then builds them again from their
 * own definitions (as read from the database): building an index once is far faster than keeping
 * ten of them up to date through a million inserts. The primary key and the unique number stay.
 * Returns the seconds the rebuild took.
 */
async function withoutIndexes(handle: DatabaseHandle, load: () => Promise<void>): Promise<number> {
  const { db } = handle;
  const query =
    handle.dialect === 'postgres'
      ? sql<{ name: string; definition: string }>`SELECT indexname AS name, indexdef AS definition
          FROM pg_indexes WHERE tablename = 'service_records'
          AND indexname NOT IN (SELECT conname FROM pg_constraint)`
      : sql<{ name: string; definition: string }>`SELECT name, sql AS definition FROM sqlite_master
          WHERE type = 'index' AND tbl_name = 'service_records' AND sql IS NOT NULL`;
  const { rows: indexes } = await query.execute(db);
  for (const index of indexes) await db.schema.dropIndex(index.name).execute();
  await load();
  const started = performance.now();
  for (const index of indexes) await sql.raw(index.definition).execute(db);
  return (performance.now() - started) / 1000;
}

/** Where a record stands, by how long ago it was logged. */
/** 'answered': closed at the desk in one step. */
function statusOf(rng: Rng, kind: ServiceKind, ageMs: number): ServiceStatus | 'answered' {
  if (ageMs < 3 * DAY_MS)
    return pickFrom<ServiceStatus>(rng, [
      ['new', 25],
      ['accepted', 15],
      ['in_progress', 20],
      ['waiting_customer', 5],
      ['done', 15],
      ['closed', 20],
    ]);
  if (kind === 'inquiry' || kind === 'suggestion')
    return pickFrom<ServiceStatus | 'answered'>(rng, [
      ['answered', 80],
      ['closed', 17],
      ['cancelled', 2],
      ['in_progress', 1],
    ]);
  return pickFrom<ServiceStatus>(rng, [
    ['closed', 70],
    ['followed_up', 15],
    ['done', 8],
    ['cancelled', 5],
    ['accepted', 1],
    ['in_progress', 1],
  ]);
}

const SATISFACTION: Mix<Satisfaction> = [
  ['very_satisfied', 30],
  ['satisfied', 50],
  ['neutral', 12],
  ['dissatisfied', 6],
  ['very_dissatisfied', 2],
];

interface MakerOptions {
  propertyId: string;
  departments: Record<string, string>;
  staff: RegisterStaff;
  records: number;
  now: number;
}

/** Record i of n, spread evenly over two years up to `now`, with its day's next number. */
function recordMaker(opts: MakerOptions, unitIds: readonly string[]) {
  const { propertyId, departments, staff, now } = opts;
  const rng = new Rng(20261127);
  const fake = new FakeResidents(7);
  const customers = Array.from({ length: CUSTOMERS }, () => ({
    name: fakeName(rng, rng.next() < 0.5 ? 'male' : 'female'),
    phone: fake.mobile(),
  }));
  const first = now - 730 * DAY_MS;
  const step = (now - first) / opts.records;
  const counters = new Map<string, number>();
  const numbers: string[] = [];

  function row(i: number): ServiceRecordsTable {
    // Evenly spread with jitter, so times stay in order and every day has its share.
    const createdAt = Math.floor(first + i * step + rng.next() * step * 0.9);
    const day = todayIn(ZONE, createdAt);
    const n = (counters.get(day) ?? 0) + 1;
    counters.set(day, n);
    const number = `KF-${day.replaceAll('-', '')}-${String(n).padStart(4, '0')}`;
    if (i % 997 === 0) numbers.push(number);

    const kind = pickFrom(rng, KINDS);
    const drawn = statusOf(rng, kind, now - createdAt);
    const answered = drawn === 'answered';
    const status = answered ? 'closed' : drawn;
    const severity =
      kind === 'repair'
        ? pickFrom<ServiceSeverity>(rng, [
            ['general', 93],
            ['major', 5],
            ['emergency', 2],
          ])
        : kind === 'complaint' && rng.next() < 0.08
          ? 'major'
          : 'general';
    const departmentCode = answered ? null : pickFrom(rng, DEPARTMENT_OF[kind] ?? [['service', 1]]);
    const creator = rng.pick(staff.desk);
    const workers = departmentCode ? (staff.byDepartment[departmentCode] ?? []) : [];
    const assignee = answered ? creator : status === 'new' || workers.length === 0 ? null : rng.pick(workers);
    const fast = severity === 'emergency' ? 10 * MINUTE : severity === 'major' ? 15 * MINUTE : 30 * MINUTE;
    const finished = ['done', 'followed_up', 'closed'].includes(status);
    const doneAt = answered ? createdAt : finished ? createdAt + rng.int(30, 36 * 60) * MINUTE : null;
    const customer = rng.pick(customers);
    const followed = status === 'followed_up' || (status === 'closed' && !answered && rng.next() < 0.6);
    return {
      id: newId(createdAt),
      property_id: propertyId,
      number,
      kind,
      channel: pickFrom(rng, CHANNELS),
      severity,
      category_id: null,
      status,
      resolution: answered
        ? 'answered_at_desk'
        : status === 'cancelled'
          ? 'cancelled'
          : finished
            ? 'completed'
            : null,
      customer_person_id: null,
      customer_name: customer.name,
      customer_phone: rng.next() < 0.7 ? customer.phone : '',
      customer_language: 'zh-CN',
      unit_id: rng.next() < 0.6 ? rng.pick(unitIds) : null,
      content: rng.pick(CONTENT[kind]!),
      result: finished ? '已处理完毕' : '',
      department_id: departmentCode ? departments[departmentCode]! : null,
      assignee_user_id: assignee,
      sla_policy_id: null,
      respond_due_at: answered ? null : createdAt + fast,
      resolve_due_at: answered ? null : createdAt + (severity === 'general' ? 24 * HOUR : 6 * HOUR),
      respond_warn_at: answered ? null : createdAt + fast * 0.8,
      resolve_warn_at: answered ? null : createdAt + (severity === 'general' ? 24 * HOUR : 6 * HOUR) * 0.8,
      responded_at: answered || status !== 'new' ? createdAt + rng.int(1, 40) * MINUTE : null,
      done_at: doneAt,
      closed_at: status === 'closed' ? (doneAt ?? createdAt) + (answered ? 0 : 2 * DAY_MS) : null,
      paused_at: status === 'waiting_customer' ? createdAt + HOUR : null,
      sla_epoch: 1,
      escalation_level: 0,
      acknowledged_at: null,
      acknowledged_by: null,
      satisfaction: followed ? pickFrom(rng, SATISFACTION) : null,
      created_by: creator,
      created_at: createdAt,
      updated_at: doneAt ?? createdAt,
      version: 1,
    };
  }
  return { row, counters, numbers, first };
}

export async function generateRegister(handle: DatabaseHandle, opts: MakerOptions): Promise<BenchRegister> {
  const { db } = handle;
  const maker = recordMaker(opts, await makeUnits(db, opts.propertyId, opts.now));
  const indexSeconds = await withoutIndexes(handle, async () => {
    for (let start = 0; start < opts.records; start += ROWS_PER_TRANSACTION) {
      const count = Math.min(ROWS_PER_TRANSACTION, opts.records - start);
      const rows = Array.from({ length: count }, (_, k) => maker.row(start + k));
      await db.transaction().execute((trx) => insertInBatches(trx, 'service_records', rows));
    }
  });
  // The days' counters, so numbers the create path draws today follow the generated ones.
  const counterRows = [...maker.counters].map(([day, last]) => ({
    property_id: opts.propertyId,
    day: day.replaceAll('-', ''),
    last,
  }));
  for (let i = 0; i < counterRows.length; i += 500)
    await db
      .insertInto('service_record_counters')
      .values(counterRows.slice(i, i + 500))
      .execute();
  return {
    propertyId: opts.propertyId,
    departments: opts.departments,
    first: maker.first,
    last: opts.now,
    days: [...maker.counters.keys()],
    numbers: maker.numbers,
    indexSeconds,
  };
}
