import type { SearchResult } from '@qiantai/contracts';
import { withQuery } from '../../lib/api';

/** A record's page (the register's). */
export const recordPath = (id: string) => `/service/records/${id}`;

/** The desk screen, for someone known (a person, a unit) or cold for an unknown caller. */
export const newRecordPath = (query: { personId?: string; unitId?: string } = {}) =>
  withQuery('/service/new', query);

/** The desk screen for a lookup result: a person, a unit, or a vehicle's owner (null: nobody to serve). */
export function newRecordTarget(result: SearchResult): string | null {
  if (result.type === 'unit') return newRecordPath({ unitId: result.id });
  const personId = result.type === 'person' ? result.id : result.personId;
  return personId ? newRecordPath({ personId }) : null;
}
