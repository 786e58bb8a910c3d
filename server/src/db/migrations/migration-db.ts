import type { Kysely } from 'kysely';

// Kysely<any> is what Kysely hands a migration (its own docs do the same): a migration builds the
// schema that the typed Database interface describes afterwards, so it cannot be typed by it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MigrationDb = Kysely<any>;
