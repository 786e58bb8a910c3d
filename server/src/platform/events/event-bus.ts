import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { Permission } from '@qiantai/contracts';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../db/database.js';
import type { LiveEventsTable } from '../../db/schema.js';
import { newId } from '../../db/ids.js';
import type { ServiceContext } from '../context.js';

export interface LiveEvent {
  id: string;
  propertyId: string;
  topic: string;
  /** Only users holding this permission receive the event; null means everyone in the property. */
  permission: Permission | null;
  data: unknown;
  createdAt: number;
}

const CHANNEL = 'qiantai_events';

/**
 * Live events. A module publishes inside its transaction: the event row commits with the change.
 * After commit, only the event id travels (NOTIFY on PostgreSQL, an in-process emitter on SQLite);
 * every process re-reads the row and hands it to its own connected users. Payloads never ride on
 * NOTIFY, so they stay within its 8 kB limit and never leave the database unscoped.
 */
export class EventBus {
  private readonly local = new EventEmitter();
  private listener: pg.Client | null = null;

  constructor(private readonly database: DatabaseHandle) {
    this.local.setMaxListeners(0);
  }

  async start(): Promise<void> {
    if (this.database.dialect !== 'postgres' || !this.database.url) return;
    const client = new pg.Client({ connectionString: this.database.url });
    await client.connect();
    client.on('notification', (msg) => msg.payload && void this.deliver(msg.payload));
    client.on('error', () => undefined);
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }

  async stop(): Promise<void> {
    this.local.removeAllListeners();
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
  }

  /**
   * Stores the event and announces it. Call it after the change has committed (never inside a
   * transaction): receivers re-read the row, which must be visible to them.
   */
  async publish(
    ctx: ServiceContext,
    e: { propertyId: string; topic: string; permission?: Permission | null; data: unknown },
  ): Promise<string> {
    if (ctx.db.isTransaction)
      throw new Error('EventBus.publish must run after commit, outside the transaction');
    const id = newId(ctx.now());
    await ctx.db
      .insertInto('live_events')
      .values({
        id,
        property_id: e.propertyId,
        topic: e.topic,
        permission: e.permission ?? null,
        payload: JSON.stringify(e.data),
        created_at: ctx.now(),
      })
      .execute();
    if (this.database.dialect === 'postgres') await sql`SELECT pg_notify(${CHANNEL}, ${id})`.execute(ctx.db);
    else await this.deliver(id);
    return id;
  }

  private async deliver(id: string): Promise<void> {
    const row = await this.database.db
      .selectFrom('live_events')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (row) this.local.emit('event', toLiveEvent(row));
  }

  /** Events published since `afterId` in these properties, for a client reconnecting with Last-Event-ID. */
  async since(afterId: string, propertyIds: readonly string[], limit = 200): Promise<LiveEvent[]> {
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

  subscribe(handler: (e: LiveEvent) => void): () => void {
    this.local.on('event', handler);
    return () => this.local.off('event', handler);
  }
}

function toLiveEvent(row: LiveEventsTable): LiveEvent {
  return {
    id: row.id,
    propertyId: row.property_id,
    topic: row.topic,
    permission: row.permission as Permission | null,
    data: JSON.parse(row.payload) as unknown,
    createdAt: row.created_at,
  };
}
