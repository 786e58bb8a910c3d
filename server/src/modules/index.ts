import { audit } from './audit/index.js';
import { auth } from './auth/index.js';
import { buildings } from './buildings/index.js';
import type { ModuleDef } from './define-module.js';
import { directoryIo } from './directory-io/index.js';
import { jobs } from './jobs/index.js';
import { leases } from './leases/index.js';
import { liveEvents } from './live-events/index.js';
import { lookup } from './lookup/index.js';
import { notifications } from './notifications/index.js';
import { parking } from './parking/index.js';
import { people } from './people/index.js';
import { personCard } from './person-card/index.js';
import { phonebook } from './phonebook/index.js';
import { properties } from './properties/index.js';
import { serviceConfig } from './service-config/index.js';
import { serviceRecords } from './service-records/index.js';
import { users } from './users/index.js';
import { vehicles } from './vehicles/index.js';

/**
 * Every module of the app, one line each. The app mounts their routes in this order, the runtime
 * registers their jobs and housekeeping, property creation runs their hooks, and the server's message
 * catalogue is theirs merged. A new module is one line here.
 */
export const MODULES: readonly ModuleDef[] = [
  auth,
  properties,
  users,
  audit,
  jobs,
  liveEvents,
  vehicles,
  parking,
  leases,
  phonebook,
  lookup,
  buildings,
  people,
  personCard,
  directoryIo,
  notifications,
  serviceConfig,
  serviceRecords,
];
