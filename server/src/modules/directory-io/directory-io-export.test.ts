import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { unmaskedPersonalData } from '../../test/personal-data.js';
import { residentId } from '../people/people.test-kit.js';
import { download, importFile, xlsx } from './directory-io.test-kit.js';

// Units, vehicles, parking and leases imported from files, then every kind exported: masked by
// default, in full only with person.reveal and on the record, formula-like text escaped.

let t: TestApp;
let supervisor: Agent;
let p1: string;
let p2: string;
const LIU_ID = residentId('19780203', '011');
const HYPERLINK = '=HYPERLINK("http://x.cn","点我")';
const REASON = encodeURIComponent(' 业主委员会换届选举核对名单 ');

async function imported(kind: string, header: string[], rows: unknown[][]) {
  const res = await importFile(supervisor, kind, p1, 'all', await xlsx(header, rows as never));
  if (res.statusCode !== 200) throw new Error(`import ${kind}: ${res.statusCode} ${res.body}`);
  return res.json<{ created: number; updated: number; skipped: number }>();
}

beforeAll(async () => {
  t = await startTestApp();
  supervisor = await t.login('supervisor');
  [p1, p2] = await t.propertyIds();
});
afterAll(() => t.close());

const exportUrl = (kind: string, query = '') =>
  `/api/v1/directory-io/exports/${kind}?propertyId=${p1}${query}`;

describe('import of units, people, vehicles, parking and leases', () => {
  const units = [
    ['房号', '楼栋名称', '楼层', '面积（㎡）', '房屋类型'],
    [
      ['8-1-601', '8号楼', 6, 96.5, '住宅'],
      ['8栋1单元602', '', '6', '', ''],
      ['S-101', '底商', 1, 120, '商铺'],
    ],
  ] as const;
  const people = [
    ['姓名', '手机', '证件号码', '房号', '身份', '备注'],
    [
      ['刘洋', '13600001234', LIU_ID, '8-1-601', '业主', '+1'],
      [HYPERLINK, '13700004321', '', '8-1-602', '租户', '-2'],
    ],
  ] as const;
  const vehicles = [
    ['车牌', '品牌型号', '车主姓名', '车主手机', '车主证件号码'],
    [
      ['粤B8A601', '@SUM(A1:A9)', '刘洋', '13600001234', ''],
      ['粤BD12345', '', '', '', LIU_ID],
    ],
  ] as const;
  const parking = [
    ['车位编号', '车位类型', '状态', '持有人姓名', '持有人手机', '车牌'],
    [['b2-017', '产权', '占用', '刘洋', '13600001234', '粤B8A601']],
  ] as const;
  const leases = [
    ['房号', '租户姓名', '租户手机', '开始日期', '结束日期', '月租金（元）', '押金（元）'],
    [['8-1-602', HYPERLINK, '13700004321', '2026-01-01', '2026-12-31', '3500.5', '7001']],
  ] as const;
  const all = { units, people, vehicles, parking, leases };

  it('creates each kind through its module, formula-like text kept as typed', async () => {
    for (const [kind, [header, rows]] of Object.entries(all))
      expect(
        await imported(
          kind,
          [...header],
          rows.map((r) => [...r]),
        ),
        kind,
      ).toMatchObject({ created: rows.length });
    const unitList = (await supervisor.request('GET', `/api/v1/units?propertyId=${p1}&q=8-1`)).json<{
      items: { code: string; floor: number; areaSqm: number }[];
    }>();
    expect(unitList.items.map((u) => u.code)).toEqual(['8-1-601', '8-1-602']);
    const buildings = (await supervisor.request('GET', `/api/v1/buildings?propertyId=${p1}`)).json<
      { name: string }[]
    >();
    expect(buildings.map((b) => b.name)).toEqual(expect.arrayContaining(['8号楼', '底商']));
    const tenant = (await supervisor.request('GET', `/api/v1/people?propertyId=${p1}&q=hyperlink`)).json<{
      items: { name: string; notes: string }[];
    }>();
    expect(tenant.items[0]).toMatchObject({ name: HYPERLINK, notes: '-2' });
    const cars = (await supervisor.request('GET', `/api/v1/vehicles?propertyId=${p1}`)).json<{
      items: { plate: string; model: string; personName: string }[];
    }>();
    expect(cars.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ plate: '粤B8A601', model: '@SUM(A1:A9)', personName: '刘洋' }),
        expect.objectContaining({ plate: '粤BD12345', personName: '刘洋' }),
      ]),
    );
    const space = (await supervisor.request('GET', `/api/v1/parking-spaces?propertyId=${p1}&q=B2-017`)).json<{
      items: unknown[];
    }>();
    expect(space.items).toMatchObject([
      { number: 'B2-017', type: 'owned', status: 'occupied', holderName: '刘洋', plates: ['粤B8A601'] },
    ]);
    const lease = (await supervisor.request('GET', `/api/v1/leases?propertyId=${p1}`)).json<{
      items: unknown[];
    }>();
    expect(lease.items).toMatchObject([
      { unitCode: '8-1-602', tenantName: HYPERLINK, rentFen: 350050, depositFen: 700100 },
    ]);
  });

  it('imports every file a second time without a single duplicate', async () => {
    for (const [kind, [header, rows]] of Object.entries(all))
      expect(
        await imported(
          kind,
          [...header],
          rows.map((r) => [...r]),
        ),
        kind,
      ).toEqual({
        kind,
        total: rows.length,
        valid: rows.length,
        created: 0,
        updated: 0,
        skipped: rows.length,
        errors: [],
      });
  });
});

describe('export', () => {
  it('masks phones and ID numbers by default and escapes formula-like cells', async () => {
    for (const kind of ['people', 'units', 'vehicles', 'parking', 'leases']) {
      const file = await download(supervisor, exportUrl(kind));
      expect(file.rows.length, kind).toBeGreaterThan(1);
      expect(unmaskedPersonalData(file.rows), kind).toEqual([]);
      expect(file.formulas, kind).toEqual([]);
      for (const cell of file.rows.slice(1).flat()) expect(cell, kind).not.toMatch(/^[=+\-@]/);
    }
    const people = await download(supervisor, exportUrl('people'));
    expect(people.rows[0]!.slice(0, 3)).toEqual(['姓名\nName', '性别\nGender', '手机\nMobile']);
    const names = people.rows.map((r) => r[0]);
    expect(names).toContain(`'${HYPERLINK}`);
    expect(people.rows.find((r) => r[0] === '刘洋')).toEqual(
      expect.arrayContaining(['136****1234', `4403${'*'.repeat(10)}${LIU_ID.slice(-4)}`, "'+1"]),
    );
    expect(people.rows.find((r) => r[0] === `'${HYPERLINK}`)).toContain("'-2");
    const vehicles = await download(supervisor, exportUrl('vehicles'));
    expect(vehicles.rows.flat()).toContain("'@SUM(A1:A9)");
    expect(people.disposition).toMatch(
      /^attachment; filename="people-[A-Z0-9]+-20261127\.xlsx"; filename\*=UTF-8''/,
    );
    expect(decodeURIComponent(people.disposition.split("UTF-8''")[1]!)).toMatch(
      /^住户名单-锦绣花园.*-20261127\.xlsx$/,
    );
  });

  it('exports the filtered list only', async () => {
    const file = await download(supervisor, exportUrl('units', '&q=8-1'));
    expect(file.rows.slice(1).map((r) => r[0])).toEqual(['8-1-601', '8-1-602']);
    const bad = await supervisor.request('GET', exportUrl('units', '&colour=red'));
    expect(bad.statusCode).toBe(400);
  });

  it('shows full data only with person.reveal, and records who exported what', async () => {
    for (const who of ['engineer', 'auditor']) {
      const agent = await t.login(who);
      expect((await agent.request('GET', exportUrl('people', '&full=1'))).statusCode, who).toBe(403);
    }
    expect(
      (await supervisor.request('GET', `/api/v1/directory-io/exports/people?propertyId=${p2}`)).statusCode,
    ).toBe(404);
    const desk = await t.login('frontdesk');
    const file = await download(desk, exportUrl('people', `&q=刘&full=1&reason=${REASON}`));
    expect(file.rows[1]).toEqual(expect.arrayContaining(['13600001234', LIU_ID]));
    const audit = await t.runtime.deps.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'directory.export.full')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_username: 'frontdesk', property_id: p1 });
    expect(JSON.parse(audit[0]!.detail!)).toMatchObject({
      kind: 'people',
      filters: { q: '刘' },
      rows: 1,
      reason: '业主委员会换届选举核对名单',
    });
  });
});
