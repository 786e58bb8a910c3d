import type { TestApp } from '../../test/harness.js';

/** The id of one of a property's standard departments by code ('engineering', 'service', …). */
export async function departmentIdOf(t: TestApp, propertyId: string, code: string): Promise<string> {
  const row = await t.runtime.deps.database.db
    .selectFrom('departments')
    .select('id')
    .where('property_id', '=', propertyId)
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}
