import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { AppDeps } from './app-deps.js';
import type { Config } from './config.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { EventBus } from './platform/events/event-bus.js';
import { JobRunner } from './platform/jobs/job-runner.js';
import { registerPlatformJobs, schedulePlatformJobs } from './platform/jobs/platform-jobs.js';
import { jobEntries } from './modules/define-module.js';
import { MODULES } from './modules/index.js';
import { addCatalogues } from './platform/i18n/messages.js';
import type { ServiceContext } from './platform/context.js';
import { keepShortLivedObjectsYoung } from './platform/heap-tuning.js';
import { loadDataKey } from './platform/privacy/data-key.js';
import { PersonalDataCipher } from './platform/privacy/personal-data-cipher.js';

/** The modules' job handlers, failure listeners and housekeeping, handed to the platform's runner. */
function registerModuleJobs(deps: AppDeps) {
  registerPlatformJobs(
    deps,
    MODULES.flatMap((m) => m.housekeeping?.(deps) ?? []),
  );
  for (const module of MODULES) {
    for (const [kind, handler] of jobEntries(module.jobs?.(deps) ?? {})) deps.jobs.register(kind, handler);
    if (module.onJobFailed) deps.jobs.onFinalFailure(module.onJobFailed(deps));
  }
}

export interface Runtime {
  app: FastifyInstance;
  deps: AppDeps;
  /** A context with no actor, for seeding and tests. */
  systemContext(): ServiceContext;
  close(): Promise<void>;
}

/** Opens and migrates the database, wires the platform services and builds the app. */
export async function createRuntime(
  config: Config,
  opts: {
    database?: DatabaseHandle;
    clock?: () => number;
    log?: (msg: string, err?: unknown) => void;
    logStream?: AppDeps['logStream'];
  } = {},
): Promise<Runtime> {
  keepShortLivedObjectsYoung();
  const database = opts.database ?? openDatabase(config);
  await migrateToLatest(database);
  const clock = opts.clock ?? Date.now;
  const events = new EventBus(database);
  await events.start();
  const jobs = new JobRunner(database, clock, events, opts.log);
  const cipher = new PersonalDataCipher(loadDataKey(config));
  addCatalogues(MODULES.flatMap((m) => (m.messages ? [m.messages] : [])));
  const onPropertyCreated = MODULES.flatMap((m) => (m.onPropertyCreated ? [m.onPropertyCreated] : []));
  const deps: AppDeps = {
    config,
    database,
    clock,
    events,
    jobs,
    cipher,
    onPropertyCreated,
    logStream: opts.logStream,
  };
  registerModuleJobs(deps);
  const app = await buildApp(deps);
  const systemContext = (): ServiceContext => ({
    db: database.db,
    dialect: database.dialect,
    now: clock,
    actor: null,
    ip: null,
    requestId: null,
    events,
  });
  await schedulePlatformJobs(deps, systemContext());
  return {
    app,
    deps,
    systemContext,
    async close() {
      await jobs.stop();
      await app.close();
      await events.stop();
      await database.close();
    },
  };
}
