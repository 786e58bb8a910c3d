import {
  SERVICE_SETTINGS_DEFAULTS,
  type PutServiceSettingsBody,
  type ServiceSettings,
} from '@qiantai/contracts';
import { auditedFields, diffFields, writeAudit } from '../../platform/audit/audit-writer.js';
import { assertPropertyInScope, inTransaction, type ServiceContext } from '../../platform/context.js';
import { staleVersion } from '../../platform/errors.js';
import * as repo from './settings.repository.js';

// A property's register settings: when to warn before a deadline, when to call back, when the desk
// screen reminds the receptionist to apologise for the wait. A property without a row uses the defaults.

async function settingsRow(ctx: ServiceContext, propertyId: string): Promise<ServiceSettings> {
  const row = await repo.findSettings(ctx.db, propertyId);
  if (!row) return { propertyId, ...SERVICE_SETTINGS_DEFAULTS, version: 0 };
  return {
    propertyId,
    warningShare: row.warning_share,
    followUpDelayHours: row.follow_up_delay_hours,
    waitApologySeconds: row.wait_apology_seconds,
    version: row.version,
  };
}

export async function getServiceSettings(ctx: ServiceContext, propertyId: string): Promise<ServiceSettings> {
  assertPropertyInScope(ctx, propertyId);
  return settingsRow(ctx, propertyId);
}

/** Saves the settings; `version` 0 means the property still had the defaults. */
export async function putServiceSettings(
  ctx: ServiceContext,
  body: PutServiceSettingsBody,
): Promise<ServiceSettings> {
  assertPropertyInScope(ctx, body.propertyId);
  return inTransaction(ctx, async (tx) => {
    const before = await settingsRow(tx, body.propertyId);
    if (before.version !== body.version) throw staleVersion(before.version);
    const now = tx.now();
    const fields = {
      warning_share: body.warningShare,
      follow_up_delay_hours: body.followUpDelayHours,
      wait_apology_seconds: body.waitApologySeconds,
      updated_at: now,
    };
    if (before.version === 0)
      await repo.insertSettings(tx.db, { property_id: body.propertyId, ...fields, version: 1 });
    else if (!(await repo.updateSettings(tx.db, body.propertyId, body.version, fields)))
      throw staleVersion(before.version);
    const after = await settingsRow(tx, body.propertyId);
    await writeAudit(tx, {
      action: 'serviceConfig.settings.update',
      entityType: 'service_settings',
      entityId: body.propertyId,
      propertyId: body.propertyId,
      changes: diffFields(auditedFields(before), auditedFields(after)),
    });
    return after;
  });
}

/** The settings in the units the records module computes with (the caller has checked scope). */
export async function serviceSettingsOf(
  ctx: ServiceContext,
  propertyId: string,
): Promise<{ warningShare: number; followUpDelayMs: number; waitApologyMs: number }> {
  const s = await settingsRow(ctx, propertyId);
  return {
    warningShare: s.warningShare,
    followUpDelayMs: s.followUpDelayHours * 3_600_000,
    waitApologyMs: s.waitApologySeconds * 1000,
  };
}
