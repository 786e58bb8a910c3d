// Table types for Kysely. Conventions (docs/decisions/0002-one-code-path.md): text ids (UUIDv7),
// UTC epoch milliseconds in bigint columns, booleans as 0/1 integers, JSON as text.
// Each module declares its own tables in <m>.tables.ts, the platform's are in tables/platform.ts;
// this file gathers them for Kysely, one line per module. Migrations never use these types
// (MigrationDb is Kysely<any>): a migration is frozen, the tables' types move on.
import type { PlatformTables } from './tables/platform.js';
import type { BuildingsTables } from '../modules/buildings/buildings.tables.js';
import type { PeopleTables } from '../modules/people/people.tables.js';
import type { VehiclesTables } from '../modules/vehicles/vehicles.tables.js';
import type { ParkingTables } from '../modules/parking/parking.tables.js';
import type { LeasesTables } from '../modules/leases/leases.tables.js';
import type { PhonebookTables } from '../modules/phonebook/phonebook.tables.js';
import type { LookupTables } from '../modules/lookup/lookup.tables.js';
import type { ServiceConfigTables } from '../modules/service-config/service-config.tables.js';
import type { ServiceRecordsTables } from '../modules/service-records/service-records.tables.js';
import type { NotificationsTables } from '../modules/notifications/notifications.tables.js';

export type * from './tables/platform.js';

export interface Database
  extends
    PlatformTables,
    BuildingsTables,
    PeopleTables,
    VehiclesTables,
    ParkingTables,
    LeasesTables,
    PhonebookTables,
    LookupTables,
    ServiceConfigTables,
    ServiceRecordsTables,
    NotificationsTables {}
