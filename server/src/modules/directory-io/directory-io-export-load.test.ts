import { setImmediate as nextTurn } from 'node:timers/promises';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FULL_EXPORT_MAX_ROWS } from '@qiantai/contracts';
import { newId } from '../../db/ids.js';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { readXlsx } from './directory-io.test-kit.js';

// Exports of a large directory: the demo's people and enough more written straight to the table
// that the list is 200 longer than a full export holds. What is checked: a full export needs a
// reason and stops at FULL_EXPORT_MAX_ROWS, each user runs at most two exports at once, and the
// server answers other requests while an export is being made.

let t: TestApp;
let desk: Agent;
let p1: string;
const REASON = encodeURIComponent('业主大会表决票发放核对');

const exportUrl = (query = '') => `/api/v1/directory-io/exports/people?propertyId=${p1}${query}`;
const registerUrl = () => `/api/v1/service-records/export?propertyId=${p1}`;

async function fullExportAudits() {
  return t.runtime.deps.database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', 'directory.export.full')
    .orderBy('id')
    .execute();
}

beforeAll(async () => {
  t = await startTestApp({ demoDirectory: true });
  desk = await t.login('frontdesk');
  [p1] = await t.propertyIds();
  const now = t.clock.now();
  const db = t.runtime.deps.database.db;
  const { n } = await db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('property_id', '=', p1)
    .executeTakeFirstOrThrow();
  const people = Array.from({ length: FULL_EXPORT_MAX_ROWS + 200 - Number(n) }, (_, i) => ({
    id: newId(now),
    property_id: p1,
    name: `测试${String(i).padStart(4, '0')}`,
    gender: 'unknown' as const,
    mobile: null,
    other_phones: '[]',
    id_type: null,
    id_number_enc: null,
    id_number_hash: null,
    id_number_masked: null,
    language: '',
    notes: '',
    sort_key: `ce shi ${String(i).padStart(4, '0')}`,
    created_at: now,
    updated_at: now,
    version: 1,
  }));
  for (let i = 0; i < people.length; i += 500)
    await db
      .insertInto('people')
      .values(people.slice(i, i + 500))
      .execute();
}, 120_000);
afterAll(() => t.close());

describe('a full export', () => {
  it('needs a reason: without a good one, 400 naming the field, no file and nothing in the audit log', async () => {
    const reasons = ['', '&reason=', '&reason=%20%20%20', '&reason=abc', `&reason=${'长'.repeat(201)}`];
    for (const reason of [...reasons, '&reason=%E6%A0%B8%E5%AF%B9%0A%E5%90%8D%E5%8D%95']) {
      const res = await desk.request('GET', exportUrl(`&full=1${reason}`));
      expect(res.statusCode, reason).toBe(400);
      expect(res.headers['content-type'], reason).toMatch(/^application\/json/);
      const { error } = res.json<{ error: { code: string; details: { path: string; message: string }[] } }>();
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.details, reason).toEqual([
        { path: 'querystring.reason', message: expect.stringContaining('导出原因') },
      ]);
    }
    const english = await desk.request('GET', exportUrl('&full=1'), undefined, { 'accept-language': 'en' });
    expect(english.json<{ error: { message: string } }>().error.message).toMatch(/needs a reason/);
    expect(await fullExportAudits()).toEqual([]);
  });

  it(`stops at ${FULL_EXPORT_MAX_ROWS} records and says so; the reason is in the audit entry`, async () => {
    const res = await desk.request('GET', exportUrl(`&full=1&reason=${REASON}`));
    expect(res.statusCode, res.body).toBe(200);
    const file = await readXlsx(res.rawPayload);
    const note = file.workbook.worksheets[0]!.getCell('A1').note;
    expect(note).toMatch(/^共 \d+ 条；含完整号码的导出每次最多 5000 条，仅导出前 5000 条。/);
    expect(note).toMatch(/at most 5000, so only the first 5000 are exported/);
    const [entry] = await fullExportAudits();
    expect(JSON.parse(entry!.detail!)).toMatchObject({
      kind: 'people',
      records: FULL_EXPORT_MAX_ROWS,
      capped: true,
      reason: '业主大会表决票发放核对',
    });
    // The masked export of the same list has every record, and no note.
    const masked = await readXlsx((await desk.request('GET', exportUrl())).rawPayload);
    expect(masked.workbook.worksheets[0]!.getCell('A1').note).toBeUndefined();
    expect(masked.rows.length - 1).toBeGreaterThan(file.rows.length - 1);
  });
});

describe('export slots', () => {
  const statuses = (answers: { statusCode: number }[]) => answers.map((a) => a.statusCode).sort();

  it('lets a user run two exports at once: a third answers 429 until one of them is done', async () => {
    const supervisor = await t.login('supervisor');
    const answers = await Promise.all([1, 2, 3].map(() => supervisor.request('GET', exportUrl())));
    expect(statuses(answers)).toEqual([200, 200, 429]);
    const refused = answers.find((a) => a.statusCode === 429)!.json<{ error: Record<string, string> }>();
    expect(refused.error).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('导出') });
    // Both slots were given back.
    expect(statuses(await Promise.all([1, 2].map(() => supervisor.request('GET', exportUrl()))))).toEqual([
      200, 200,
    ]);
  });

  it('counts the service register export in the same slots, per user', async () => {
    const manager = await t.login('manager');
    const answers = await Promise.all([
      manager.request('GET', exportUrl()),
      manager.request('GET', exportUrl()),
      manager.request('GET', registerUrl()),
      desk.request('GET', registerUrl()),
    ]);
    // Which of the manager's three finds the slots taken depends on which reaches its slot last.
    expect(statuses(answers.slice(0, 3))).toEqual([200, 200, 429]);
    expect(answers[3]!.statusCode).toBe(200);
  });

  it('gives the slot back when an export fails', async () => {
    const admin = await t.login('admin');
    // An unknown filter fails inside the slot; were the slot kept, the third would answer 429.
    for (const _ of [1, 2, 3])
      expect((await admin.request('GET', exportUrl('&colour=red'))).statusCode).toBe(400);
    expect(statuses(await Promise.all([1, 2].map(() => admin.request('GET', exportUrl()))))).toEqual([
      200, 200,
    ]);
  });
});

/** Counts the SELECT statements run through the app's database: how far an export has read. */
class SelectCounter implements KyselyPlugin {
  count = 0;
  transformQuery(args: PluginTransformQueryArgs) {
    if (args.node.kind === 'SelectQueryNode') this.count += 1;
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs) {
    return args.result;
  }
}

describe('the event loop during an export', () => {
  it('answers a health check sent after a large export began, while the export is still reading', async () => {
    // No clocks: the order of events. The health check is sent on the event loop's next turn after
    // the export started. Were the export read or written without giving the loop a turn, the check
    // could only start once every page was read (and, on SQLite, once the file was built).
    const handle = t.runtime.deps.database;
    const db = handle.db;
    const counter = new SelectCounter();
    handle.db = db.withPlugin(counter);
    try {
      const order: string[] = [];
      let readAtHealth = 0;
      const exported = desk.request('GET', exportUrl()).then((res) => {
        order.push('export');
        return res;
      });
      const health = nextTurn()
        .then(() => t.anonymous().request('GET', '/api/health'))
        .then((res) => {
          readAtHealth = counter.count;
          order.push('health');
          return res;
        });
      const [file, answer] = await Promise.all([exported, health]);
      expect(file.statusCode).toBe(200);
      expect(answer.statusCode).toBe(200);
      expect(order).toEqual(['health', 'export']);
      // The export's reads went on after the health check was answered.
      expect(readAtHealth).toBeLessThan(counter.count);
    } finally {
      handle.db = db;
    }
  });
});
