import { sql, type Migration } from 'kysely';
import type { Dialect } from '../database.js';
import type { MigrationDb } from './migration-db.js';
import { insertDisplayRows, insertResidenceRows } from '../../modules/lookup/lookup-display.repository.js';
import {
  personDisplay,
  residenceRows,
  unitDisplay,
  vehicleDisplay,
} from '../../modules/lookup/search-display.js';

/**
 * What the desk lookup shows of each match, readable in the same statement that finds the matches
 * (decision 0009): search_display (one row per person, unit and vehicle) and search_residences
 * (two rows per residence link, one for each side, with its end date so "current" is decided when
 * a search runs).
 * Existing rows are filled here, in JS, with the same functions the indexer uses.
 * search_terms_lookup gains `kind`, so the probes read the index alone.
 */
export function searchDisplayMigration(dialect: Dialect): Migration {
  return {
    async up(db: MigrationDb) {
      const display = db.schema
        .createTable('search_display')
        .addColumn('entity_id', 'text', (c) => c.primaryKey())
        .addColumn('entity_type', 'text', (c) => c.notNull())
        .addColumn('property_id', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('person_id', 'text');
      // A search looks up about three display rows per result. On SQLite a table without rowid is
      // one B-tree keyed by entity_id instead of a key index plus the table (measured 12% less per
      // search); PostgreSQL has no such option and needs none. The queries are the same.
      await (dialect === 'sqlite' ? display.modifyEnd(sql`WITHOUT ROWID`) : display).execute();
      await db.schema
        .createTable('search_residences')
        .addColumn('link_id', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('other_id', 'text', (c) => c.notNull())
        .addColumn('property_id', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('until_date', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('search_residences_pkey', ['link_id', 'entity_id'])
        .execute();
      // Covering: a search reads a matched person's or unit's lines from the index alone.
      await db.schema
        .createIndex('search_residences_entity')
        .on('search_residences')
        .columns(['entity_id', 'until_date', 'other_id', 'role', 'created_at', 'link_id'])
        .execute();
      // The probes read kind too: with it in the index they never visit the table (about half the
      // cost of a probe on SQLite, where each table visit is a random read).
      await db.schema.dropIndex('search_terms_lookup').execute();
      await db.schema
        .createIndex('search_terms_lookup')
        .on('search_terms')
        .columns(['property_id', 'anchored', 'term', 'entity_type', 'entity_id', 'kind'])
        .execute();
      await fillSearchDisplay(db);
    },
  };
}

const PAGE = 5000;

/** Pages through a table by id, so a directory of any size is filled without loading it whole. */
async function eachPage<T extends { id: string }>(
  db: MigrationDb,
  table: string,
  columns: (keyof T & string)[],
  work: (rows: T[]) => Promise<void>,
) {
  for (let after = ''; ;) {
    const rows = (await db
      .selectFrom(table)
      .select(columns)
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute()) as T[];
    if (rows.length === 0) return;
    await work(rows);
    after = rows[rows.length - 1]!.id;
  }
}

interface PersonRow {
  id: string;
  property_id: string;
  name: string;
  mobile: string | null;
}
interface UnitRow {
  id: string;
  property_id: string;
  code: string;
}
interface VehicleRow {
  id: string;
  property_id: string;
  plate: string;
  colour: string;
  model: string;
  person_id: string | null;
}
interface LinkRow {
  id: string;
  property_id: string;
  person_id: string;
  unit_id: string;
  role: 'owner' | 'tenant' | 'household' | 'emergency_contact';
  until_date: string | null;
  created_at: number | string;
}

/** The display rows of every person, unit, vehicle and residence link already on file. */
export async function fillSearchDisplay(db: MigrationDb) {
  await eachPage<PersonRow>(db, 'people', ['id', 'property_id', 'name', 'mobile'], (rows) =>
    insertDisplayRows(
      db,
      rows.map((p) => personDisplay({ id: p.id, propertyId: p.property_id, name: p.name, mobile: p.mobile })),
    ),
  );
  await eachPage<UnitRow>(db, 'units', ['id', 'property_id', 'code'], (rows) =>
    insertDisplayRows(
      db,
      rows.map((u) => unitDisplay({ id: u.id, propertyId: u.property_id, code: u.code })),
    ),
  );
  const vehicleColumns: (keyof VehicleRow)[] = ['id', 'property_id', 'plate', 'colour', 'model', 'person_id'];
  await eachPage<VehicleRow>(db, 'vehicles', vehicleColumns, (rows) =>
    insertDisplayRows(
      db,
      rows.map((v) =>
        vehicleDisplay({
          id: v.id,
          propertyId: v.property_id,
          plate: v.plate,
          colour: v.colour,
          model: v.model,
          personId: v.person_id,
        }),
      ),
    ),
  );
  const linkColumns: (keyof LinkRow)[] = [
    'id',
    'property_id',
    'person_id',
    'unit_id',
    'role',
    'until_date',
    'created_at',
  ];
  await eachPage<LinkRow>(db, 'person_units', linkColumns, (rows) =>
    insertResidenceRows(
      db,
      rows.flatMap((l) =>
        residenceRows({
          linkId: l.id,
          propertyId: l.property_id,
          personId: l.person_id,
          unitId: l.unit_id,
          role: l.role,
          until: l.until_date,
          createdAt: Number(l.created_at),
        }),
      ),
    ),
  );
}
