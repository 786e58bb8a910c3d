import type { PhraseStage } from '@qiantai/contracts';
import type { Db } from '../../db/database.js';
import type { ServicePhrasesTable } from './service-config.tables.js';

export type PhraseRow = ServicePhrasesTable;

export async function listPhrases(
  db: Db,
  propertyId: string,
  opts: { stage?: PhraseStage; activeOnly: boolean },
) {
  let query = db.selectFrom('service_phrases').selectAll().where('property_id', '=', propertyId);
  if (opts.stage) query = query.where('stage', '=', opts.stage);
  if (opts.activeOnly) query = query.where('active', '=', 1);
  return query.orderBy('stage').orderBy('sort').orderBy('id').execute();
}

export async function findPhrase(db: Db, id: string) {
  return db.selectFrom('service_phrases').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertPhrases(db: Db, rows: PhraseRow[]) {
  if (rows.length) await db.insertInto('service_phrases').values(rows).execute();
}

export async function updatePhrase(db: Db, id: string, version: number, patch: Partial<PhraseRow>) {
  const result = await db
    .updateTable('service_phrases')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
