import type { EscalationLevels, ReplaceEscalationLevelsBody, Role } from '@qiantai/contracts';
import { newId } from '../../db/ids.js';
import { diffFields, writeAudit } from '../../platform/audit/audit-writer.js';
import { assertPropertyInScope, inTransaction, type ServiceContext } from '../../platform/context.js';
import { staleVersion } from '../../platform/errors.js';
import * as repo from './escalation.repository.js';

// Who is told when a deadline is missed: level 1 at the breach (usually the supervisor), level 2 a
// while later (the manager) … The list is edited and replaced as a whole, with one version.

const MINUTE_MS = 60_000;

const toLevels = (rows: repo.EscalationLevelRow[]) =>
  rows.map((r) => ({ level: r.level, role: r.role, afterMinutes: r.after_minutes }));

/** The list's version: every row carries it; 0 for a property that never had a list. */
const versionOf = (rows: repo.EscalationLevelRow[]) => rows[0]?.version ?? 0;

export async function getEscalationLevels(
  ctx: ServiceContext,
  propertyId: string,
): Promise<EscalationLevels> {
  assertPropertyInScope(ctx, propertyId);
  const rows = await repo.listLevels(ctx.db, propertyId);
  return { propertyId, levels: toLevels(rows), version: versionOf(rows) };
}

/** Writes a new list at `version` (the caller has checked scope and version). */
export async function writeEscalationLevels(
  ctx: ServiceContext,
  propertyId: string,
  levels: ReplaceEscalationLevelsBody['levels'],
  version: number,
) {
  const now = ctx.now();
  await repo.insertLevels(
    ctx.db,
    levels.map((l, i) => ({
      id: newId(now),
      property_id: propertyId,
      level: i + 1,
      role: l.role,
      after_minutes: l.afterMinutes,
      created_at: now,
      version,
    })),
  );
}

export async function replaceEscalationLevels(
  ctx: ServiceContext,
  body: ReplaceEscalationLevelsBody,
): Promise<EscalationLevels> {
  assertPropertyInScope(ctx, body.propertyId);
  return inTransaction(ctx, async (tx) => {
    const before = await repo.listLevels(tx.db, body.propertyId);
    const current = versionOf(before);
    if (current !== body.version) throw staleVersion(current);
    if ((await repo.deleteLevels(tx.db, body.propertyId, current)) !== before.length)
      throw staleVersion(current);
    await writeEscalationLevels(tx, body.propertyId, body.levels, current + 1);
    const after = await getEscalationLevels(tx, body.propertyId);
    await writeAudit(tx, {
      action: 'serviceConfig.escalation.update',
      entityType: 'escalation_levels',
      entityId: body.propertyId,
      propertyId: body.propertyId,
      changes: diffFields({ levels: toLevels(before) }, { levels: after.levels }),
    });
    return after;
  });
}

/** The levels in order, for the escalation jobs (the caller has checked scope). */
export async function escalationLevelsOf(
  ctx: ServiceContext,
  propertyId: string,
): Promise<{ level: number; role: Role; afterMs: number }[]> {
  return toLevels(await repo.listLevels(ctx.db, propertyId)).map((l) => ({
    level: l.level,
    role: l.role,
    afterMs: l.afterMinutes * MINUTE_MS,
  }));
}
