import { assertPropertyInScope, type ServiceContext } from './context.js';
import { notFound } from './errors.js';

/**
 * A row loaded by id, when it belongs to one of the caller's properties. A missing row and another
 * property's both answer 404, so the caller learns nothing about what exists elsewhere.
 */
export function requireInScope<R extends { property_id: string }>(
  ctx: ServiceContext,
  row: R | null | undefined,
): R {
  if (!row) throw notFound();
  assertPropertyInScope(ctx, row.property_id);
  return row;
}
