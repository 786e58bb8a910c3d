import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { translate } from '../i18n/messages.js';
import { sendError } from './error-handler.js';
import { isApiPath, routerPath } from './request-path.js';
import { registerWithAccess } from './route-catalog.js';

/** index.html is never cached, so a new release's asset names are picked up at once. */
const sendShell = (reply: FastifyReply) =>
  reply.header('cache-control', 'no-cache').sendFile('index.html', { maxAge: 0 });

/**
 * The built web app (public files), with client-side routes falling back to index.html. API paths
 * never do: an unknown API path, however it is spelled, answers the JSON 404.
 */
export async function serveWebApp(app: FastifyInstance, webDist: string) {
  const hasBuild = existsSync(join(webDist, 'index.html'));
  await registerWithAccess(app, 'public', async (scope) => {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    if (hasBuild) {
      await scope.register(fastifyStatic, { root: webDist, wildcard: true, index: false, maxAge: '1h' });
      // The static handler refuses the bare root when directory indexes are off; the shell is the answer.
      scope.get('/', { schema: { hide: true } }, (_request, reply) => sendShell(reply));
    }
    scope.setNotFoundHandler((request, reply) => {
      if (!isApiPath(routerPath(request)) && hasBuild && request.method === 'GET') return sendShell(reply);
      return sendError(request, reply, 'NOT_FOUND', translate(request.locale, 'error.routeNotFound'));
    });
  });
}
