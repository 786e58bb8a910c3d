import type { FastifyInstance } from 'fastify';
import type { Department, JobKind, PropertySummary } from '@qiantai/contracts';
import type { AppDeps } from '../app-deps.js';
import type { ServiceContext } from '../platform/context.js';
import type { Catalogue } from '../platform/i18n/messages.js';
import type { FailureListener, JobHandler } from '../platform/jobs/job-runner.js';
import type { Housekeeping } from '../platform/jobs/platform-jobs.js';

/** What a module is told when a property is created: in the creating transaction, so it seeds with it. */
export interface PropertyCreated {
  property: PropertySummary;
  departments: readonly Department[];
}
export type PropertyCreatedHook = (tx: ServiceContext, created: PropertyCreated) => Promise<unknown>;

/**
 * One module as the app sees it. `modules/index.ts` lists them; the app mounts their routes, the
 * runtime registers their jobs and housekeeping, property creation runs their hooks, and the message
 * catalogue merges their texts. Nothing registers itself as a side effect of anything else.
 */
export interface ModuleDef {
  readonly name: string;
  /** Routes under /api/v1. Each declares its access (`config.access`); the matrix has a row for each. */
  readonly routes?: (api: FastifyInstance, deps: AppDeps) => void;
  /** The job kinds this module runs, by kind. */
  readonly jobs?: (deps: AppDeps) => ModuleJobs;
  /** Told when one of its jobs failed for good (its last attempt). */
  readonly onJobFailed?: (deps: AppDeps) => FailureListener;
  /** Its part of the hourly housekeeping: forgetting what it no longer needs to keep. */
  readonly housekeeping?: (deps: AppDeps) => readonly Housekeeping[];
  /** Seeds what a new property needs of this module (phone book lines, register configuration). */
  readonly onPropertyCreated?: PropertyCreatedHook;
  /** Server texts (error messages, notices), keyed by stable message keys. */
  readonly messages?: Catalogue;
}

/** A module's job handlers by kind; the kinds are the contracts' (JOB_KINDS). */
export type ModuleJobs = Readonly<Partial<Record<JobKind, JobHandler>>>;

/** The handlers as [kind, handler] pairs, keeping the kinds typed (Object.entries widens them). */
export const jobEntries = (jobs: ModuleJobs) =>
  Object.entries(jobs).filter((e): e is [JobKind, JobHandler] => e[1] !== undefined);

export const defineModule = (def: ModuleDef): ModuleDef => def;
