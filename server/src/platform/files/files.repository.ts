import type { Db } from '../../db/database.js';
import type { FilesTable } from '../../db/schema.js';

export type FileRow = FilesTable;

export async function insertFile(db: Db, row: FileRow) {
  await db.insertInto('files').values(row).execute();
}

/** Names of files, for lists (never the contents). */
export async function fileNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('files')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function findFile(db: Db, id: string) {
  return db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
}

/** What a list shows of stored files: never the contents. */
export async function fileSummaries(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('files')
    .select(['id', 'name', 'mime', 'size', 'created_by', 'created_at'])
    .where('id', 'in', [...ids])
    .orderBy('created_at')
    .execute();
}
