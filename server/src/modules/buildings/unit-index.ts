import type { Unit } from '@qiantai/contracts';
import type { ServiceContext } from '../../platform/context.js';
import { indexUnit } from '../lookup/index.js';

/** Keeps the desk lookup's index of a unit current, in the caller's transaction. */
export async function reindexUnit(tx: ServiceContext, unit: Unit): Promise<void> {
  await indexUnit(tx, {
    id: unit.id,
    propertyId: unit.propertyId,
    code: unit.code,
    buildingCode: unit.buildingCode,
    entrance: unit.entrance,
    room: unit.room,
  });
}
