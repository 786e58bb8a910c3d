import { z } from 'zod';
import { pageOf, pageQuerySchema } from './common.js';

export const JOB_STATUSES = ['pending', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const jobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  propertyId: z.string().nullable(),
  status: z.enum(JOB_STATUSES),
  runAt: z.number(),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Job = z.infer<typeof jobSchema>;
export const jobPageSchema = pageOf(jobSchema);
export const jobListQuerySchema = pageQuerySchema.extend({
  status: z.enum(JOB_STATUSES).optional(),
  kind: z.string().max(64).optional(),
});
