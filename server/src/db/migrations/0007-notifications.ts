import type { Migration } from 'kysely';
import type { MigrationDb } from './migration-db.js';

/**
 * Notifications (docs/decisions/0011-notifications.md): what each user was told (the bell), what was
 * sent out by e-mail, WeCom or SMS and how that went, each user's switches per event and channel,
 * and each property's channel settings. Users get an e-mail address and a mobile to be reached at;
 * live events can be addressed to one user.
 */
export function notificationsMigration(): Migration {
  return {
    async up(db: MigrationDb) {
      await db.schema.alterTable('users').addColumn('email', 'text').execute();
      await db.schema.alterTable('users').addColumn('mobile', 'text').execute();
      await db.schema.alterTable('live_events').addColumn('user_id', 'text').execute();

      await db.schema
        .createTable('notifications')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('title_zh', 'text', (c) => c.notNull())
        .addColumn('title_en', 'text', (c) => c.notNull())
        .addColumn('body_zh', 'text', (c) => c.notNull())
        .addColumn('body_en', 'text', (c) => c.notNull())
        .addColumn('link', 'text')
        .addColumn('entity_type', 'text')
        .addColumn('entity_id', 'text')
        .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0))
        // 0: the user turned the bell off for this event; the row exists for its e-mail or SMS.
        .addColumn('in_app', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('read_at', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      // The bell: a user's newest first, and their unread ones.
      await db.schema
        .createIndex('notifications_user')
        .on('notifications')
        .columns(['user_id', 'in_app', 'id'])
        .execute();
      await db.schema
        .createIndex('notifications_user_unread')
        .on('notifications')
        .columns(['user_id', 'read_at'])
        .execute();

      await db.schema
        .createTable('notification_deliveries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('notification_id', 'text', (c) => c.references('notifications.id'))
        // null for a group message (WeCom): it is posted once, not once per person.
        .addColumn('user_id', 'text')
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('target', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_error', 'text')
        .addColumn('next_attempt_at', 'bigint')
        .addColumn('sent_at', 'bigint')
        // JSON: what a group message names (who it is for).
        .addColumn('extra', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('notification_deliveries_property_status')
        .on('notification_deliveries')
        .columns(['property_id', 'status', 'id'])
        .execute();
      await db.schema
        .createIndex('notification_deliveries_notification')
        .on('notification_deliveries')
        .column('notification_id')
        .execute();

      // Only the switches a user changed are stored; the rest follow defaultPreference().
      await db.schema
        .createTable('notification_preferences')
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('enabled', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('notification_preferences_pk', ['user_id', 'event', 'channel'])
        .execute();

      // One row per property and section (general, email, wecom, sms). `config` is JSON; `secret`
      // is the password, webhook or API key sealed with the data key (platform/privacy).
      await db.schema
        .createTable('notification_settings')
        .addColumn('property_id', 'text', (c) => c.notNull().references('properties.id'))
        .addColumn('section', 'text', (c) => c.notNull())
        .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('config', 'text', (c) => c.notNull())
        .addColumn('secret', 'text')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_by', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addPrimaryKeyConstraint('notification_settings_pk', ['property_id', 'section'])
        .execute();
    },
  };
}
