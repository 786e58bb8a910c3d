import { z } from 'zod';
import { pageOf, pageQuerySchema } from './common.js';
import { mobileSchema } from './directory-fields.js';
import { defineCodes } from './define-codes.js';

// Notifications (issue 4): in-app (the bell), e-mail over SMTP, a WeCom group robot and SMS, behind
// one channel interface, with per-user and per-event preferences. Design: docs/decisions/0011-notifications.md.

export const NOTIFICATION_EVENTS = [
  'service.assigned', // a record was routed or assigned to you or your department
  'service.major', // a major complaint or incident: the manager is told at once and must acknowledge
  'service.sla_warning', // 80 % of a deadline used
  'service.escalated', // a deadline breached; escalated to you
  'service.reopened', // a dissatisfied follow-up reopened a record
  'service.followup_due', // follow-up calls are due
  'service.comment', // a comment on your record
] as const;
export const notificationEventSchema = z.enum(NOTIFICATION_EVENTS);
export type NotificationEvent = z.infer<typeof notificationEventSchema>;

export const NOTIFICATION_CHANNELS = ['in_app', 'email', 'wecom', 'sms'] as const;
export type NotificationChannelName = (typeof NOTIFICATION_CHANNELS)[number];
/** Channels that leave the app: each send is a delivery row, sent by a job after commit. */
export const EXTERNAL_CHANNELS = ['email', 'wecom', 'sms'] as const;
export type ExternalChannel = (typeof EXTERNAL_CHANNELS)[number];

/** What a user gets before changing anything: the bell for every event, e-mail when it is serious. */
export function defaultPreference(event: NotificationEvent, channel: NotificationChannelName): boolean {
  if (channel === 'in_app') return true;
  if (channel === 'email') return event === 'service.escalated' || event === 'service.major';
  return false;
}

const bilingualSchema = z.object({ zh: z.string(), en: z.string() });

export const notificationSchema = z.object({
  id: z.string(),
  propertyId: z.string(),
  event: notificationEventSchema,
  title: bilingualSchema,
  body: bilingualSchema,
  /** A path in the web app, e.g. /service/records/<id>. */
  link: z.string().nullable(),
  entity: z.object({ type: z.string(), id: z.string() }).nullable(),
  urgent: z.boolean(),
  readAt: z.number().nullable(),
  createdAt: z.number(),
});
// Not `Notification`: that is the browser's own global.
export type NotificationItem = z.infer<typeof notificationSchema>;

export const notificationPageSchema = pageOf(notificationSchema).extend({ unreadCount: z.number().int() });
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const notificationListQuerySchema = pageQuerySchema.extend({
  unread: z.enum(['true', 'false']).optional(),
  propertyId: z.string().min(1).max(64).optional(),
});

export const unreadCountSchema = z.object({ unreadCount: z.number().int() });

/** The live event `notification.created` carries this, to the recipient only. */
export const notificationCreatedEventSchema = z.object({ notification: notificationSchema });

// Preferences: one switch per event and channel.
export const notificationPreferenceSchema = z.object({
  event: notificationEventSchema,
  channel: z.enum(NOTIFICATION_CHANNELS),
  enabled: z.boolean(),
});
export type NotificationPreference = z.infer<typeof notificationPreferenceSchema>;

export const notificationPreferencesSchema = z.object({
  items: z.array(notificationPreferenceSchema),
  /** External channels set up in at least one of my properties (the others cannot reach me yet). */
  availableChannels: z.array(z.enum(EXTERNAL_CHANNELS)),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const updateNotificationPreferencesBodySchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        event: notificationEventSchema,
        channel: z.enum(NOTIFICATION_CHANNELS),
        enabled: z.boolean(),
      }),
    )
    .min(1)
    .max(NOTIFICATION_EVENTS.length * NOTIFICATION_CHANNELS.length),
});

// Where my e-mail and SMS go. The mobile leaves the server masked, like every phone number.
export const emailAddressSchema = z.string().trim().max(254).pipe(z.email());

export const notificationContactSchema = z.object({
  email: z.string().nullable(),
  mobileMasked: z.string().nullable(),
});
export type NotificationContact = z.infer<typeof notificationContactSchema>;

/** Absent: unchanged; null: removed. */
export const updateNotificationContactBodySchema = z.strictObject({
  email: emailAddressSchema.nullable().optional(),
  mobile: mobileSchema.nullable().optional(),
});

// Administration: deliveries.
export const DELIVERY_STATUSES = ['pending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const notificationDeliverySchema = z.object({
  id: z.string(),
  propertyId: z.string(),
  notificationId: z.string().nullable(),
  channel: z.enum(EXTERNAL_CHANNELS),
  event: notificationEventSchema.nullable(),
  title: bilingualSchema.nullable(),
  /** null: a group message (WeCom), not one person's. */
  recipient: z.object({ userId: z.string(), displayName: z.string() }).nullable(),
  /** Where it went: an e-mail address, a masked mobile, or null for the group. */
  target: z.string().nullable(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.number().nullable(),
  sentAt: z.number().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type NotificationDelivery = z.infer<typeof notificationDeliverySchema>;
export const notificationDeliveryPageSchema = pageOf(notificationDeliverySchema);

export const notificationDeliveryQuerySchema = pageQuerySchema.extend({
  propertyId: z.string().min(1).max(64).optional(),
  status: z.enum(DELIVERY_STATUSES).optional(),
  channel: z.enum(EXTERNAL_CHANNELS).optional(),
});

// Administration: channel settings, per property. Secrets are write-only: the answer says whether
// one is set, never what it is.
export const SETTINGS_SECTIONS = ['general', 'email', 'wecom', 'sms'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

const propertyIdField = z.string().min(1).max(64);
const versionField = z.number().int().min(0);
const httpUrlSchema = z
  .string()
  .trim()
  .max(500)
  .pipe(z.url({ protocol: /^https?$/ }));

export const notificationSettingsQuerySchema = z.strictObject({ propertyId: propertyIdField });

export const notificationSettingsSchema = z.object({
  propertyId: z.string(),
  general: z.object({
    /** The address staff open Qiantai at, for links in e-mail and WeCom; '' when not set. */
    appUrl: z.string(),
    version: z.number().int(),
  }),
  email: z.object({
    enabled: z.boolean(),
    host: z.string(),
    port: z.number().int(),
    secure: z.boolean(),
    user: z.string(),
    from: z.string(),
    passwordSet: z.boolean(),
    version: z.number().int(),
  }),
  wecom: z.object({
    enabled: z.boolean(),
    webhookSet: z.boolean(),
    /** The end of the robot's key, so an admin can tell which robot is set. */
    webhookHint: z.string().nullable(),
    version: z.number().int(),
  }),
  sms: z.object({
    enabled: z.boolean(),
    url: z.string(),
    apiKeyHeader: z.string(),
    signature: z.string(),
    apiKeySet: z.boolean(),
    version: z.number().int(),
  }),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/** A field a switched-on channel cannot do without; the key is translated by server and web. */
const REQUIRED_WHEN_ENABLED = 'notification.requiredWhenEnabled';
const requiredWhenEnabled = (path: string) => ({
  code: 'custom' as const,
  path: [path],
  message: REQUIRED_WHEN_ENABLED,
  params: { key: REQUIRED_WHEN_ENABLED },
});

const headerNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9-]+$/);

/** One section at a time, each with the version the page showed (0 before the first save). */
export const updateNotificationSettingsBodySchema = z.discriminatedUnion('section', [
  z.strictObject({
    propertyId: propertyIdField,
    section: z.literal('general'),
    version: versionField,
    appUrl: z.union([z.literal(''), httpUrlSchema]),
  }),
  z
    .strictObject({
      propertyId: propertyIdField,
      section: z.literal('email'),
      version: versionField,
      enabled: z.boolean(),
      host: z.string().trim().max(253).default(''),
      port: z.number().int().min(1).max(65535).default(465),
      secure: z.boolean().default(true),
      user: z.string().trim().max(254).default(''),
      /** Absent: keep the stored password; null: remove it. */
      password: z.string().max(500).nullable().optional(),
      from: z.union([z.literal(''), emailAddressSchema]).default(''),
    })
    .superRefine((v, ctx) => {
      if (v.enabled && !v.host) ctx.addIssue(requiredWhenEnabled('host'));
      if (v.enabled && !v.from) ctx.addIssue(requiredWhenEnabled('from'));
    }),
  z.strictObject({
    propertyId: propertyIdField,
    section: z.literal('wecom'),
    version: versionField,
    enabled: z.boolean(),
    /** Absent: keep the stored webhook; null: remove it. */
    webhookUrl: httpUrlSchema.nullable().optional(),
  }),
  z
    .strictObject({
      propertyId: propertyIdField,
      section: z.literal('sms'),
      version: versionField,
      enabled: z.boolean(),
      url: z.union([z.literal(''), httpUrlSchema]).default(''),
      apiKeyHeader: headerNameSchema.default('x-api-key'),
      /** Absent: keep the stored key; null: remove it. */
      apiKey: z.string().max(500).nullable().optional(),
      signature: z.string().trim().max(20).default(''),
    })
    .superRefine((v, ctx) => {
      if (v.enabled && !v.url) ctx.addIssue(requiredWhenEnabled('url'));
    }),
]);
export type UpdateNotificationSettingsBody = z.infer<typeof updateNotificationSettingsBodySchema>;

/** Sends one test message with the saved settings; `to` defaults to my own address or mobile. */
export const testNotificationBodySchema = z.strictObject({
  propertyId: propertyIdField,
  channel: z.enum(EXTERNAL_CHANNELS),
  to: z.string().trim().max(254).optional(),
});

export const testNotificationResultSchema = z.object({
  ok: z.boolean(),
  /** Why it failed, as the server or gateway said it (technical, not translated). */
  error: z.string().nullable(),
  target: z.string().nullable(),
});
export type TestNotificationResult = z.infer<typeof testNotificationResultSchema>;

export const notificationsCodes = defineCodes({
  auditActions: [
    'notification.preferences.update',
    'notification.settings.update',
    'notification.delivery.retry',
    'notification.test',
  ],
  jobKinds: ['notification.announce', 'notification.deliver'],
  liveTopics: {
    /** An in-app notification, to its recipient alone. */
    'notification.created': notificationCreatedEventSchema,
  },
});
