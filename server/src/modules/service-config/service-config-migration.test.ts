import { Migrator, type Migration } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../db/migrate.js';
import { platformMigration } from '../../db/migrations/0001-platform.js';
import { directoryMigration } from '../../db/migrations/0002-directory.js';
import { searchTermsCollationMigration } from '../../db/migrations/0003-search-terms-collation.js';
import { peopleSortKeyMigration } from '../../db/migrations/0004-people-sort-key.js';
import { STANDARD_DEPARTMENTS } from '../properties/standard-departments.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';

// An installation that ran before the service register: its properties get the default
// configuration when migration 0006 creates the tables.

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.dispose());

describe('migration 0006 on an existing installation', () => {
  it('gives properties that already exist the default configuration', async () => {
    const { db, dialect } = t.handle;
    const before: Record<string, Migration> = {
      '0001-platform': platformMigration(dialect),
      '0002-directory': directoryMigration(dialect),
      '0003-search-terms-collation': searchTermsCollationMigration(dialect),
      '0004-people-sort-key': peopleSortKeyMigration(dialect),
    };
    const old = new Migrator({ db, provider: { getMigrations: async () => before } });
    expect((await old.migrateToLatest()).error).toBeUndefined();
    await db
      .insertInto('properties')
      .values({
        id: 'p-old',
        code: 'OLD',
        name: '老项目',
        name_en: 'Old Estate',
        kind: 'residential',
        timezone: 'Asia/Shanghai',
        is_demo: 0,
        created_at: 1,
      })
      .execute();
    await db
      .insertInto('departments')
      .values(
        STANDARD_DEPARTMENTS.map((d) => ({
          id: `d-${d.code}`,
          property_id: 'p-old',
          code: d.code,
          name: d.name,
          name_en: d.nameEn,
          created_at: 1,
        })),
      )
      .execute();

    await migrateToLatest(t.handle);

    const settings = await db.selectFrom('service_settings').selectAll().execute();
    expect(settings).toMatchObject([{ property_id: 'p-old', warning_share: 0.8, version: 1 }]);
    const noise = await db
      .selectFrom('service_categories')
      .select('default_department_id')
      .where('property_id', '=', 'p-old')
      .where('name', '=', '噪音')
      .executeTakeFirstOrThrow();
    expect(noise.default_department_id).toBe('d-security');
    const greeting = await db
      .selectFrom('service_phrases')
      .select('text')
      .where('stage', '=', 'greeting')
      .orderBy('sort')
      .executeTakeFirstOrThrow();
    expect(greeting.text).toContain('欢迎来到老项目客服中心');
    const seeded = await db.selectFrom('audit_log').select(['action', 'actor_username']).execute();
    expect(seeded).toEqual([{ action: 'serviceConfig.seed', actor_username: 'system' }]);
  });
});
