import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import type { Actor } from '../../platform/context.js';
import type { LiveEvent } from '../../platform/events/event-bus.js';
import { SESSION_COOKIE } from '../../platform/http/request-context.js';
import { resolveSession } from '../auth/auth.service.js';

const HEARTBEAT_MS = 15_000;

const visibleTo = (actor: Actor, e: LiveEvent) =>
  actor.propertyIds.includes(e.propertyId) && (!e.permission || actor.permissions.has(e.permission));

const frame = (e: LiveEvent) =>
  `id: ${e.id}\nevent: ${e.topic}\ndata: ${JSON.stringify({ propertyId: e.propertyId, data: e.data, at: e.createdAt })}\n\n`;

export function registerLiveEventRoutes(app: FastifyInstance, deps: AppDeps) {
  const policy = { idleMs: deps.config.sessionIdleMs, absoluteMs: deps.config.sessionAbsoluteMs };
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
      const token = request.cookies[SESSION_COOKIE]!;
      reply.hijack();
      const out = reply.raw;
      out.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      out.write('retry: 5000\n\n');

      const lastId = request.headers['last-event-id'];
      if (typeof lastId === 'string' && lastId) {
        for (const e of await deps.events.since(lastId, actor.propertyIds))
          if (visibleTo(actor, e)) out.write(frame(e));
      }
      const unsubscribe = deps.events.subscribe((e) => visibleTo(actor, e) && out.write(frame(e)));

      // The stream outlives the request that opened it: re-check the session on every heartbeat so
      // a disabled user, a changed password or a timeout ends it, and role changes take effect.
      const heartbeat = setInterval(async () => {
        const session = await resolveSession({ ...request.ctx, actor: null }, policy, token).catch(
          () => null,
        );
        if (!session) return close();
        actor = session.actor;
        out.write(': ping\n\n');
      }, HEARTBEAT_MS);
      const close = () => {
        clearInterval(heartbeat);
        unsubscribe();
        out.end();
      };
      request.raw.on('close', close);
    },
  );
}
