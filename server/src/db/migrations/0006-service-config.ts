import { sql, type Migration } from 'kysely';
import type { Dialect } from '../database.js';
import type { MigrationDb } from './migration-db.js';
import type { Db } from '../database.js';
import { systemActor } from '../../platform/context.js';
import { seedServiceConfig } from '../../modules/service-config/service-config-seed.js';

/**
 * The service register's configuration per property (docs/decisions/0010-service-register.md):
 * category tree, SLA policies, escalation levels, business hours and holidays, phrases, settings.
 * Properties that exist already get the same defaults a new property gets, so an upgraded
 * installation has working deadlines the moment the register appears.
 */
export function serviceConfigMigration(dialect: Dialect): Migration {
  return {
    async up(db: MigrationDb) {
      await db.schema
        .createTable('service_categories')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('parent_id', 'text', (c) => c.references('service_categories.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('default_department_id', 'text', (c) => c.references('departments.id'))
        .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(100))
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema
        .createIndex('service_categories_property_kind')
        .on('service_categories')
        .columns(['property_id', 'kind', 'sort'])
        .execute();

      await db.schema
        .createTable('sla_policies')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('category_id', 'text', (c) => c.references('service_categories.id'))
        .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('name_en', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('respond_minutes', 'integer', (c) => c.notNull())
        .addColumn('resolve_minutes', 'integer', (c) => c.notNull())
        .addColumn('business_hours', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      // One policy per kind × severity × category; NULLs are distinct in a unique index on both
      // databases, so the generic policy (no category) is keyed by an empty string instead.
      await sql`CREATE UNIQUE INDEX sla_policies_key ON sla_policies (property_id, kind, severity, COALESCE(category_id, ''))`.execute(
        db,
      );

      await db.schema
        .createTable('escalation_levels')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('level', 'integer', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('after_minutes', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint('escalation_levels_property_level', ['property_id', 'level'])
        .execute();

      await db.schema
        .createTable('business_hours')
        .addColumn('property_id', 'text', (c) => c.primaryKey().references('properties.id'))
        .addColumn('weekly', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();

      await db.schema
        .createTable('holidays')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addUniqueConstraint('holidays_property_date', ['property_id', 'date'])
        .execute();

      await db.schema
        .createTable('service_phrases')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('text_en', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(100))
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema
        .createIndex('service_phrases_property_stage')
        .on('service_phrases')
        .columns(['property_id', 'stage', 'sort'])
        .execute();

      await db.schema
        .createTable('service_settings')
        .addColumn('property_id', 'text', (c) => c.primaryKey().references('properties.id'))
        .addColumn('warning_share', 'double precision', (c) => c.notNull())
        .addColumn('follow_up_delay_hours', 'integer', (c) => c.notNull())
        .addColumn('wait_apology_seconds', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();

      // Existing properties get the defaults (new ones get them in createProperty). This calls the
      // seed as it is today; should the seed one day need columns added by a later migration, move
      // this backfill to that migration.
      const properties: { id: string }[] = await db.selectFrom('properties').select('id').execute();
      for (const { id } of properties) {
        await seedServiceConfig(
          {
            db: db as unknown as Db,
            dialect,
            now: () => Date.now(),
            actor: systemActor([id]),
            ip: null,
            requestId: null,
            // The seed publishes nothing; a migration has no event bus to publish through.
            events: { publish: () => Promise.reject(new Error('no live events during migrations')) },
          },
          id,
        );
      }
    },
  };
}
