import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../../config.js';
import { systemActor } from '../../platform/context.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { makePerson } from '../people/people.test-kit.js';
import { searchDirectory } from './lookup.service.js';

// On PostgreSQL, planning the lookup's statement cost about half of each keystroke's search. It
// runs as a named statement, and after five runs PostgreSQL keeps one generic plan for it: this
// fails if the statement goes back to being sent unnamed and planned every time. (Whether the
// generic plan is chosen on a large directory, where probe limits sent as parameters made it look
// too dear, only shows on the benchmark's data: npm run bench:lookup.)

let t: TestApp;
let p1: string;

beforeAll(async () => {
  t = await startTestApp();
  [p1] = await t.propertyIds();
  const desk = await t.login('frontdesk');
  for (const [name, mobile] of [
    ['张晓明', '13812340001'],
    ['王小红', '13812340002'],
    ['李建国', '13812340003'],
  ])
    await makePerson(desk, { propertyId: p1, name, mobile });
});
afterAll(() => t.close());

interface KeptStatement {
  statement: string;
  generic_plans: number;
  custom_plans: number;
}

describe('desk lookup on PostgreSQL', () => {
  it.skipIf(testDatabaseUrl() === null)(
    'plans a search shape once per connection, then runs every keystroke on the kept plan',
    async () => {
      await t.database.handle.db.connection().execute(async (db) => {
        const ctx = { ...t.runtime.systemContext(), db, actor: systemActor([p1]) };
        // Ten searches of one shape (Chinese text: a name from its start and anywhere in it).
        for (const q of ['张', '晓', '晓明', '王', '小红', '李', '建国', '张晓明', '红', '国'])
          expect((await searchDirectory(ctx, { propertyId: p1, q, limit: 12 })).items.length).toBeGreaterThan(
            0,
          );
        const { rows } = await sql<KeptStatement>`SELECT statement, generic_plans, custom_plans
          FROM pg_prepared_statements WHERE statement LIKE '%search_display%'`.execute(db);
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({ generic_plans: 5, custom_plans: 5 });
      });
    },
  );
});
