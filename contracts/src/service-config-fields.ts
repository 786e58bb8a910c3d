import { z } from 'zod';

// Field rules the register's configuration contracts share (service-config.ts, service-calendar.ts).

export const id = z.string().min(1).max(64);
export const name = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max);
export const sort = z.number().int().min(0).max(9999);
/** A query flag as it arrives in a URL. */
export const flag = z.enum(['true', 'false']);
