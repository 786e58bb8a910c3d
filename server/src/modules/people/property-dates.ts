import type { ServiceContext } from '../../platform/context.js';
import { propertiesByIds } from '../properties/properties.service.js';

/**
 * Today's date (YYYY-MM-DD) where the property is: whether someone still lives in a unit is a
 * question of calendar dates at the property, not of UTC.
 */
export async function todayAt(ctx: ServiceContext, propertyId: string): Promise<string> {
  const [property] = await propertiesByIds(ctx, [propertyId]);
  const timeZone = property?.timezone ?? 'Asia/Shanghai';
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(ctx.now()));
}

/** A residence link counts as current until the end of its `until` day. */
export const isCurrentOn = (today: string, until: string | null) => until === null || until >= today;
