import { z } from 'zod';
import { pageOf, pageQuerySchema } from './common.js';
import { defineCodes } from './define-codes.js';

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

export const jobsCodes = defineCodes({
  auditActions: ['job.retry'],
  /** The platform's hourly housekeeping (its name still says what it first purged). */
  jobKinds: ['platform.purge-sessions'],
  liveTopics: {
    /** A due-work job failed for good (to holders of job.read). */
    'job.failed': z.object({
      jobId: z.string(),
      kind: z.string(),
      attempts: z.number().int(),
      error: z.string(),
    }),
  },
});
