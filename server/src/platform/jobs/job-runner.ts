import { randomBytes } from 'node:crypto';
import type { JobKind } from '@qiantai/contracts';
import type { DatabaseHandle } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import type { ServiceContext } from '../context.js';
import type { LivePublisher } from '../events/live-publisher.js';
import * as repo from './jobs.repository.js';

/**
 * A kind the runner takes: one the contracts declare, or a `test.` kind, a namespace kept for the
 * runner's own tests (no module may use it: the kinds a module runs are in JOB_KINDS).
 */
export type RunnableKind = JobKind | `test.${string}`;

export type JobHandler = (ctx: ServiceContext, payload: unknown, job: repo.JobRow) => Promise<void>;
/** Told about a job that failed for good (its last attempt), after that failure is committed. */
export type FailureListener = (ctx: ServiceContext, job: repo.JobRow, error: string) => Promise<void>;

export interface EnqueueInput {
  /** A kind the contracts declare (JOB_KINDS). */
  kind: RunnableKind;
  payload?: unknown;
  runAt: number;
  propertyId?: string | null;
  /** Same key, same job: enqueueing it again does nothing. */
  uniqueKey?: string | null;
  maxAttempts?: number;
}

/** How long a claim holds: a job still running after this is taken to belong to a dead process. */
export const LEASE_MS = 5 * 60_000;
const BATCH = 10;

/** Exponential backoff: 30 s, 1 min, 2 min … capped at one hour. */
export const backoffMs = (attempt: number) => Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);

/**
 * The one way to queue work: adds a job in the caller's transaction (it runs once that commits).
 * Needs no runner, only a context: whichever process's runner has the kind registered does it.
 */
export async function enqueueJob(ctx: ServiceContext, input: EnqueueInput): Promise<void> {
  const now = ctx.now();
  await repo.insertJob(ctx.db, {
    id: newId(now),
    kind: input.kind,
    property_id: input.propertyId ?? null,
    unique_key: input.uniqueKey ?? null,
    payload: JSON.stringify(input.payload ?? null),
    status: 'pending',
    run_at: input.runAt,
    attempts: 0,
    max_attempts: input.maxAttempts ?? 5,
    locked_by: null,
    locked_until: null,
    last_error: null,
    created_at: now,
    updated_at: now,
  });
}

/**
 * The one loop that runs due work (deadlines, reminders, purges). Jobs live in the database, so
 * they survive restarts; claiming is a single atomic UPDATE … RETURNING, so several app
 * processes on one PostgreSQL database never run the same job twice.
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly failureListeners: FailureListener[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  readonly workerId = `${process.pid}-${randomBytes(4).toString('hex')}`;

  constructor(
    private readonly database: DatabaseHandle,
    private readonly clock: () => number,
    /** The jobs' contexts publish live events through it. */
    private readonly events: LivePublisher,
    private readonly log: (msg: string, err?: unknown) => void = () => undefined,
  ) {}

  register(kind: RunnableKind, handler: JobHandler): void {
    if (this.handlers.has(kind)) throw new Error(`job kind ${kind} registered twice`);
    this.handlers.set(kind, handler);
  }

  /** The kinds this runner can run, in the order they were registered. */
  registeredKinds(): string[] {
    return [...this.handlers.keys()];
  }

  onFinalFailure(listener: FailureListener): void {
    this.failureListeners.push(listener);
  }

  start(pollMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick().catch((err) => this.log('job loop failed', err)), pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** Claims and runs what is due now; returns how many jobs ran. Tests call it directly with their clock. */
  async tick(): Promise<number> {
    if (this.running) return this.running;
    this.running = this.runDue().finally(() => (this.running = null));
    return this.running;
  }

  private async runDue(): Promise<number> {
    const db = this.database.db;
    const claimed = await db
      .transaction()
      .execute((trx) => repo.claimDueJobs(trx, this.workerId, this.clock(), LEASE_MS, BATCH));
    // One job's bookkeeping failing (a dropped connection) must not strand the rest of the batch.
    for (const job of claimed)
      await this.runOne(job).catch((err) => this.log(`job ${job.kind} ${job.id} not recorded`, err));
    return claimed.length;
  }

  private async runOne(job: repo.JobRow): Promise<void> {
    const db = this.database.db;
    const ctx: ServiceContext = {
      db,
      dialect: this.database.dialect,
      now: this.clock,
      actor: null,
      ip: null,
      requestId: `job:${job.id}`,
      events: this.events,
    };
    // A job taken over from a dead process counts that run as an attempt: a job that kills its
    // process every time must end as failed, not be taken over forever.
    if (job.attempts > job.max_attempts) {
      await this.fail(ctx, job, 'the process running it stopped before it finished', null);
      return;
    }
    const handler = this.handlers.get(job.kind);
    try {
      if (!handler) throw new Error(`no handler registered for job kind ${job.kind}`);
      await handler(ctx, JSON.parse(job.payload) as unknown, job);
      await repo.finishJob(db, job.id, this.workerId, this.clock());
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.log(`job ${job.kind} ${job.id} failed (attempt ${job.attempts}/${job.max_attempts})`, err);
      const retryAt = job.attempts >= job.max_attempts ? null : this.clock() + backoffMs(job.attempts);
      await this.fail(ctx, job, message, retryAt);
    }
  }

  private async fail(ctx: ServiceContext, job: repo.JobRow, message: string, retryAt: number | null) {
    const applied = await repo.failJob(ctx.db, job.id, this.workerId, this.clock(), message, retryAt);
    // Only the worker that recorded the final failure announces it, and only once it is committed.
    if (!applied || retryAt !== null) return;
    for (const listener of this.failureListeners) {
      await listener(ctx, job, message).catch((err) => this.log(`job ${job.id} failure listener`, err));
    }
  }
}
