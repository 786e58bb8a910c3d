import { z } from 'zod';
import { pageOf, pageQuerySchema } from './common.js';

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.number(),
  actorUserId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  propertyId: z.string().nullable(),
  /** Changed fields: { field: [before, after] }. */
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])).nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  requestId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = pageOf(auditEntrySchema);

export const auditQuerySchema = pageQuerySchema.extend({
  from: z.coerce.number().int().min(0).optional(),
  to: z.coerce.number().int().min(0).optional(),
  actor: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  entityType: z.string().trim().max(64).optional(),
  entityId: z.string().trim().max(64).optional(),
  propertyId: z.string().max(64).optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
