import type { SearchResult } from '@qiantai/contracts';
import { withQuery } from '../../lib/api';

/** Where a result leads: a person to their card, a unit to its page, a vehicle to its owner's card. */
export function lookupTarget(result: SearchResult): string {
  switch (result.type) {
    case 'person':
      return `/directory/people/${result.id}`;
    case 'unit':
      return `/directory/units/${result.id}`;
    case 'vehicle':
      return result.personId
        ? `/directory/people/${result.personId}`
        : withQuery('/directory/vehicles', { q: result.title });
  }
}
