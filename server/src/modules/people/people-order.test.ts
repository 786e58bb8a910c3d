import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleSortKeyMigration } from '../../db/migrations/0004-people-sort-key.js';
import { systemActor } from '../../platform/context.js';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { listPeople, listPeopleAfter, type PeopleCursor } from './people.service.js';
import { makePerson } from './people.test-kit.js';

let t: TestApp;
let desk: Agent;
let p1: string;
beforeAll(async () => {
  t = await startTestApp();
  desk = await t.login('frontdesk');
  [p1] = await t.propertyIds();
});
afterAll(() => t.close());

const listedNames = async () => {
  const res = await desk.request('GET', `/api/v1/people?propertyId=${p1}&pageSize=100`);
  expect(res.statusCode).toBe(200);
  return res.json<{ items: { name: string }[] }>().items.map((p) => p.name);
};

describe('people list order', () => {
  it('lists residents by the pinyin of their names, not by code point', async () => {
    // By code point 张 (U+5F20) < 李 (U+674E) < 王 (U+738B) < 阿 (U+963F): the opposite of pinyin.
    for (const name of ['张三', '李四', '王五', '阿明']) await makePerson(desk, { propertyId: p1, name });
    expect(await listedNames()).toEqual(['阿明', '李四', '王五', '张三']);
  });

  it('moves a renamed resident to the place of the new name', async () => {
    const list = await desk.request('GET', `/api/v1/people?propertyId=${p1}&q=阿明`);
    const [amin] = list.json<{ items: { id: string; version: number }[] }>().items;
    const res = await desk.request('PATCH', `/api/v1/people/${amin!.id}`, {
      version: amin!.version,
      name: '赵明',
    });
    expect(res.statusCode).toBe(200);
    expect(await listedNames()).toEqual(['李四', '王五', '张三', '赵明']);
  });
});

describe('walking the list by keyset (exports)', () => {
  it('gives the list in its own order, ties of pinyin and of name included, a page at a time', async () => {
    // 王伟, 汪伟 and 王维 share the key "wang wei"; the two 王伟 differ only by id. In the other
    // property, so the other tests' lists stay as they are.
    const [, p2] = await t.propertyIds();
    const admin = await t.login('admin');
    for (const name of ['王伟', '汪伟', '王伟', '王维', '万伟', '王五一'])
      await makePerson(admin, { propertyId: p2, name });
    const ctx = { ...t.runtime.systemContext(), actor: systemActor([p2]) };
    const walked = async (q?: string) => {
      const ids: string[] = [];
      let after: PeopleCursor | null = null;
      do {
        const page = await listPeopleAfter(ctx, { propertyId: p2, q }, after, 2);
        expect(page.items.length).toBeLessThanOrEqual(2);
        ids.push(...page.items.map((p) => p.id));
        after = page.next;
      } while (after);
      return ids;
    };
    for (const q of [undefined, '伟']) {
      const listed = await listPeople(ctx, { propertyId: p2, q, page: 1, pageSize: 100 });
      expect(listed.items.length).toBeGreaterThan(q ? 3 : 5);
      expect(await walked(q), q).toEqual(listed.items.map((p) => p.id));
    }
  });
});

describe('migration 0004-people-sort-key', () => {
  it('fills the sort key of people who were on file before it ran', async () => {
    // Undo the migration on this test's database, with people already on file, and run it again
    // (its own step: the migrator refuses to rerun one that later migrations follow).
    const handle = t.runtime.deps.database;
    await handle.db.schema.dropIndex('people_property_sort_key').execute();
    await handle.db.schema.alterTable('people').dropColumn('sort_key').execute();
    await peopleSortKeyMigration(handle.dialect).up(handle.db);
    const rows = await handle.db.selectFrom('people').select(['name', 'sort_key']).orderBy('name').execute();
    expect(rows).toEqual(
      expect.arrayContaining([
        { name: '李四', sort_key: 'li si' },
        { name: '赵明', sort_key: 'zhao ming' },
      ]),
    );
    expect(await listedNames()).toEqual(['李四', '王五', '张三', '赵明']);
  });
});
