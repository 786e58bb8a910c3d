import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { LiveTopic, Permission } from '@qiantai/contracts';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../db/database.js';
import type { LiveEventsTable } from '../../db/schema.js';
import { newId } from '../../db/ids.js';
import type { ServiceContext } from '../context.js';
import type { LiveEventInput, LivePublisher, TestTopic } from './live-publisher.js';

export type { TestTopic } from './live-publisher.js';

export interface LiveEvent {
  id: string;
  propertyId: string;
  topic: string;
  /** Only users holding this permission receive the event; null means everyone in the property. */
  permission: Permission | null;
  /** Only this user receives the event (their own notification); null: not addressed to one user. */
  userId: string | null;
  data: unknown;
  createdAt: number;
}

const CHANNEL = 'qiantai_events';
const RECONNECT_MS = 1000;
const REPLAY_LIMIT = 500;
const RECENT_IDS = 1000;
const CLOCK_SKEW_MS = 5000;

/**
 * Live events. A module publishes inside its transaction: the event row commits with the change.
 * After commit, only the event id travels (NOTIFY on PostgreSQL, an in-process emitter on SQLite);
 * every process re-reads the row and hands it to its own connected users. Payloads never ride on
 * NOTIFY, so they stay within its 8 kB limit and never leave the database unscoped.
 */
export class EventBus implements LivePublisher {
  private readonly local = new EventEmitter();
  private listener: pg.Client | null = null;
  private stopped = false;
  private reconnectTimer: NodeJS.Timeout | null = null;
  /** Deliveries run one after another, so every process hands events out in the order announced. */
  private delivering: Promise<void> = Promise.resolve();
  /**
   * When the newest event handed out here was published. After a lost LISTEN connection, delivery
   * resumes a little before it (processes' clocks differ), the recent ids filtering out repeats.
   */
  private deliveredUpTo: number | null = null;
  private resumeFrom: number | null = null;
  /** Recently handed-out ids: a catch-up and a notification may both bring the same event. */
  private readonly recent = new Set<string>();

  constructor(
    private readonly database: DatabaseHandle,
    private readonly log: (msg: string, err?: unknown) => void = () => undefined,
  ) {
    this.local.setMaxListeners(0);
  }

  async start(): Promise<void> {
    if (this.database.dialect !== 'postgres' || !this.database.url) return;
    this.stopped = false;
    // Resume point for a lost LISTEN connection: nothing before this process started is ours to deliver.
    const newest = await this.database.db
      .selectFrom('live_events')
      .select((eb) => eb.fn.max('created_at').as('at'))
      .executeTakeFirst();
    this.deliveredUpTo = newest?.at ?? null;
    await this.listen();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.database.url! });
    client.on('notification', (msg) => msg.payload && this.enqueue(() => this.deliver(msg.payload!)));
    // A dropped LISTEN connection (database restart, network) would silently stop cross-process
    // events: reconnect, then hand out what was published meanwhile.
    client.on('error', (err) => this.log('live events: LISTEN connection lost', err));
    client.on('end', () => {
      if (this.listener === client) this.listener = null;
      this.resumeFrom ??= this.deliveredUpTo ?? 0;
      if (!this.stopped) this.scheduleReconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }

  private scheduleReconnect(): void {
    if (this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.stopped) return;
      this.listen()
        .then(() => this.enqueue(() => this.catchUp()))
        .catch((err) => {
          this.log('live events: LISTEN reconnect failed', err);
          this.scheduleReconnect();
        });
    }, RECONNECT_MS);
    this.reconnectTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    this.local.removeAllListeners();
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
    await this.delivering;
  }

  /**
   * Stores the event and announces it. Call it after the change has committed (never inside a
   * transaction): receivers re-read the row, which must be visible to them.
   */
  async publish<T extends LiveTopic | TestTopic>(ctx: ServiceContext, e: LiveEventInput<T>): Promise<string> {
    if (ctx.db.isTransaction)
      throw new Error('EventBus.publish must run after commit, outside the transaction');
    // Replay hands out ids after Last-Event-ID: newId rises strictly within this process.
    const id = newId(ctx.now());
    await ctx.db
      .insertInto('live_events')
      .values({
        id,
        property_id: e.propertyId,
        topic: e.topic,
        permission: e.permission ?? null,
        user_id: e.userId ?? null,
        payload: JSON.stringify(e.data),
        created_at: ctx.now(),
      })
      .execute();
    if (this.database.dialect === 'postgres') await sql`SELECT pg_notify(${CHANNEL}, ${id})`.execute(ctx.db);
    else await this.enqueue(() => this.deliver(id));
    return id;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    // A failed read must not reject into nowhere (an unhandled rejection ends the process).
    this.delivering = this.delivering
      .then(work)
      .catch((err) => this.log('live events: delivery failed', err));
    return this.delivering;
  }

  private async deliver(id: string): Promise<void> {
    const row = await this.database.db
      .selectFrom('live_events')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (row) this.emit(toLiveEvent(row));
  }

  private async catchUp(): Promise<void> {
    let q = this.database.db.selectFrom('live_events').selectAll();
    if (this.resumeFrom) q = q.where('created_at', '>=', this.resumeFrom - CLOCK_SKEW_MS);
    this.resumeFrom = null;
    const rows = await q.orderBy('id').limit(REPLAY_LIMIT).execute();
    for (const row of rows) this.emit(toLiveEvent(row));
  }

  private emit(e: LiveEvent): void {
    if (this.recent.has(e.id)) return;
    this.recent.add(e.id);
    if (this.recent.size > RECENT_IDS) this.recent.delete(this.recent.values().next().value!);
    this.deliveredUpTo = Math.max(this.deliveredUpTo ?? 0, e.createdAt);
    this.local.emit('event', e);
  }

  /**
   * Events published after `afterId` in these properties, oldest first, for a client reconnecting
   * with Last-Event-ID. Ids are UUIDv7, so they sort by time of publishing.
   */
  async since(afterId: string, propertyIds: readonly string[], limit = REPLAY_LIMIT): Promise<LiveEvent[]> {
    if (propertyIds.length === 0) return [];
    const rows = await this.database.db
      .selectFrom('live_events')
      .selectAll()
      .where('id', '>', afterId)
      .where('property_id', 'in', [...propertyIds])
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(toLiveEvent);
  }

  /** Forgets events older than `before`: replay covers a reconnect, not a day away. */
  async deleteBefore(ctx: ServiceContext, before: number): Promise<void> {
    await ctx.db.deleteFrom('live_events').where('created_at', '<', before).execute();
  }

  subscribe(handler: (e: LiveEvent) => void): () => void {
    // One subscriber that throws must not keep the event from the subscribers after it (an emitter
    // stops at the first throw): every open tab would go deaf because of one broken stream.
    const guarded = (e: LiveEvent) => {
      try {
        handler(e);
      } catch (err) {
        this.log('live events: a subscriber failed', err);
      }
    };
    this.local.on('event', guarded);
    return () => this.local.off('event', guarded);
  }
}

function toLiveEvent(row: LiveEventsTable): LiveEvent {
  return {
    id: row.id,
    propertyId: row.property_id,
    topic: row.topic,
    permission: row.permission as Permission | null,
    userId: row.user_id,
    data: JSON.parse(row.payload) as unknown,
    createdAt: row.created_at,
  };
}
