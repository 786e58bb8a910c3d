import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Config } from '../../config.js';

/**
 * Limits for slow or greedy clients. Node's own defaults let a request's body take five minutes and
 * check for that only every 30 s, and accept any number of connections: ten anonymous clients
 * trickling a sign-in body held their sockets for over a minute. Here the headers must arrive within
 * `headersTimeoutMs`, the whole request within `requestTimeoutMs` (then 408 and the socket closes),
 * a socket with no traffic closes after `idleTimeoutMs` (a live-event stream's heartbeat is traffic),
 * and connections beyond `maxConnections` are dropped as they arrive.
 */
export function serverLimitOptions(limits: Config['http']): Partial<FastifyServerOptions> {
  return {
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.idleTimeoutMs,
    // Keep-alive must end before the idle timeout, or a reused socket could be cut mid-request.
    keepAliveTimeout: Math.min(72_000, limits.idleTimeoutMs - 1),
    http: {
      headersTimeout: limits.headersTimeoutMs,
      // How often Node looks for requests past their time; its default (30 s) would add up to that.
      connectionsCheckingInterval: Math.max(50, Math.min(2_000, limits.headersTimeoutMs / 2)),
    },
  } as Partial<FastifyServerOptions>;
}

export function capConnections(app: FastifyInstance, limits: Config['http']) {
  app.server.maxConnections = limits.maxConnections;
}
