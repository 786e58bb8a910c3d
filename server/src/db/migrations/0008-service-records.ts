import type { Migration } from 'kysely';
import type { MigrationDb } from './migration-db.js';

/**
 * The service register (decision 0010). Records keep their deadlines as instants; history is one row
 * per action in service_record_events; follow-up calls are their own rows so a record can have
 * several attempts. Category ids are checked by the service (the category tree belongs to the
 * service-config module).
 */
export function serviceRecordsMigration(): Migration {
  return {
    async up(db: MigrationDb) {
      await db.schema
        .createTable('service_record_counters')
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('last', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('service_record_counters_pk', ['property_id', 'day'])
        .execute();

      await db.schema
        .createTable('service_records')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('number', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('category_id', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('resolution', 'text')
        .addColumn('customer_person_id', 'text', (c) => c.references('people.id'))
        .addColumn('customer_name', 'text', (c) => c.notNull())
        .addColumn('customer_phone', 'text', (c) => c.notNull())
        .addColumn('customer_language', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'text', (c) => c.references('units.id'))
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('result', 'text', (c) => c.notNull())
        .addColumn('department_id', 'text', (c) => c.references('departments.id'))
        .addColumn('assignee_user_id', 'text', (c) => c.references('users.id'))
        .addColumn('sla_policy_id', 'text')
        .addColumn('respond_due_at', 'bigint')
        .addColumn('resolve_due_at', 'bigint')
        .addColumn('responded_at', 'bigint')
        .addColumn('done_at', 'bigint')
        .addColumn('closed_at', 'bigint')
        .addColumn('paused_at', 'bigint')
        // Bumped whenever the deadlines move: a deadline job of an older epoch does nothing.
        .addColumn('sla_epoch', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('escalation_level', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('acknowledged_at', 'bigint')
        .addColumn('acknowledged_by', 'text', (c) => c.references('users.id'))
        .addColumn('satisfaction', 'text')
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint('service_records_property_number', ['property_id', 'number'])
        .execute();
      // The register's common filters and the department queues (bench:register measures them).
      const index = (name: string, columns: string[]) =>
        db.schema.createIndex(name).on('service_records').columns(columns).execute();
      await index('service_records_created', ['property_id', 'created_at']);
      await index('service_records_status', ['property_id', 'status', 'created_at']);
      await index('service_records_department', ['property_id', 'department_id', 'status', 'created_at']);
      await index('service_records_kind', ['property_id', 'kind', 'created_at']);
      await index('service_records_assignee', ['assignee_user_id', 'status']);
      await index('service_records_customer', ['customer_person_id', 'created_at']);
      await index('service_records_unit', ['unit_id', 'created_at']);

      await db.schema
        .createTable('service_record_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('record_id', 'text', (c) => c.notNull().references('service_records.id'))
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('actor_user_id', 'text')
        .addColumn('actor_name', 'text')
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text')
        .addColumn('comment', 'text', (c) => c.notNull())
        .addColumn('internal', 'integer', (c) => c.notNull())
        .addColumn('changes', 'text')
        .execute();
      await db.schema
        .createIndex('service_record_events_record')
        .on('service_record_events')
        .columns(['record_id', 'id'])
        .execute();

      await db.schema
        .createTable('service_record_files')
        .addColumn('record_id', 'text', (c) => c.notNull().references('service_records.id'))
        .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('service_record_files_pk', ['record_id', 'file_id'])
        .execute();

      await db.schema
        .createTable('service_follow_ups')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('record_id', 'text', (c) => c.notNull().references('service_records.id'))
        .addColumn('due_at', 'bigint', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('satisfaction', 'text')
        .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('done_by', 'text', (c) => c.references('users.id'))
        .addColumn('done_at', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema
        .createIndex('service_follow_ups_due')
        .on('service_follow_ups')
        .columns(['property_id', 'status', 'due_at'])
        .execute();
      await db.schema
        .createIndex('service_follow_ups_record')
        .on('service_follow_ups')
        .columns(['record_id'])
        .execute();
    },
  };
}
