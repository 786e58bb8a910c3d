import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { translate } from '../i18n/messages.js';
import { sendError } from './error-handler.js';
import { isApiPath, routerPath } from './request-path.js';
import { registerWithAccess } from './route-catalog.js';

/**
 * Hashed assets (web/dist/assets/, names that change with their content) are cached for a year and
 * never revalidated; everything else (index.html, robots.txt, the icon) is revalidated on every use,
 * so a new release's asset names are picked up at once.
 */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const cacheControlFor = (path: string) => (/[\\/]assets[\\/]/.test(path) ? IMMUTABLE : 'no-cache');

const sendShell = (reply: FastifyReply) => reply.sendFile('index.html');

/**
 * The built web app (public files), with client-side routes falling back to index.html. API paths
 * never do: an unknown API path, however it is spelled, answers the JSON 404.
 */
export async function serveWebApp(app: FastifyInstance, webDist: string) {
  const hasBuild = existsSync(join(webDist, 'index.html'));
  await registerWithAccess(app, 'public', async (scope) => {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    if (hasBuild) {
      await scope.register(fastifyStatic, {
        root: webDist,
        wildcard: true,
        index: false,
        // The build writes .br and .gz beside each file (scripts/precompress.mjs): sent by Accept-Encoding.
        preCompressed: true,
        cacheControl: false,
        setHeaders: (res, path) => res.setHeader('cache-control', cacheControlFor(path)),
      });
      // The static handler refuses the bare root when directory indexes are off; the shell is the answer.
      scope.get('/', { schema: { hide: true } }, (_request, reply) => sendShell(reply));
    }
    scope.setNotFoundHandler((request, reply) => {
      if (!isApiPath(routerPath(request)) && hasBuild && request.method === 'GET') return sendShell(reply);
      return sendError(request, reply, 'NOT_FOUND', translate(request.locale, 'error.routeNotFound'));
    });
  });
}
