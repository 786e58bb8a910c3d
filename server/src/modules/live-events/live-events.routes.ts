import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import type { Actor } from '../../platform/context.js';
import type { LiveEvent } from '../../platform/events/event-bus.js';
import { resolveSession } from '../auth/index.js';

const visibleTo = (actor: Actor, e: LiveEvent) =>
  actor.propertyIds.includes(e.propertyId) &&
  (!e.permission || actor.permissions.has(e.permission)) &&
  (!e.userId || e.userId === actor.userId);

const frame = (e: LiveEvent) =>
  `id: ${e.id}\nevent: ${e.topic}\ndata: ${JSON.stringify({ propertyId: e.propertyId, data: e.data, at: e.createdAt })}\n\n`;

export function registerLiveEventRoutes(app: FastifyInstance, deps: AppDeps) {
  const policy = { idleMs: deps.config.sessionIdleMs, absoluteMs: deps.config.sessionAbsoluteMs };
  // A stream never ends by itself; without this, closing the server would wait for every open tab.
  const openStreams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of [...openStreams]) end();
  });

  app.get(
    '/events',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['events'],
        summary: 'Server-Sent Events: live events of my properties that my permissions let me see',
        description:
          'text/event-stream. Each event has `id`, `event` (the topic) and `data` {propertyId, data, at}. ' +
          'Reconnect with Last-Event-ID to receive what was missed.',
      },
    },
    async (request, reply) => {
      let actor = request.actor!;
      const token = request.sessionToken!;
      reply.hijack();
      const out = reply.raw;
      let ended = false;
      const send = (text: string) => {
        if (!ended && !out.destroyed) out.write(text);
      };
      const deliver = (e: LiveEvent) => {
        if (visibleTo(actor, e)) send(frame(e));
      };

      // Subscribe before replaying and hold live events back until the replay is written: an event
      // published in between is then neither lost nor sent twice.
      let held: LiveEvent[] | null = [];
      const unsubscribe = deps.events.subscribe((e) => (held ? held.push(e) : deliver(e)));

      // The stream outlives the request that opened it: re-check the session on every heartbeat so
      // a disabled user, a changed password or a timeout ends it, and role changes take effect.
      let checking = false;
      const heartbeat = setInterval(async () => {
        if (checking) return;
        checking = true;
        // Not a touch: an open tab must not keep an idle desk signed in.
        const session = await resolveSession({ ...request.ctx, actor: null }, policy, token, {
          touch: false,
        }).catch(() => null);
        checking = false;
        if (!session) return close();
        actor = session.actor;
        send(': ping\n\n');
      }, deps.config.eventsHeartbeatMs);

      const close = () => {
        if (ended) return;
        ended = true;
        clearInterval(heartbeat);
        unsubscribe();
        openStreams.delete(close);
        out.end();
      };
      openStreams.add(close);
      // The response (not the request) reports the client going away.
      out.on('close', close);
      out.on('error', close);

      out.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-content-type-options': 'nosniff',
        'x-accel-buffering': 'no',
      });
      // Sent once subscribed: a client that has read it will receive every later event.
      send('retry: 5000\n\n');

      const lastId = request.headers['last-event-id'];
      const replayed = new Set<string>();
      try {
        if (typeof lastId === 'string' && lastId) {
          for (const e of await deps.events.since(lastId, actor.propertyIds)) {
            replayed.add(e.id);
            deliver(e);
          }
        }
      } catch (err) {
        request.log.error({ err }, 'live events replay failed');
        return close();
      }
      const pending = held;
      held = null;
      for (const e of pending) if (!replayed.has(e.id)) deliver(e);
    },
  );
}
