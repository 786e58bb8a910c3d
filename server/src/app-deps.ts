import type { Config } from './config.js';
import type { DatabaseHandle } from './db/database.js';
import type { PropertyCreatedHook } from './modules/define-module.js';
import type { EventBus } from './platform/events/event-bus.js';
import type { JobRunner } from './platform/jobs/job-runner.js';
import type { PersonalDataCipher } from './platform/privacy/personal-data-cipher.js';

/** Everything the app is built from; tests assemble their own (a temp database, a fake clock). */
export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  clock: () => number;
  events: EventBus;
  jobs: JobRunner;
  /** Encrypts and hashes personal data at rest (ID numbers). */
  cipher: PersonalDataCipher;
  /** The modules' seeds for a new property, run in its creating transaction (module list order). */
  onPropertyCreated: readonly PropertyCreatedHook[];
  /** Where the request log goes; standard output unless given (tests read it). */
  logStream?: { write(line: string): void };
}
