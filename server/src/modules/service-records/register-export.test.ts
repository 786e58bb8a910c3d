import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER_SHEET_MAX_ROWS, type RegisterSheet } from '@qiantai/contracts';
import { newId } from '../../db/ids.js';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { unmaskedPersonalData } from '../../test/personal-data.js';
import { download, readXlsx } from '../directory-io/directory-io.test-kit.js';
import { makeBuilding, makeUnit } from '../buildings/buildings.test-kit.js';
import type { RecordRow } from './service-records.repository.js';
import { departmentIdOf } from '../properties/properties.test-kit.js';
import { recordKit } from './service-records.test-kit.js';

// The register printed and exported: kh-21-r01 and the complaints register, read back with exceljs.
// The test clock stands at 2026-11-27 09:00 in Shanghai (01:00 UTC).

let t: TestApp;
let desk: Agent;
let p1: string;
let p2: string;
const kit = () => recordKit(t, p1);
const HYPERLINK = '=HYPERLINK("http://x.cn","点我")';
const TODAY = '2026-11-27';

const exportUrl = (query: string, propertyId = p1) =>
  `/api/v1/service-records/export?propertyId=${propertyId}&from=${TODAY}&to=${TODAY}${query}`;
const printUrl = (query: string) =>
  `/api/v1/service-records/print?propertyId=${p1}&from=${TODAY}&to=${TODAY}${query}`;

/** Data rows of an exported sheet: title, subtitle and header come first; a note row may come last. */
const dataRows = (rows: string[][]) => rows.slice(3).filter((r) => /^\d+$/.test(r[0] ?? ''));

beforeAll(async () => {
  t = await startTestApp();
  [p1, p2] = await t.propertyIds();
  desk = await t.login('frontdesk');
  const admin = await t.login('admin');
  const unit = await makeUnit(admin, (await makeBuilding(admin, p1, '3')).id, '1502', '1');

  // A repair the engineer completes and the desk follows up: 经办人 is the engineer, 回访 filled.
  const engineer = await t.login('engineer');
  let leak = await kit().create(desk, {
    kind: 'repair',
    content: '卫生间漏水',
    unitId: unit.id,
    departmentId: await departmentIdOf(t, p1, 'engineering'),
  });
  leak = (await kit().act(engineer, leak, { action: 'claim' })).record;
  await kit().act(engineer, leak, { action: 'complete', result: '已更换角阀' });
  const call = (await kit().followUps(desk, 'all')).items.find((f) => f.recordId === leak.id)!;
  const followed = await desk.request('POST', `/api/v1/service-follow-ups/${call.id}/record`, {
    version: call.version,
    reached: true,
    satisfaction: 'satisfied',
    comment: '师傅很专业',
  });
  expect(followed.statusCode, followed.body).toBe(200);

  await kit().create(desk, { kind: 'inquiry', answeredAtDesk: true, result: '每月 5 日前缴纳' });
  await kit().create(desk, { kind: 'complaint', content: HYPERLINK, customerName: '李女士' });
  await kit().create(desk, { kind: 'suggestion', content: '建议增加快递柜' });
  await kit().create(await t.login('frontdesk2'), {
    propertyId: p2,
    kind: 'complaint',
    content: '国贸空调太冷',
  });
});
afterAll(() => t.close());

describe('the register as .xlsx (kh-21-r01)', () => {
  it('has the title, the header, one row per record oldest first, masked phones and escaped formulas', async () => {
    const file = await download(desk, exportUrl('&layout=register'));
    expect(file.rows[0]![0]).toBe(`客户服务登记录 kh-21-r01 · 锦绣花园（演示） · ${TODAY} 至 ${TODAY}`);
    expect(file.rows[1]![0]).toMatch(/^共 4 条 · 制表：陈晓梅 · 2026-11-27 09:00$/);
    expect(file.rows[2]).toEqual([
      '序号',
      '日期',
      '时间',
      '客户',
      '房号',
      '联系电话',
      '类型',
      '内容',
      '经办人',
      '部门',
      '处理结果',
      '回访',
      '满意度',
    ]);
    const rows = dataRows(file.rows);
    expect(rows.map((r) => r[7])).toEqual([
      '卫生间漏水',
      '咨询停车月卡办理',
      `'${HYPERLINK}`,
      '建议增加快递柜',
    ]);
    expect(file.formulas).toEqual([]);
    expect(unmaskedPersonalData(file.rows)).toEqual([]);
    const [leak, answered, complaint] = rows;
    expect(leak).toEqual([
      '1',
      TODAY,
      '09:00',
      '王先生',
      '3-1-1502',
      '139****8000',
      '报修',
      '卫生间漏水',
      '赵工',
      '工程部',
      '已更换角阀',
      `${TODAY} 已联系 · 满意 · 师傅很专业`,
      '满意',
    ]);
    expect(answered).toMatchObject({ 6: '咨询', 8: '陈晓梅', 10: '每月 5 日前缴纳' });
    expect(complaint).toMatchObject({ 3: '李女士', 10: '（新登记）', 11: '' });
    expect(file.disposition).toContain("filename*=UTF-8''%E5%AE%A2%E6%88%B7"); // 客户服务登记录-…
    expect(file.disposition).toContain('service-register-JXHY-20261127-20261127.xlsx');
  });

  it('lays the sheet out for printing: landscape A4, one page wide, header repeated', async () => {
    const file = await download(desk, exportUrl(''));
    const sheet = file.workbook.worksheets[0]!;
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:3',
    });
    expect(sheet.getColumn(8).width).toBeGreaterThan(sheet.getColumn(1).width!);
  });

  it('speaks English to an English request', async () => {
    const res = await desk.request('GET', exportUrl(''), undefined, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(200);
    const file = await readXlsx(res.rawPayload);
    expect(file.rows[0]![0]).toBe(
      `Customer service register kh-21-r01 · Jinxiu Garden (demo) · ${TODAY} to ${TODAY}`,
    );
    expect(file.rows[2]!.slice(0, 4)).toEqual(['No.', 'Date', 'Time', 'Customer']);
    expect(dataRows(file.rows)[0]).toMatchObject({ 6: 'Repair', 9: 'Engineering', 12: 'Satisfied' });
  });
});

describe('the complaints register (用户投诉意见登记表)', () => {
  it('holds complaints and suggestions only, of the property asked for', async () => {
    const file = await download(desk, exportUrl('&layout=complaints'));
    expect(file.rows[0]![0]).toMatch(/^用户投诉意见登记表 · 锦绣花园（演示） · /);
    expect(file.rows[2]).toEqual([
      '序号',
      '日期',
      '投诉人',
      '房号',
      '联系电话',
      '投诉/意见内容',
      '类别',
      '受理人',
      '处理部门',
      '处理结果',
      '回访情况',
      '满意度',
      '备注',
    ]);
    const rows = dataRows(file.rows);
    expect(rows.map((r) => [r[6], r[5]])).toEqual([
      ['投诉', `'${HYPERLINK}`],
      ['建议', '建议增加快递柜'],
    ]);
    expect(rows[0]![12]).toMatch(/^KF-20261127-\d{4} · 新登记$/);
    expect(file.rows.flat().join()).not.toContain('国贸空调太冷');
    // A kind filter outside complaints and suggestions leaves the complaints register empty.
    expect(dataRows((await download(desk, exportUrl('&layout=complaints&kind=repair'))).rows)).toEqual([]);
  });
});

describe('the print view', () => {
  it('answers the same cells as the export, as JSON', async () => {
    const res = await desk.request('GET', printUrl('&layout=register'));
    expect(res.statusCode, res.body).toBe(200);
    const sheet = res.json<RegisterSheet>();
    const file = await download(desk, exportUrl('&layout=register'));
    expect(sheet.title).toBe(file.rows[0]![0]);
    expect(sheet.columns.map((c) => c.label)).toEqual(file.rows[2]);
    // The .xlsx keeps a formula-like text as text with a leading apostrophe; the page shows it as typed.
    expect(sheet.rows.map((r) => r[7])).toEqual(dataRows(file.rows).map((r) => r[7]!.replace(/^'/, '')));
    expect(sheet).toMatchObject({ truncated: false, note: null });
  });

  it('records every print and export in the audit log', async () => {
    await desk.request('GET', printUrl('&layout=complaints&kind=complaint'));
    const admin = await t.login('admin');
    const log = await admin.request(
      'GET',
      `/api/v1/audit-log?action=service.register.print&propertyId=${p1}`,
    );
    const entry = log.json<{ items: { actorUsername: string; detail: Record<string, unknown> }[] }>()
      .items[0];
    expect(entry).toMatchObject({
      actorUsername: 'frontdesk',
      detail: { layout: 'complaints', rows: 1, truncated: false, filters: { kind: ['complaint'] } },
    });
    const exports = await admin.request('GET', `/api/v1/audit-log?action=service.register.export`);
    expect(exports.json<{ total: number }>().total).toBeGreaterThan(0);
  });
});

describe('who may print and export', () => {
  it('refuses department staff and auditors, and hides another property', async () => {
    for (const username of ['engineer', 'auditor']) {
      const agent = await t.login(username);
      expect((await agent.request('GET', exportUrl(''))).statusCode, username).toBe(403);
      expect((await agent.request('GET', printUrl(''))).statusCode, username).toBe(403);
    }
    const other = await t.login('frontdesk2');
    expect((await other.request('GET', exportUrl(''))).statusCode).toBe(404);
    const own = await other.request('GET', `${printUrl('').replace(p1, p2)}`);
    expect(own.json<RegisterSheet>().rows.map((r) => r[7])).toEqual(['国贸空调太冷']);
  });
});

describe('a register longer than a sheet', () => {
  it(`stops at ${REGISTER_SHEET_MAX_ROWS} records and says so in a note row and a header`, async () => {
    // A year-old busy stretch written straight to the table: 10,001 records on 2025-11-03.
    const start = Date.UTC(2025, 10, 3, 0, 0, 0);
    const rows = Array.from({ length: REGISTER_SHEET_MAX_ROWS + 1 }, (_, i): RecordRow => {
      const at = start + i * 1000;
      return {
        id: newId(at),
        property_id: p1,
        number: `KF-20251103-${String(i + 1).padStart(5, '0')}`,
        kind: 'inquiry',
        channel: 'phone',
        severity: 'general',
        category_id: null,
        status: 'closed',
        resolution: 'answered_at_desk',
        customer_person_id: null,
        customer_name: '来电',
        customer_phone: '',
        customer_language: 'zh-CN',
        unit_id: null,
        content: `第 ${i + 1} 个来电`,
        result: '已答复',
        department_id: null,
        assignee_user_id: null,
        sla_policy_id: null,
        respond_due_at: null,
        resolve_due_at: null,
        respond_warn_at: null,
        resolve_warn_at: null,
        responded_at: at,
        done_at: at,
        closed_at: at,
        paused_at: null,
        sla_epoch: 1,
        escalation_level: 0,
        acknowledged_at: null,
        acknowledged_by: null,
        satisfaction: null,
        created_by: null,
        created_at: at,
        updated_at: at,
        version: 1,
      };
    });
    const db = t.runtime.deps.database.db;
    for (let i = 0; i < rows.length; i += 500)
      await db
        .insertInto('service_records')
        .values(rows.slice(i, i + 500))
        .execute();

    const res = await desk.request(
      'GET',
      `/api/v1/service-records/export?propertyId=${p1}&from=2025-11-03&to=2025-11-03`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-qiantai-truncated']).toBe(String(REGISTER_SHEET_MAX_ROWS));
    const file = await readXlsx(res.rawPayload);
    const data = dataRows(file.rows);
    expect(data).toHaveLength(REGISTER_SHEET_MAX_ROWS);
    // The newest 10,000, oldest first: the very first call of the day is the one left out.
    expect(data[0]![7]).toBe('第 2 个来电');
    expect(file.rows.at(-1)![0]).toContain('超过 10,000 条');
  }, 120_000);
});
