import { z } from 'zod';
import { notificationSchema } from './notifications.js';
import { serviceKindSchema, serviceSeveritySchema } from './service-config.js';
import { serviceStatusSchema } from './service-record-status.js';

// Every live event the server publishes and what it carries, declared once for both sides: the
// server's events.publish accepts only these topics with these payloads, and the web's live-event
// hook is typed by the same map.
export const LIVE_TOPICS = {
  /** A due-work job failed for good (to holders of job.read). */
  'job.failed': z.object({
    jobId: z.string(),
    kind: z.string(),
    attempts: z.number().int(),
    error: z.string(),
  }),
  /** An in-app notification, to its recipient alone. */
  'notification.created': z.object({ notification: notificationSchema }),
  /** A lease ends soon (to holders of directory.read). */
  'lease.expiring': z.object({
    leaseId: z.string(),
    unitCode: z.string(),
    tenantName: z.string(),
    endDate: z.string(),
    daysLeft: z.number().int(),
  }),
  /**
   * A record changed. Ids only: department staff get it too and learn nothing of records outside
   * their queue. `level` comes from the deadline loop (0: a warning).
   */
  'service.record.changed': z.object({
    id: z.string(),
    status: serviceStatusSchema,
    departmentId: z.string().nullable(),
    level: z.number().int().optional(),
  }),
  /** A record passed an escalation level (to holders of service.read). */
  'service.record.escalated': z.object({
    id: z.string(),
    status: serviceStatusSchema,
    departmentId: z.string().nullable(),
    level: z.number().int(),
  }),
  /** A new major complaint or incident (to holders of service.acknowledge). */
  'service.record.major': z.object({
    id: z.string(),
    number: z.string(),
    kind: serviceKindSchema,
    severity: serviceSeveritySchema,
    customerName: z.string(),
    content: z.string(),
  }),
} as const;

export type LiveTopic = keyof typeof LIVE_TOPICS;
export type LiveTopicData<T extends LiveTopic> = z.infer<(typeof LIVE_TOPICS)[T]>;
