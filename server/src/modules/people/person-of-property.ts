import type { Person } from '@qiantai/contracts';
import type { ServiceContext } from '../../platform/context.js';
import { AppError, invalid } from '../../platform/errors.js';
import { requirePerson } from './people.service.js';

/**
 * The person a vehicle, parking space or lease refers to, who must live in the record's property.
 * A person the caller cannot see and one of another property are the same field error, so the
 * answer reveals nothing about other properties. Used by vehicles, parking, leases and the register.
 */
export async function requirePersonOf(
  ctx: ServiceContext,
  personId: string,
  propertyId: string,
  field: string,
): Promise<Person> {
  const person = await requirePerson(ctx, personId).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return null;
    throw err;
  });
  if (!person || person.propertyId !== propertyId) throw invalid('directory.personNotInProperty', field);
  return person;
}
