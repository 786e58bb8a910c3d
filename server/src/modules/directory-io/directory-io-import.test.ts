import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { results } from '../lookup/lookup.test-kit.js';
import { makeBuilding, makeUnit } from '../buildings/buildings.test-kit.js';
import { residentId, withWrongCheckDigit } from '../people/people.test-kit.js';
import { download, importFile, xlsx } from './directory-io.test-kit.js';

let t: TestApp;
let supervisor: Agent;
let p1: string;
let p2: string;
beforeAll(async () => {
  t = await startTestApp();
  supervisor = await t.login('supervisor');
  [p1, p2] = await t.propertyIds();
  const building = await makeBuilding(supervisor, p1, '3');
  await makeUnit(supervisor, building.id, '1502', '2');
  await makeUnit(supervisor, building.id, '1503', '2');
});
afterAll(() => t.close());

const db = () => t.runtime.deps.database.db;
const count = async (table: 'people' | 'vehicles' | 'units' | 'audit_log') =>
  Number(
    (
      await db()
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const PEOPLE_HEADER = [
  '姓名\nName',
  '性别\nGender',
  '手机\nMobile',
  '证件类型',
  '证件号码',
  '房号',
  '身份',
  '入住日期',
  '备注',
];
const WANG_ID = residentId('19850612', '001');
const goodPeople = () =>
  xlsx(PEOPLE_HEADER, [
    [
      '王芳',
      '女',
      '13812345678',
      '居民身份证',
      WANG_ID,
      '3栋2单元1502',
      '业主',
      new Date(Date.UTC(2020, 4, 1)),
      '',
    ],
    ['李强', 'male', 13900001111, '', '', '3-2-1503', 'tenant', '2024/3/1', '租客'],
    ['赵敏', '', '', '', '', '', '', '', ''],
  ]);

describe('import: a good file', () => {
  it('offers a template with Chinese and English headers, an example row, drop-downs and a 说明 sheet', async () => {
    const file = await download(supervisor, '/api/v1/directory-io/templates/people');
    expect(file.sheetNames).toEqual(['住户名单', '说明']);
    expect(file.rows[0]!.slice(0, 3)).toEqual(['姓名\nName', '性别\nGender', '手机\nMobile']);
    expect(file.rows[1]![0]).toBe('张伟');
    const gender = file.workbook.worksheets[0]!.getCell('B3').dataValidation;
    expect(gender).toMatchObject({ type: 'list', formulae: ['"男,女,未知"'] });
    expect(file.disposition).toContain(`filename*=UTF-8''${encodeURIComponent('住户名单-导入模板.xlsx')}`);
    // The unchanged template imports nothing: its example row is not a record.
    const template = await supervisor.request('GET', '/api/v1/directory-io/templates/people');
    const res = await importFile(supervisor, 'people', p1, 'validate', template.rawPayload);
    expect(res.json()).toMatchObject({ total: 0, valid: 0, errors: [] });
  });

  it('validates without writing, then imports people with their units, encrypted and searchable', async () => {
    const before = await count('people');
    const dry = await importFile(supervisor, 'people', p1, 'validate', await goodPeople());
    expect(dry.json()).toEqual({
      kind: 'people',
      total: 3,
      valid: 3,
      created: 3,
      updated: 0,
      skipped: 0,
      errors: [],
    });
    expect(await count('people')).toBe(before);

    const res = await importFile(supervisor, 'people', p1, 'all', await goodPeople());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 3, valid: 3, created: 3, updated: 0, skipped: 0, errors: [] });

    const list = await supervisor.request('GET', `/api/v1/people?propertyId=${p1}&q=王芳`);
    expect(list.json()).toMatchObject({
      total: 1,
      items: [
        {
          name: '王芳',
          gender: 'female',
          mobile: '138****5678',
          idNumber: `4403${'*'.repeat(10)}${WANG_ID.slice(-4)}`,
          units: [{ unitCode: '3-2-1502', role: 'owner', from: '2020-05-01' }],
        },
      ],
    });
    const stored = await db()
      .selectFrom('people')
      .selectAll()
      .where('name', '=', '王芳')
      .executeTakeFirstOrThrow();
    expect(stored.id_number_enc).toMatch(/^v1\./);
    expect(JSON.stringify(stored)).not.toContain(WANG_ID);
    const li = (await supervisor.request('GET', `/api/v1/people?propertyId=${p1}&q=李强`)).json<{
      items: { units: unknown[] }[];
    }>();
    expect(li.items[0]!.units).toMatchObject([{ unitCode: '3-2-1503', role: 'tenant', from: '2024-03-01' }]);

    expect((await results(supervisor, p1, '王芳')).map((r) => r.title)).toContain('王芳');
    expect((await results(supervisor, p1, '1111')).map((r) => r.title)).toContain('李强');

    const audit = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'directory.import')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail!)).toMatchObject({
      kind: 'people',
      created: 3,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(
      await db().selectFrom('audit_log').select('id').where('action', '=', 'person.create').execute(),
    ).toHaveLength(3);
  });

  it('recognises the same file again: nothing duplicated, and a changed row is an update in the history', async () => {
    const before = await count('people');
    const again = await importFile(supervisor, 'people', p1, 'all', await goodPeople());
    expect(again.json()).toMatchObject({ total: 3, created: 0, updated: 0, skipped: 3 });
    expect(await count('people')).toBe(before);

    const changed = await xlsx(PEOPLE_HEADER, [
      ['王芳', '女', '13812345678', '居民身份证', WANG_ID, '3-2-1502', '业主', '', '新备注'],
      ['李强', '男', '13900001111', '', '', '3-2-1502', '家庭成员', '', ''],
    ]);
    const res = await importFile(supervisor, 'people', p1, 'all', changed);
    expect(res.json()).toMatchObject({ total: 2, created: 0, updated: 2, skipped: 0 });
    expect(await count('people')).toBe(before);
    const wang = (await supervisor.request('GET', `/api/v1/people?propertyId=${p1}&q=王芳`)).json<{
      items: { id: string; notes: string }[];
    }>().items[0]!;
    expect(wang.notes).toBe('新备注');
    const history = await supervisor.request('GET', `/api/v1/people/${wang.id}/history`);
    expect(JSON.stringify(history.json())).toContain('新备注');
  });
});

describe('import: a file with errors', () => {
  const badFile = () =>
    xlsx(PEOPLE_HEADER, [
      ['孙丽', '女', '13700002222', '', '', '', '', '', ''],
      ['', '男', '1234', '', '', '', '', '', ''],
      [
        '周杰',
        '外星人',
        '',
        '居民身份证',
        withWrongCheckDigit(residentId('19900101', '002')),
        '',
        '',
        '',
        '',
      ],
      ['吴刚', '', '', '', '', '9-9-999', '业主', '', ''],
      ['郑爽', '', '', '', '', '3-2-1502', '房东', '', ''],
    ]);

  it('reports row, column and reason for each error and writes nothing with mode=all', async () => {
    const before = await count('people');
    const res = await importFile(supervisor, 'people', p1, 'all', await badFile(), {
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { code: string; message: string; details: unknown[] } }>();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toBe('The file has 6 errors; nothing was imported.');
    expect(body.error.details).toEqual([
      { row: 3, column: 'Name', message: 'This field is required.', value: '' },
      { row: 3, column: 'Mobile', message: 'Enter a valid 11-digit mainland mobile number.', value: '1*34' },
      {
        row: 4,
        column: 'Gender',
        message: expect.stringContaining('Choose one of the list'),
        value: '外星人',
      },
      {
        row: 4,
        column: 'ID number',
        message: 'The ID number’s check digit is wrong; please check the number.',
        value: expect.stringMatching(/^4403\*{10}/),
      },
      {
        row: 5,
        column: 'Unit',
        message: 'No such unit in this property. Import the units first.',
        value: '9-9-999',
      },
      { row: 6, column: 'Role', message: expect.stringContaining('Choose one of the list'), value: '房东' },
    ]);
    expect(await count('people')).toBe(before);
  });

  it('imports only the valid rows with mode=validOnly and lists the rest in Chinese', async () => {
    const before = await count('people');
    const res = await importFile(supervisor, 'people', p1, 'validOnly', await badFile());
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      created: number;
      valid: number;
      total: number;
      errors: { row: number; column: string; message: string }[];
    }>();
    expect(body).toMatchObject({ total: 5, valid: 1, created: 1 });
    expect(body.errors).toHaveLength(6);
    expect(body.errors[0]).toEqual({ row: 3, column: '姓名', message: '此项必填', value: '' });
    expect(await count('people')).toBe(before + 1);
    expect((await supervisor.request('GET', `/api/v1/people?propertyId=${p1}&q=孙丽`)).json()).toMatchObject({
      total: 1,
    });
  });

  it('reports a required column the header lacks and a row repeated within the file', async () => {
    const noName = await importFile(
      supervisor,
      'people',
      p1,
      'validate',
      await xlsx(['手机'], [['13812340000']]),
    );
    expect(noName.json()).toMatchObject({
      valid: 0,
      errors: [{ row: 1, column: '姓名', message: '缺少此列' }],
    });
    const twice = await xlsx(['车牌'], [['粤B55555'], ['粤b·55555']]);
    const res = await importFile(supervisor, 'vehicles', p1, 'validate', twice);
    expect(res.json()).toMatchObject({
      total: 2,
      valid: 1,
      errors: [{ row: 3, column: '车牌', message: '与第 2 行重复' }],
    });
  });

  it('refuses files that are not .xlsx, and another property', async () => {
    const text = await importFile(
      supervisor,
      'people',
      p1,
      'all',
      Buffer.from('姓名,手机\n张三,13812345678\n'),
    );
    expect(text.statusCode).toBe(400);
    expect(text.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', message: '文件不是有效的 Excel 工作簿（.xlsx），请使用下载的模板' },
    });
    const zip = await importFile(
      supervisor,
      'people',
      p1,
      'all',
      Buffer.from('PK\u0003\u0004 not really a zip'),
    );
    expect(zip.statusCode).toBe(400);
    const json = await supervisor.request(
      'POST',
      `/api/v1/directory-io/imports/people?propertyId=${p1}&mode=all`,
      { rows: [] },
    );
    expect(json.statusCode).toBe(400);
    const huge = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(10 * 1024 * 1024)]);
    expect((await importFile(supervisor, 'people', p1, 'all', huge)).json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', message: '请求内容过大' },
    });
    const other = await importFile(supervisor, 'people', p2, 'all', await goodPeople());
    expect(other.statusCode).toBe(404);
    const unknownKind = await importFile(supervisor, 'pets', p1, 'all', await goodPeople());
    expect(unknownKind.statusCode).toBe(400);
  });
});
