import type {
  CreateServicePhraseBody,
  PhraseStage,
  ServicePhrase,
  UpdateServicePhraseBody,
} from '@qiantai/contracts';
import { newId } from '../../db/ids.js';
import { auditedFields } from '../../platform/audit/audit-writer.js';
import { auditCreate, auditUpdate } from '../../platform/audit/audited-writes.js';
import { assertPropertyInScope, inTransaction, type ServiceContext } from '../../platform/context.js';
import { staleVersion } from '../../platform/errors.js';
import { requireInScope } from '../../platform/in-scope.js';
import * as repo from './phrases.repository.js';

// The desk's phrase library (话术): what to say when greeting, asking someone to wait, apologising
// and saying goodbye, in Chinese and English. Retired phrases are deactivated, not deleted.

export const toPhrase = (row: repo.PhraseRow): ServicePhrase => ({
  id: row.id,
  propertyId: row.property_id,
  stage: row.stage,
  text: row.text,
  textEn: row.text_en,
  sort: row.sort,
  active: row.active === 1,
  version: row.version,
});
const PHRASE = { entityType: 'service_phrase', view: auditedFields<ServicePhrase> };

export async function listPhrases(
  ctx: ServiceContext,
  q: { propertyId: string; stage?: PhraseStage; includeInactive?: 'true' | 'false' },
): Promise<ServicePhrase[]> {
  assertPropertyInScope(ctx, q.propertyId);
  const rows = await repo.listPhrases(ctx.db, q.propertyId, {
    stage: q.stage,
    activeOnly: q.includeInactive !== 'true',
  });
  return rows.map(toPhrase);
}

/** Inserts phrases; one audit entry each unless `quiet` (the seed logs once). */
export async function insertPhrases(ctx: ServiceContext, rows: repo.PhraseRow[], quiet = false) {
  await repo.insertPhrases(ctx.db, rows);
  if (quiet) return;
  for (const row of rows)
    await auditCreate(ctx, { action: 'serviceConfig.phrase.create', ...PHRASE, entity: toPhrase(row) });
}

export async function createPhrase(
  ctx: ServiceContext,
  body: CreateServicePhraseBody,
): Promise<ServicePhrase> {
  assertPropertyInScope(ctx, body.propertyId);
  return inTransaction(ctx, async (tx) => {
    const now = tx.now();
    const row: repo.PhraseRow = {
      id: newId(now),
      property_id: body.propertyId,
      stage: body.stage,
      text: body.text,
      text_en: body.textEn,
      sort: body.sort,
      active: 1,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await insertPhrases(tx, [row]);
    return toPhrase(row);
  });
}

export async function updatePhrase(
  ctx: ServiceContext,
  id: string,
  body: UpdateServicePhraseBody,
): Promise<ServicePhrase> {
  return inTransaction(ctx, async (tx) => {
    const before = requireInScope(tx, await repo.findPhrase(tx.db, id));
    if (before.version !== body.version) throw staleVersion(before.version);
    const patch: Partial<repo.PhraseRow> = {
      stage: body.stage ?? before.stage,
      text: body.text ?? before.text,
      text_en: body.textEn ?? before.text_en,
      sort: body.sort ?? before.sort,
      active: body.active === undefined ? before.active : body.active ? 1 : 0,
      updated_at: tx.now(),
    };
    if (!(await repo.updatePhrase(tx.db, id, body.version, patch))) throw staleVersion(before.version);
    const after = toPhrase({ ...before, ...patch, version: body.version + 1 });
    await auditUpdate(tx, {
      action:
        patch.active === before.active
          ? 'serviceConfig.phrase.update'
          : `serviceConfig.phrase.${after.active ? 'reactivate' : 'deactivate'}`,
      ...PHRASE,
      before: toPhrase(before),
      after,
    });
    return after;
  });
}
