import { z } from 'zod';
import { pageOf } from './common.js';
import { serviceKindSchema, serviceSeveritySchema } from './service-config.js';
import { SERVICE_ACTIONS, serviceActionSchema, serviceStatusSchema } from './service-record-status.js';
import { defineCodes } from './define-codes.js';
import { dateSchema, phoneSchema } from './directory-fields.js';

// The service register 客户服务登记录 (kh-21-r01): one record per interaction at the desk.

export const SERVICE_CHANNELS = [
  'walk_in',
  'phone',
  'resident_portal',
  'wechat',
  'email',
  'internal',
] as const;
export const serviceChannelSchema = z.enum(SERVICE_CHANNELS);
export type ServiceChannel = z.infer<typeof serviceChannelSchema>;

export const SATISFACTION_LEVELS = [
  'very_satisfied',
  'satisfied',
  'neutral',
  'dissatisfied',
  'very_dissatisfied',
] as const;
export const satisfactionSchema = z.enum(SATISFACTION_LEVELS);
export type Satisfaction = z.infer<typeof satisfactionSchema>;
/** A follow-up at one of these reopens the record to the supervisor. */
export const DISSATISFIED: readonly Satisfaction[] = ['dissatisfied', 'very_dissatisfied'];

export const RESOLUTIONS = ['answered_at_desk', 'completed', 'cancelled'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
/** A caller's phone as given on the line (a mobile or a landline), or none. */
const callerPhone = z.literal('').or(phoneSchema);

export const serviceRecordSchema = z.object({
  id: z.string(),
  propertyId: z.string(),
  number: z.string(),
  kind: serviceKindSchema,
  channel: serviceChannelSchema,
  severity: serviceSeveritySchema,
  categoryId: z.string().nullable(),
  /** The category and its parents, top first, in both languages. */
  categoryPath: z.array(z.object({ name: z.string(), nameEn: z.string() })),
  status: serviceStatusSchema,
  resolution: z.enum(RESOLUTIONS).nullable(),
  customerPersonId: z.string().nullable(),
  customerName: z.string(),
  /** Always masked; the full number is revealed through the reveal route. */
  customerPhone: z.string(),
  customerLanguage: z.string(),
  unitId: z.string().nullable(),
  unitCode: z.string().nullable(),
  content: z.string(),
  result: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  departmentNameEn: z.string().nullable(),
  assigneeUserId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  respondDueAt: z.number().nullable(),
  resolveDueAt: z.number().nullable(),
  /** When each deadline's warning falls (the register turns amber); null when none is owed. */
  respondWarnAt: z.number().nullable(),
  resolveWarnAt: z.number().nullable(),
  respondedAt: z.number().nullable(),
  doneAt: z.number().nullable(),
  closedAt: z.number().nullable(),
  pausedAt: z.number().nullable(),
  escalationLevel: z.number().int(),
  acknowledgedAt: z.number().nullable(),
  acknowledgedByName: z.string().nullable(),
  satisfaction: satisfactionSchema.nullable(),
  createdAt: z.number(),
  createdByName: z.string().nullable(),
  updatedAt: z.number(),
  version: z.number().int(),
  /** What the caller may do with it now: the status machine and their permissions together. */
  allowedActions: z.array(serviceActionSchema),
});
export type ServiceRecord = z.infer<typeof serviceRecordSchema>;

/**
 * A page of the register. Counting a million rows on every page turn is slow, so the total stops at
 * REGISTER_COUNT_CAP: `totalCapped` means "at least this many" (the list shows 10,000+).
 */
export const REGISTER_COUNT_CAP = 10_000;
export const serviceRecordPageSchema = pageOf(serviceRecordSchema).extend({ totalCapped: z.boolean() });

const commaList = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).max(10));

export const serviceRecordQuerySchema = z.strictObject({
  propertyId: id,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  /** Local dates at the property, both included. */
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  kind: commaList(serviceKindSchema).optional(),
  status: commaList(serviceStatusSchema).optional(),
  severity: commaList(serviceSeveritySchema).optional(),
  departmentId: id.optional(),
  /** A user id, or `me`. */
  assignee: id.optional(),
  customerPersonId: id.optional(),
  unitId: id.optional(),
  /** Only records still owed work. */
  open: z.enum(['true', 'false']).optional(),
  /** Only open records past a deadline. */
  overdue: z.enum(['true', 'false']).optional(),
  /** The record number, or words of the content or the customer's name. */
  q: text(50).optional(),
});
export type ServiceRecordQuery = z.output<typeof serviceRecordQuerySchema>;

const customerFields = {
  customerPersonId: id.nullable().default(null),
  /** For a caller not in the directory; taken from the directory when a person is given. */
  customerName: text(50).default(''),
  customerPhone: callerPhone.default(''),
  /** Empty: the directory person's preferred language, else zh-CN. */
  customerLanguage: text(20).default(''),
};

export const createServiceRecordBodySchema = z.strictObject({
  propertyId: id,
  kind: serviceKindSchema,
  channel: serviceChannelSchema,
  severity: serviceSeveritySchema.default('general'),
  categoryId: id.nullable().default(null),
  ...customerFields,
  unitId: id.nullable().default(null),
  content: required(2000),
  /** Forward at once to a department (and optionally one of its staff). */
  departmentId: id.nullable().default(null),
  assigneeUserId: id.nullable().default(null),
  /** An inquiry or suggestion answered on the spot: closed in one step with this answer. */
  answeredAtDesk: z.boolean().default(false),
  result: text(2000).default(''),
});
export type CreateServiceRecordBody = z.output<typeof createServiceRecordBodySchema>;

export const updateServiceRecordBodySchema = z.strictObject({
  version: z.number().int().min(1),
  kind: serviceKindSchema.optional(),
  channel: serviceChannelSchema.optional(),
  severity: serviceSeveritySchema.optional(),
  categoryId: id.nullable().optional(),
  customerPersonId: id.nullable().optional(),
  customerName: text(50).optional(),
  customerPhone: callerPhone.optional(),
  customerLanguage: text(20).optional(),
  unitId: id.nullable().optional(),
  content: required(2000).optional(),
});
export type UpdateServiceRecordBody = z.output<typeof updateServiceRecordBodySchema>;

const version = z.number().int().min(1);
const reason = required(500);
export const serviceActionBodySchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('accept'), version, comment: text(500).default('') }),
  z.strictObject({ action: z.literal('start'), version, comment: text(500).default('') }),
  z.strictObject({ action: z.literal('wait'), version, comment: reason }),
  z.strictObject({ action: z.literal('resume'), version, comment: text(500).default('') }),
  z.strictObject({ action: z.literal('complete'), version, result: required(2000) }),
  z.strictObject({ action: z.literal('close'), version, comment: text(500).default('') }),
  z.strictObject({ action: z.literal('answer_at_desk'), version, result: required(2000) }),
  z.strictObject({ action: z.literal('reopen'), version, comment: reason }),
  z.strictObject({ action: z.literal('cancel'), version, comment: reason }),
  z.strictObject({ action: z.literal('claim'), version }),
  z.strictObject({ action: z.literal('assign'), version, assigneeUserId: id }),
  z.strictObject({
    action: z.literal('forward'),
    version,
    departmentId: id,
    assigneeUserId: id.nullable().default(null),
    /** A deadline agreed with the department, earlier or later than the policy's. */
    resolveDueAt: z.number().int().nullable().default(null),
    comment: text(500).default(''),
  }),
  z.strictObject({ action: z.literal('transfer'), version, departmentId: id, comment: reason }),
  z.strictObject({
    action: z.literal('comment'),
    version,
    comment: required(2000),
    /** Internal notes are for staff; the others may be read to or shown to the customer. */
    internal: z.boolean().default(true),
  }),
  z.strictObject({ action: z.literal('acknowledge'), version, comment: text(500).default('') }),
]);
export type ServiceActionBody = z.output<typeof serviceActionBodySchema>;

export const serviceRecordEventSchema = z.object({
  id: z.string(),
  at: z.number(),
  action: z.string(),
  actorName: z.string().nullable(),
  fromStatus: serviceStatusSchema.nullable(),
  toStatus: serviceStatusSchema.nullable(),
  comment: z.string(),
  internal: z.boolean(),
  /** Changed fields (before → after) for edits, assignments and deadlines. */
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).nullable(),
});
export type ServiceRecordEvent = z.infer<typeof serviceRecordEventSchema>;

/** A photo or document attached to a record (a leak, a damaged door, a signed form). */
export const serviceAttachmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  createdAt: z.number(),
  createdByName: z.string().nullable(),
});
export type ServiceAttachment = z.infer<typeof serviceAttachmentSchema>;
/** At most this many files per record. */
export const SERVICE_ATTACHMENTS_MAX = 20;

export const serviceRecordDetailSchema = z.object({
  record: serviceRecordSchema,
  events: z.array(serviceRecordEventSchema),
  attachments: z.array(serviceAttachmentSchema),
});
export type ServiceRecordDetail = z.infer<typeof serviceRecordDetailSchema>;

export const attachmentParamsSchema = z.strictObject({ id, fileId: id });

export const revealCallerBodySchema = z.strictObject({ field: z.literal('customerPhone') });
export const revealCallerResultSchema = z.object({ field: z.literal('customerPhone'), value: z.string() });

/** Staff a record can be assigned to: the property's active users, optionally one department's. */
export const serviceStaffQuerySchema = z.strictObject({
  propertyId: id,
  departmentId: id.optional(),
});
export const serviceStaffSchema = z.array(
  z.object({ id: z.string(), displayName: z.string(), departmentId: z.string().nullable() }),
);

/** What a record's history line records; each is also an audit entry, `service.record.<action>`. */
const RECORD_HISTORY_ACTIONS = [
  ...SERVICE_ACTIONS,
  'create',
  'update',
  'attach',
  'escalate',
  'sla_warning',
  'follow_up_unreached',
] as const;

const recordChangedSchema = z.object({
  id: z.string(),
  status: serviceStatusSchema,
  departmentId: z.string().nullable(),
  /** From the deadline loop: 0 is a warning. */
  level: z.number().int().optional(),
});

export const serviceRecordsCodes = defineCodes({
  auditActions: [
    ...RECORD_HISTORY_ACTIONS.map((a) => `service.record.${a}` as const),
    'service.record.reveal',
    'service.register.print',
    'service.register.export',
  ],
  jobKinds: ['service.deadline'],
  liveTopics: {
    /** A record changed. Ids only: department staff get it too and learn nothing outside their queue. */
    'service.record.changed': recordChangedSchema,
    /** A record passed an escalation level (to holders of service.read). */
    'service.record.escalated': recordChangedSchema.required({ level: true }),
    /** A new major complaint or incident (to holders of service.acknowledge). */
    'service.record.major': z.object({
      id: z.string(),
      number: z.string(),
      kind: serviceKindSchema,
      severity: serviceSeveritySchema,
      customerName: z.string(),
      content: z.string(),
    }),
  },
});
