import type { Db } from '../../db/database.js';
import type { SearchDisplayRow, SearchResidenceRow } from './search-display.js';

// Rows per INSERT: 7 parameters each stays well under SQLite's and PostgreSQL's parameter limits.
const INSERT_CHUNK = 2000;

export async function upsertDisplay(db: Db, row: SearchDisplayRow) {
  await db
    .insertInto('search_display')
    .values(row)
    .onConflict((oc) =>
      oc.column('entity_id').doUpdateSet((eb) => ({
        title: eb.ref('excluded.title'),
        detail: eb.ref('excluded.detail'),
        person_id: eb.ref('excluded.person_id'),
      })),
    )
    .execute();
}

export async function deleteDisplay(db: Db, entityId: string) {
  await db.deleteFrom('search_display').where('entity_id', '=', entityId).execute();
}

/** A link's two lines, written whenever the link is made or changed (last writer wins, as on the link). */
export async function upsertResidence(db: Db, rows: readonly SearchResidenceRow[]) {
  await db
    .insertInto('search_residences')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['link_id', 'entity_id']).doUpdateSet((eb) => ({
        role: eb.ref('excluded.role'),
        until_date: eb.ref('excluded.until_date'),
      })),
    )
    .execute();
}

/** Bulk insert for a fresh table: the migration that fills it and the benchmark. */
export async function insertDisplayRows(db: Db, rows: readonly SearchDisplayRow[]) {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    await db
      .insertInto('search_display')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .execute();
}

export async function insertResidenceRows(db: Db, rows: readonly SearchResidenceRow[]) {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    await db
      .insertInto('search_residences')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .execute();
}
