import { z } from 'zod';
import { serviceKindSchema } from './service-config.js';
import { satisfactionSchema } from './service-records.js';

// Follow-up calls 回访: a completed repair or complaint owes the customer a call after a delay.

export const FOLLOW_UP_STATUSES = ['pending', 'done', 'unreached', 'cancelled'] as const;
export const followUpStatusSchema = z.enum(FOLLOW_UP_STATUSES);
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
/** After this many calls nobody answered, the follow-up is given up and the supervisor decides. */
export const FOLLOW_UP_MAX_ATTEMPTS = 3;

export const followUpSchema = z.object({
  id: z.string(),
  propertyId: z.string(),
  recordId: z.string(),
  recordNumber: z.string(),
  kind: serviceKindSchema,
  customerName: z.string(),
  /** Masked, as everywhere; the record's reveal route gives the number to call. */
  customerPhone: z.string(),
  unitCode: z.string().nullable(),
  content: z.string(),
  result: z.string(),
  departmentName: z.string().nullable(),
  departmentNameEn: z.string().nullable(),
  dueAt: z.number(),
  status: followUpStatusSchema,
  attempts: z.number().int(),
  satisfaction: satisfactionSchema.nullable(),
  comment: z.string(),
  doneByName: z.string().nullable(),
  doneAt: z.number().nullable(),
  version: z.number().int(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const followUpQuerySchema = z.strictObject({
  propertyId: z.string().min(1).max(64),
  /** today: due by the end of today (overdue included); overdue: due before now; all: every pending one. */
  due: z.enum(['today', 'overdue', 'all']).default('today'),
  status: followUpStatusSchema.default('pending'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const followUpPageSchema = z.object({
  items: z.array(followUpSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const recordFollowUpBodySchema = z.discriminatedUnion('reached', [
  z.strictObject({
    version: z.number().int().min(1),
    reached: z.literal(true),
    satisfaction: satisfactionSchema,
    comment: z.string().trim().max(1000).default(''),
  }),
  z.strictObject({
    version: z.number().int().min(1),
    reached: z.literal(false),
    comment: z.string().trim().max(1000).default(''),
  }),
]);
export type RecordFollowUpBody = z.output<typeof recordFollowUpBodySchema>;
