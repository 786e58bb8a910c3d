import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { DatabaseHandle, Dialect } from './database.js';
import { platformMigration } from './migrations/0001-platform.js';
import { directoryMigration } from './migrations/0002-directory.js';
import { searchTermsCollationMigration } from './migrations/0003-search-terms-collation.js';
import { peopleSortKeyMigration } from './migrations/0004-people-sort-key.js';
import { searchDisplayMigration } from './migrations/0005-search-display.js';
import { serviceConfigMigration } from './migrations/0006-service-config.js';
import { notificationsMigration } from './migrations/0007-notifications.js';
import { serviceRecordsMigration } from './migrations/0008-service-records.js';
import { registerIndexesMigration } from './migrations/0009-register-indexes.js';
import { deadlineWarningsMigration } from './migrations/0010-deadline-warnings.js';
import { notificationRetentionMigration } from './migrations/0011-notification-retention.js';
import { signInThrottleMigration } from './migrations/0012-sign-in-throttle.js';

// Migrations are listed in code, in order: no file-system scanning, so bundling and tests see the same set.
function migrationsFor(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-platform': platformMigration(dialect),
    '0002-directory': directoryMigration(dialect),
    '0003-search-terms-collation': searchTermsCollationMigration(dialect),
    '0004-people-sort-key': peopleSortKeyMigration(dialect),
    '0005-search-display': searchDisplayMigration(dialect),
    '0006-service-config': serviceConfigMigration(dialect),
    '0007-notifications': notificationsMigration(),
    '0008-service-records': serviceRecordsMigration(),
    '0009-register-indexes': registerIndexesMigration(),
    '0010-deadline-warnings': deadlineWarningsMigration(),
    '0011-notification-retention': notificationRetentionMigration(),
    '0012-sign-in-throttle': signInThrottleMigration(),
  };
}

export async function migrateToLatest(handle: DatabaseHandle): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(handle.dialect) };
  const migrator = new Migrator({ db: handle.db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
