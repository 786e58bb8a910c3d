import { z } from 'zod';
import { ROLES, type Permission } from './permissions.js';
import { defineCodes } from './define-codes.js';
import { ruleIssue as custom } from './common.js';
import { flag, id, name, optionalText, sort } from './service-config-fields.js';

// Kinds and severities of service records (docs/decisions/0010-service-register.md), and the
// per-property configuration of the register: categories, SLA policies, escalation, the phrase
// library and a few settings. Business hours and holidays are in service-calendar.ts.

/**
 * Who may open (read) the service configuration: the desk as it logs a record (categories, phrases),
 * departments working their queue, whoever reads the register, and those who configure it. Changing it
 * needs service.configure. The server's routes (service-config/config-access.ts), the web's route
 * guard and its menu entry all read this list.
 */
export const SERVICE_CONFIG_READERS = [
  'service.read',
  'service.handle',
  'service.create',
  'service.configure',
] as const satisfies readonly Permission[];

export const SERVICE_KINDS = [
  'inquiry', // 咨询
  'complaint', // 投诉
  'suggestion', // 建议
  'repair', // 报修
  'move_in', // 入伙
  'parking', // 车位
  'follow_up', // 回访
  'special_service', // 特约服务
  'certificate', // 证件
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];
export const serviceKindSchema = z.enum(SERVICE_KINDS);

/** general 一般, major 重大, emergency 紧急 (repairs only). */
export const SERVICE_SEVERITIES = ['general', 'major', 'emergency'] as const;
export type ServiceSeverity = (typeof SERVICE_SEVERITIES)[number];
export const serviceSeveritySchema = z.enum(SERVICE_SEVERITIES);

type Labels<K extends string> = Record<K, { 'zh-CN': string; en: string }>;

/** What the desk calls each kind (exports, notifications and the web app share these words). */
export const SERVICE_KIND_LABELS: Labels<ServiceKind> = {
  inquiry: { 'zh-CN': '咨询', en: 'Inquiry' },
  complaint: { 'zh-CN': '投诉', en: 'Complaint' },
  suggestion: { 'zh-CN': '建议', en: 'Suggestion' },
  repair: { 'zh-CN': '报修', en: 'Repair' },
  move_in: { 'zh-CN': '入伙', en: 'Move-in' },
  parking: { 'zh-CN': '车位', en: 'Parking' },
  follow_up: { 'zh-CN': '回访', en: 'Follow-up' },
  special_service: { 'zh-CN': '特约服务', en: 'Special service' },
  certificate: { 'zh-CN': '证件', en: 'Certificates' },
};

export const SERVICE_SEVERITY_LABELS: Labels<ServiceSeverity> = {
  general: { 'zh-CN': '一般', en: 'General' },
  major: { 'zh-CN': '重大', en: 'Major' },
  emergency: { 'zh-CN': '紧急', en: 'Emergency' },
};

/** Only repairs can be emergencies (a burst pipe, someone stuck in a lift); a complaint is at most major. */
export const severityAllowed = (kind: ServiceKind, severity: ServiceSeverity) =>
  severity !== 'emergency' || kind === 'repair';

// ── categories ────────────────────────────────────────────────────────────────────────────────
/** 报修 → 水电 → 漏水: three levels at most, the kind being the first, so categories nest two deep. */
export const SERVICE_CATEGORY_MAX_DEPTH = 2;

export const serviceCategorySchema = z.object({
  id: z.string(),
  propertyId: z.string(),
  parentId: z.string().nullable(),
  kind: serviceKindSchema,
  name: z.string(),
  nameEn: z.string(),
  defaultDepartmentId: z.string().nullable(),
  sort: z.number().int(),
  /** Inactive categories stay on old records but are no longer offered (history over deletion). */
  active: z.boolean(),
  version: z.number().int(),
});
export type ServiceCategory = z.infer<typeof serviceCategorySchema>;

export const serviceCategoryQuerySchema = z.strictObject({
  propertyId: id,
  kind: serviceKindSchema.optional(),
  /** The configuration page shows inactive ones too; the desk only what it may pick. */
  includeInactive: flag.optional(),
});

export const createServiceCategoryBodySchema = z.strictObject({
  propertyId: id,
  parentId: id.nullable().default(null),
  kind: serviceKindSchema,
  name: name(30),
  nameEn: optionalText(60).default(''),
  defaultDepartmentId: id.nullable().default(null),
  sort: sort.default(100),
});
export type CreateServiceCategoryBody = z.output<typeof createServiceCategoryBodySchema>;

export const updateServiceCategoryBodySchema = z.strictObject({
  version: z.number().int().min(1),
  name: name(30).optional(),
  nameEn: optionalText(60).optional(),
  defaultDepartmentId: id.nullable().optional(),
  sort: sort.optional(),
  /** false deactivates the category and everything under it; true brings it back. */
  active: z.boolean().optional(),
});
export type UpdateServiceCategoryBody = z.output<typeof updateServiceCategoryBodySchema>;

// ── SLA policies ──────────────────────────────────────────────────────────────────────────────
/** Up to 90 days: longer is not a service promise. */
const minutes = z
  .number()
  .int()
  .min(1)
  .max(90 * 24 * 60);

export const slaPolicySchema = z.object({
  id: z.string(),
  propertyId: z.string(),
  kind: serviceKindSchema,
  severity: serviceSeveritySchema,
  /** null: the policy of the kind and severity; a category's own policy wins over it. */
  categoryId: z.string().nullable(),
  /** What the policy is for, in words ("电梯困人"), for the configuration page. */
  name: z.string(),
  nameEn: z.string(),
  respondMinutes: z.number().int(),
  resolveMinutes: z.number().int(),
  /** true: the minutes count only within business hours (skipping nights, weekends, holidays). */
  businessHours: z.boolean(),
  version: z.number().int(),
});
export type SlaPolicy = z.infer<typeof slaPolicySchema>;

export const slaPolicyQuerySchema = z.strictObject({ propertyId: id });

const resolveNotBeforeRespond = (
  v: { respondMinutes?: number; resolveMinutes?: number },
  ctx: z.RefinementCtx,
) => {
  if (v.respondMinutes !== undefined && v.resolveMinutes !== undefined && v.resolveMinutes < v.respondMinutes)
    ctx.addIssue(custom('serviceConfig.resolveBeforeRespond', ['resolveMinutes']));
};

export const createSlaPolicyBodySchema = z
  .strictObject({
    propertyId: id,
    kind: serviceKindSchema,
    severity: serviceSeveritySchema,
    categoryId: id.nullable().default(null),
    name: optionalText(50).default(''),
    nameEn: optionalText(80).default(''),
    respondMinutes: minutes,
    resolveMinutes: minutes,
    businessHours: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (!severityAllowed(v.kind, v.severity))
      ctx.addIssue(custom('serviceConfig.emergencyRepairsOnly', ['severity']));
    resolveNotBeforeRespond(v, ctx);
  });
export type CreateSlaPolicyBody = z.output<typeof createSlaPolicyBodySchema>;

/** Kind, severity and category say what the policy is for: to change them, delete it and add another. */
export const updateSlaPolicyBodySchema = z
  .strictObject({
    version: z.number().int().min(1),
    name: optionalText(50).optional(),
    nameEn: optionalText(80).optional(),
    respondMinutes: minutes.optional(),
    resolveMinutes: minutes.optional(),
    businessHours: z.boolean().optional(),
  })
  .superRefine(resolveNotBeforeRespond);
export type UpdateSlaPolicyBody = z.output<typeof updateSlaPolicyBodySchema>;

export const versionQuerySchema = z.strictObject({ version: z.coerce.number().int().min(1) });

// ── escalation ────────────────────────────────────────────────────────────────────────────────
export const ESCALATION_MAX_LEVELS = 5;

export const escalationLevelSchema = z.object({
  level: z.number().int(),
  role: z.enum(ROLES),
  /** Minutes after the breach at which this level is told (level 1 usually at once). */
  afterMinutes: z.number().int(),
});
export type EscalationLevel = z.infer<typeof escalationLevelSchema>;

/** The levels are one list, replaced as a whole; `version` is the list's (0 when it was never set). */
export const escalationLevelsSchema = z.object({
  propertyId: z.string(),
  levels: z.array(escalationLevelSchema),
  version: z.number().int(),
});
export type EscalationLevels = z.infer<typeof escalationLevelsSchema>;

export const propertyQuerySchema = z.strictObject({ propertyId: id });

export const replaceEscalationLevelsBodySchema = z.strictObject({
  propertyId: id,
  version: z.number().int().min(0),
  /** In order: the first entry is level 1. */
  levels: z
    .array(
      z.strictObject({
        role: z.enum(ROLES),
        afterMinutes: z
          .number()
          .int()
          .min(0)
          .max(7 * 24 * 60),
      }),
    )
    .max(ESCALATION_MAX_LEVELS)
    .superRefine((levels, ctx) => {
      levels.forEach((l, i) => {
        if (i > 0 && l.afterMinutes < levels[i - 1]!.afterMinutes)
          ctx.addIssue(custom('serviceConfig.escalationOrder', [i, 'afterMinutes']));
      });
    }),
});
export type ReplaceEscalationLevelsBody = z.output<typeof replaceEscalationLevelsBodySchema>;

// ── phrases ───────────────────────────────────────────────────────────────────────────────────
/** When the desk says it: greeting a visitor or caller, asking to wait, apologising, saying goodbye. */
export const PHRASE_STAGES = ['greeting', 'wait', 'apology', 'farewell', 'other'] as const;
export type PhraseStage = (typeof PHRASE_STAGES)[number];

export const servicePhraseSchema = z.object({
  id: z.string(),
  propertyId: z.string(),
  stage: z.enum(PHRASE_STAGES),
  text: z.string(),
  textEn: z.string(),
  sort: z.number().int(),
  active: z.boolean(),
  version: z.number().int(),
});
export type ServicePhrase = z.infer<typeof servicePhraseSchema>;

export const servicePhraseQuerySchema = z.strictObject({
  propertyId: id,
  stage: z.enum(PHRASE_STAGES).optional(),
  includeInactive: flag.optional(),
});

export const createServicePhraseBodySchema = z.strictObject({
  propertyId: id,
  stage: z.enum(PHRASE_STAGES),
  text: name(200),
  textEn: optionalText(300).default(''),
  sort: sort.default(100),
});
export type CreateServicePhraseBody = z.output<typeof createServicePhraseBodySchema>;

export const updateServicePhraseBodySchema = z.strictObject({
  version: z.number().int().min(1),
  stage: z.enum(PHRASE_STAGES).optional(),
  text: name(200).optional(),
  textEn: optionalText(300).optional(),
  sort: sort.optional(),
  active: z.boolean().optional(),
});
export type UpdateServicePhraseBody = z.output<typeof updateServicePhraseBodySchema>;

// ── settings ──────────────────────────────────────────────────────────────────────────────────
export const SERVICE_SETTINGS_DEFAULTS = {
  /** Warn when this share of a deadline has passed. */
  warningShare: 0.8,
  /** Call the customer back this long after a record is done. */
  followUpDelayHours: 24,
  /** After this long the desk screen prompts "对不起，让您久等了". */
  waitApologySeconds: 60,
} as const;

const settingsFields = {
  warningShare: z.number().min(0.5).max(0.95),
  followUpDelayHours: z
    .number()
    .int()
    .min(0)
    .max(30 * 24),
  waitApologySeconds: z.number().int().min(10).max(3600),
};

export const serviceSettingsSchema = z.object({
  propertyId: z.string(),
  warningShare: z.number(),
  followUpDelayHours: z.number().int(),
  waitApologySeconds: z.number().int(),
  version: z.number().int(),
});
export type ServiceSettings = z.infer<typeof serviceSettingsSchema>;

export const putServiceSettingsBodySchema = z.strictObject({
  propertyId: id,
  version: z.number().int().min(0),
  ...settingsFields,
});
export type PutServiceSettingsBody = z.output<typeof putServiceSettingsBodySchema>;

export const serviceConfigCodes = defineCodes({
  auditActions: [
    'serviceConfig.seed',
    'serviceConfig.settings.update',
    'serviceConfig.businessHours.update',
    'serviceConfig.holiday.create',
    'serviceConfig.holiday.delete',
    'serviceConfig.category.create',
    'serviceConfig.category.update',
    'serviceConfig.category.deactivate',
    'serviceConfig.category.reactivate',
    'serviceConfig.slaPolicy.create',
    'serviceConfig.slaPolicy.update',
    'serviceConfig.slaPolicy.delete',
    'serviceConfig.escalation.update',
    'serviceConfig.phrase.create',
    'serviceConfig.phrase.update',
    'serviceConfig.phrase.deactivate',
    'serviceConfig.phrase.reactivate',
  ],
});
