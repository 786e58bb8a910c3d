import { z } from 'zod';
import type {
  ExternalChannel,
  NotificationSettings,
  SettingsSection,
  UpdateNotificationSettingsBody,
} from '@qiantai/contracts';
import { diffFields, writeAudit } from '../../platform/audit/audit-writer.js';
import { assertPropertyInScope, inTransaction, type ServiceContext } from '../../platform/context.js';
import { invalid, staleVersion } from '../../platform/errors.js';
import type { PersonalDataCipher } from '../../platform/privacy/personal-data-cipher.js';
import * as repo from './settings.repository.js';

// Channel settings are per property, not per company: each property is run (and often contracted)
// on its own, has its own WeCom group and may have its own mail account and SMS signature, and an
// administrator of one property (admin1) must not change how another property's staff are reached.
// Decision 0011.

const generalConfig = z.object({ appUrl: z.string().default('') });
const emailConfig = z.object({
  host: z.string().default(''),
  port: z.number().int().default(465),
  secure: z.boolean().default(true),
  user: z.string().default(''),
  from: z.string().default(''),
});
const wecomConfig = z.object({ webhookHint: z.string().nullable().default(null) });
const smsConfig = z.object({
  url: z.string().default(''),
  apiKeyHeader: z.string().default('x-api-key'),
  signature: z.string().default(''),
});

export type EmailSettings = z.infer<typeof emailConfig> & { password: string | null };
export interface WecomSettings {
  webhookUrl: string | null;
}
export type SmsSettings = z.infer<typeof smsConfig> & { apiKey: string | null };

/** A property's channels as the senders need them: secrets unsealed, never leaving the server. */
export interface ChannelSettings {
  appUrl: string;
  email: { enabled: boolean; saved: boolean; settings: EmailSettings };
  wecom: { enabled: boolean; saved: boolean; settings: WecomSettings };
  sms: { enabled: boolean; saved: boolean; settings: SmsSettings };
}

const parseConfig = <T extends z.ZodType>(schema: T, row: repo.SettingsRow | undefined): z.output<T> =>
  schema.parse(row ? JSON.parse(row.config) : {});

async function sectionsOf(ctx: ServiceContext, propertyId: string) {
  const rows = await repo.findSections(ctx.db, propertyId);
  return (section: SettingsSection) => rows.find((r) => r.section === section);
}

export async function getSettings(ctx: ServiceContext, propertyId: string): Promise<NotificationSettings> {
  assertPropertyInScope(ctx, propertyId);
  const row = await sectionsOf(ctx, propertyId);
  const [general, email, wecom, sms] = [row('general'), row('email'), row('wecom'), row('sms')];
  return {
    propertyId,
    general: { ...parseConfig(generalConfig, general), version: general?.version ?? 0 },
    email: {
      ...parseConfig(emailConfig, email),
      enabled: email?.enabled === 1,
      passwordSet: Boolean(email?.secret),
      version: email?.version ?? 0,
    },
    wecom: {
      ...parseConfig(wecomConfig, wecom),
      enabled: wecom?.enabled === 1,
      webhookSet: Boolean(wecom?.secret),
      version: wecom?.version ?? 0,
    },
    sms: {
      ...parseConfig(smsConfig, sms),
      enabled: sms?.enabled === 1,
      apiKeySet: Boolean(sms?.secret),
      version: sms?.version ?? 0,
    },
  };
}

/** The last characters of the robot's key, enough to tell two robots apart and useless to anyone else. */
function webhookHint(url: string): string {
  const key = new URL(url).searchParams.get('key') ?? url;
  return `…${key.slice(-4)}`;
}

/** Absent: keep; null or '': remove; otherwise seal the new value. */
function nextSecret(cipher: PersonalDataCipher, stored: string | null, given: string | null | undefined) {
  if (given === undefined) return stored;
  return given ? cipher.encrypt(given) : null;
}

function sectionValues(
  cipher: PersonalDataCipher,
  body: UpdateNotificationSettingsBody,
  before: repo.SettingsRow | undefined,
): { enabled: boolean; config: unknown; secret: string | null } {
  const stored = before?.secret ?? null;
  switch (body.section) {
    case 'general':
      return { enabled: true, config: { appUrl: body.appUrl.replace(/\/+$/, '') }, secret: null };
    case 'email': {
      const { host, port, secure, user, from } = body;
      const secret = nextSecret(cipher, stored, body.password);
      return { enabled: body.enabled, config: { host, port, secure, user, from }, secret };
    }
    case 'wecom': {
      const secret = nextSecret(cipher, stored, body.webhookUrl);
      if (body.enabled && !secret) throw invalid('notification.webhookRequired', 'webhookUrl');
      const hint =
        body.webhookUrl === undefined
          ? parseConfig(wecomConfig, before).webhookHint
          : body.webhookUrl && webhookHint(body.webhookUrl);
      return { enabled: body.enabled, config: { webhookHint: hint || null }, secret };
    }
    case 'sms': {
      const { url, apiKeyHeader, signature } = body;
      const secret = nextSecret(cipher, stored, body.apiKey);
      return { enabled: body.enabled, config: { url, apiKeyHeader, signature }, secret };
    }
  }
}

/** What the history records of a section: its settings, and only whether a secret is set. */
const auditView = (s: NotificationSettings, section: SettingsSection): Record<string, unknown> => {
  const { version: _version, ...fields } = s[section];
  return fields;
};

/** Saves one section. The version is the one the page showed (0 before the first save); stale → 409. */
export async function updateSettings(
  ctx: ServiceContext,
  cipher: PersonalDataCipher,
  body: UpdateNotificationSettingsBody,
): Promise<NotificationSettings> {
  assertPropertyInScope(ctx, body.propertyId);
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findSection(tx.db, body.propertyId, body.section);
    const current = before?.version ?? 0;
    if (current !== body.version) throw staleVersion(current);
    const shownBefore = await getSettings(tx, body.propertyId);
    const values = sectionValues(cipher, body, before);
    const fields = {
      enabled: values.enabled ? 1 : 0,
      config: JSON.stringify(values.config),
      secret: values.secret,
      updated_at: tx.now(),
      updated_by: tx.actor?.userId ?? null,
    };
    const saved = before
      ? await repo.updateSection(tx.db, body.propertyId, body.section, body.version, fields)
      : await repo.insertSection(tx.db, {
          property_id: body.propertyId,
          section: body.section,
          version: 1,
          ...fields,
        });
    if (!saved) throw staleVersion(current);
    const after = await getSettings(tx, body.propertyId);
    await writeAudit(tx, {
      action: 'notification.settings.update',
      entityType: 'notification_settings',
      entityId: `${body.propertyId}:${body.section}`,
      propertyId: body.propertyId,
      changes: diffFields(auditView(shownBefore, body.section), auditView(after, body.section)),
      detail: { section: body.section },
    });
    return after;
  });
}

/** Every section of the property with its secrets unsealed, for sending. Never answer this to a client. */
export async function channelSettings(
  ctx: ServiceContext,
  cipher: PersonalDataCipher,
  propertyId: string,
): Promise<ChannelSettings> {
  const row = await sectionsOf(ctx, propertyId);
  const unseal = (r: repo.SettingsRow | undefined) => (r?.secret ? cipher.decrypt(r.secret) : null);
  const [email, wecom, sms] = [row('email'), row('wecom'), row('sms')];
  return {
    appUrl: parseConfig(generalConfig, row('general')).appUrl,
    email: {
      enabled: email?.enabled === 1,
      saved: Boolean(email),
      settings: { ...parseConfig(emailConfig, email), password: unseal(email) },
    },
    wecom: { enabled: wecom?.enabled === 1, saved: Boolean(wecom), settings: { webhookUrl: unseal(wecom) } },
    sms: {
      enabled: sms?.enabled === 1,
      saved: Boolean(sms),
      settings: { ...parseConfig(smsConfig, sms), apiKey: unseal(sms) },
    },
  };
}

/** External channels switched on, per property. */
export async function openChannels(
  ctx: ServiceContext,
  propertyIds: readonly string[],
): Promise<Map<string, Set<ExternalChannel>>> {
  const open = new Map<string, Set<ExternalChannel>>();
  for (const r of await repo.enabledSections(ctx.db, propertyIds)) {
    if (r.section === 'general') continue;
    const set = open.get(r.property_id) ?? new Set<ExternalChannel>();
    set.add(r.section);
    open.set(r.property_id, set);
  }
  return open;
}
