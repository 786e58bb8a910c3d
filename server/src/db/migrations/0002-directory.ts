import { sql, type Migration } from 'kysely';
import type { Dialect } from '../database.js';
import type { MigrationDb } from './migration-db.js';

/** The property directory. History of every change lives in audit_log (entity_type, entity_id). */
export function directoryMigration(dialect: Dialect): Migration {
  return {
    async up(db: MigrationDb) {
      await db.schema
        .createTable('buildings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('floors', 'integer')
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint('buildings_property_code', ['property_id', 'code'])
        .execute();

      await db.schema
        .createTable('units')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('building_id', 'text', (c) => c.notNull().references('buildings.id'))
        .addColumn('entrance', 'text')
        .addColumn('room', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('floor', 'integer')
        .addColumn('area_sqm', 'double precision')
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint('units_property_code', ['property_id', 'code'])
        .execute();
      await db.schema.createIndex('units_building').on('units').columns(['building_id', 'code']).execute();

      await db.schema
        .createTable('people')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('gender', 'text', (c) => c.notNull())
        .addColumn('mobile', 'text')
        .addColumn('other_phones', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('id_type', 'text')
        .addColumn('id_number_enc', 'text')
        .addColumn('id_number_hash', 'text')
        .addColumn('id_number_masked', 'text')
        .addColumn('language', 'text', (c) => c.notNull().defaultTo('zh-CN'))
        .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema
        .createIndex('people_property_name')
        .on('people')
        .columns(['property_id', 'name'])
        .execute();
      await db.schema
        .createIndex('people_property_mobile')
        .on('people')
        .columns(['property_id', 'mobile'])
        .execute();
      await db.schema
        .createIndex('people_property_id_hash')
        .on('people')
        .columns(['property_id', 'id_number_hash'])
        .execute();

      await db.schema
        .createTable('person_units')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
        .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('from_date', 'text')
        .addColumn('until_date', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('person_units_person').on('person_units').column('person_id').execute();
      await db.schema.createIndex('person_units_unit').on('person_units').column('unit_id').execute();

      await db.schema
        .createTable('vehicles')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('plate', 'text', (c) => c.notNull())
        .addColumn('model', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('colour', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('person_id', 'text', (c) => c.references('people.id'))
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint('vehicles_property_plate', ['property_id', 'plate'])
        .execute();
      await db.schema.createIndex('vehicles_person').on('vehicles').column('person_id').execute();

      await db.schema
        .createTable('parking_spaces')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('number', 'text', (c) => c.notNull())
        .addColumn('zone', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('holder_person_id', 'text', (c) => c.references('people.id'))
        .addColumn('plates', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint('parking_spaces_property_number', ['property_id', 'number'])
        .execute();
      await db.schema
        .createIndex('parking_spaces_holder')
        .on('parking_spaces')
        .column('holder_person_id')
        .execute();

      await db.schema
        .createTable('files')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('mime', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        // Contents live in the database so every app process sees them and backups are one dump.
        .addColumn('content', dialect === 'postgres' ? sql`bytea` : 'blob', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('leases')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
        .addColumn('tenant_person_id', 'text', (c) => c.notNull().references('people.id'))
        .addColumn('start_date', 'text', (c) => c.notNull())
        .addColumn('end_date', 'text', (c) => c.notNull())
        .addColumn('rent_fen', 'bigint', (c) => c.notNull())
        .addColumn('deposit_fen', 'bigint', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('contract_file_id', 'text', (c) => c.references('files.id'))
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema
        .createIndex('leases_property_end')
        .on('leases')
        .columns(['property_id', 'status', 'end_date'])
        .execute();
      await db.schema.createIndex('leases_unit').on('leases').column('unit_id').execute();
      await db.schema.createIndex('leases_tenant').on('leases').column('tenant_person_id').execute();

      await db.schema
        .createTable('phonebook_entries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('extension', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('department_id', 'text', (c) => c.references('departments.id'))
        .addColumn('on_duty', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(100))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema
        .createIndex('phonebook_property')
        .on('phonebook_entries')
        .columns(['property_id', 'scope', 'sort'])
        .execute();

      // The desk lookup's index: one row per searchable spelling of a person, unit or vehicle.
      // Suffixes of names and plates make "contains" a range scan on (property, anchored, term);
      // anchored = 1 marks the spelling from its start, so prefix matches rank first.
      await db.schema
        .createTable('search_terms')
        .addColumn('property_id', 'text', (c) => c.notNull())
        .addColumn('anchored', 'integer', (c) => c.notNull())
        .addColumn('term', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('entity_type', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('search_terms_lookup')
        .on('search_terms')
        .columns(['property_id', 'anchored', 'term', 'entity_type', 'entity_id'])
        .execute();
      await db.schema.createIndex('search_terms_entity').on('search_terms').columns(['entity_id']).execute();
    },
  };
}
