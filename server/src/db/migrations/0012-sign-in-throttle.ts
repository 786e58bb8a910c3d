import type { Migration } from 'kysely';
import type { MigrationDb } from './migration-db.js';

/**
 * Decision 0013. `known_sign_in_addresses`: where each user has signed in successfully, one row per
 * user and address, so the owner's right password from there passes a lock others keep up. It is
 * filled from the sign-ins still in `login_attempts` (30 days), so nobody starts as a stranger at
 * their own desk. `password_checks`: the current passwords typed to change one's own password,
 * counted per user like sign-in failures per account.
 */
export function signInThrottleMigration(): Migration {
  return {
    async up(db: MigrationDb) {
      await db.schema
        .createTable('known_sign_in_addresses')
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('ip', 'text', (c) => c.notNull())
        .addColumn('last_success_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('known_sign_in_addresses_pk', ['user_id', 'ip'])
        .execute();
      await db.schema
        .createIndex('known_sign_in_addresses_last')
        .on('known_sign_in_addresses')
        .column('last_success_at')
        .execute();
      await backfillKnownAddresses(db);

      await db.schema
        .createTable('password_checks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('ip', 'text')
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('success', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('password_checks_user_at')
        .on('password_checks')
        .columns(['user_id', 'at'])
        .execute();
      await db.schema.createIndex('password_checks_at').on('password_checks').column('at').execute();
    },
  };
}

/** Every address a user signed in from successfully, as far as `login_attempts` still remembers. */
export async function backfillKnownAddresses(db: MigrationDb) {
  await db
    .insertInto('known_sign_in_addresses')
    .columns(['user_id', 'ip', 'last_success_at'])
    .expression(
      db
        .selectFrom('login_attempts as a')
        .innerJoin('users as u', 'u.username', 'a.username')
        .select((eb) => ['u.id', 'a.ip', eb.fn.max('a.at').as('last_success_at')])
        .where('a.success', '=', 1)
        .groupBy(['u.id', 'a.ip']),
    )
    .execute();
}
