// Table types for Kysely. Conventions (docs/decisions/0002-one-code-path.md): text ids (UUIDv7),
// UTC epoch milliseconds in bigint columns, booleans as 0/1 integers, JSON as text.
// The platform's tables are in tables/platform.ts; each module declares its own in <m>.tables.ts
// and adds them to Database there by declaration merging, so a new module edits nothing here.
// Migrations never use these types (MigrationDb is Kysely<any>): a migration is frozen, the
// tables' types move on.
import type { PlatformTables } from './tables/platform.js';

export type * from './tables/platform.js';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the modules' tables merge in
export interface Database extends PlatformTables {}
