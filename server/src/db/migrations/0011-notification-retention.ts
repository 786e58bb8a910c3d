import type { Migration } from 'kysely';
import type { MigrationDb } from './migration-db.js';

/**
 * The hourly housekeeping deletes notifications and ended deliveries past their keeping time
 * (notifications/retention.service.ts); these indexes let it find them without reading the tables.
 */
export function notificationRetentionMigration(): Migration {
  return {
    async up(db: MigrationDb) {
      await db.schema.createIndex('notifications_created').on('notifications').column('created_at').execute();
      await db.schema
        .createIndex('notification_deliveries_updated')
        .on('notification_deliveries')
        .column('updated_at')
        .execute();
    },
  };
}
