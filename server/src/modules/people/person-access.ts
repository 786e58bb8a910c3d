import { assertPropertyInScope, type ServiceContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import * as repo from './people.repository.js';

/** The stored row of a person within the caller's properties; any other is "not found". */
export async function requirePersonRow(ctx: ServiceContext, personId: string): Promise<repo.PersonRow> {
  const row = await repo.findPerson(ctx.db, personId);
  if (!row) throw notFound();
  assertPropertyInScope(ctx, row.property_id);
  return row;
}
