import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import type { AppDeps } from './app-deps.js';
import { newId } from './db/ids.js';
import { installErrorHandler, sendError } from './platform/http/error-handler.js';
import { installRequestContext } from './platform/http/request-context.js';
import { installRouteCatalog } from './platform/http/route-catalog.js';
import { installSecurityHeaders } from './platform/http/security-headers.js';
import { zodValidatorCompiler } from './platform/http/validation.js';
import { translate } from './platform/i18n/messages.js';
import { registerAuditRoutes } from './modules/audit/audit.routes.js';
import { registerAuthRoutes } from './modules/auth/auth.routes.js';
import { registerBuildingRoutes } from './modules/buildings/buildings.routes.js';
import { registerDirectoryIoRoutes } from './modules/directory-io/directory-io.routes.js';
import { registerHealthRoute } from './modules/health.routes.js';
import { registerJobRoutes } from './modules/jobs/jobs.routes.js';
import { registerLeaseRoutes } from './modules/leases/leases.routes.js';
import { registerLiveEventRoutes } from './modules/live-events/live-events.routes.js';
import { registerLookupRoutes } from './modules/lookup/lookup.routes.js';
import { registerNotificationRoutes } from './modules/notifications/notifications.routes.js';
import { registerPeopleRoutes } from './modules/people/people.routes.js';
import { registerParkingRoutes } from './modules/parking/parking.routes.js';
import { registerPhonebookRoutes } from './modules/phonebook/phonebook.routes.js';
import { registerPropertyRoutes } from './modules/properties/properties.routes.js';
import { registerServiceConfigRoutes } from './modules/service-config/service-config.routes.js';
import { registerServiceRecordRoutes } from './modules/service-records/service-records.routes.js';
import { registerUserRoutes } from './modules/users/users.routes.js';
import { registerVehicleRoutes } from './modules/vehicles/vehicles.routes.js';

/** Every business module's routes, mounted under /api/v1. The authorization matrix test walks these. */
function registerApiRoutes(api: FastifyInstance, deps: AppDeps) {
  registerAuthRoutes(api, deps);
  registerPropertyRoutes(api);
  registerUserRoutes(api);
  registerAuditRoutes(api);
  registerJobRoutes(api);
  registerLiveEventRoutes(api, deps);
  registerVehicleRoutes(api);
  registerParkingRoutes(api);
  registerLeaseRoutes(api, deps);
  registerPhonebookRoutes(api);
  registerLookupRoutes(api);
  registerBuildingRoutes(api);
  registerPeopleRoutes(api, deps);
  registerDirectoryIoRoutes(api, deps);
  registerNotificationRoutes(api, deps);
  registerServiceConfigRoutes(api);
  registerServiceRecordRoutes(api, deps);
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.config.logLevel === 'silent' ? false : { level: deps.config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: deps.config.trustProxy,
    genReqId: () => newId(),
    routerOptions: { ignoreTrailingSlash: true },
  });
  installRouteCatalog(app);
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifyCookie);
  installSecurityHeaders(app);
  installRequestContext(app, deps);
  installErrorHandler(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Qiantai 前台 API',
        version: deps.config.version,
        description:
          'Customer-service front desk. Sign in with POST /api/v1/auth/login; send the returned csrfToken ' +
          'as x-csrf-token on every write. Errors: { error: { code, message, details?, requestId } }.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'qt_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () =>
    app.swagger(),
  );

  registerHealthRoute(app, deps);
  await app.register(async (api) => registerApiRoutes(api, deps), { prefix: '/api/v1' });
  await serveWebApp(app, deps);
  return app;
}

/** index.html is never cached, so a new release's asset names are picked up at once. */
const sendShell = (reply: FastifyReply) =>
  reply.header('cache-control', 'no-cache').sendFile('index.html', { maxAge: 0 });

/** The built web app, with client-side routes falling back to index.html. API paths never do. */
async function serveWebApp(app: FastifyInstance, deps: AppDeps) {
  const root = deps.config.webDist;
  const hasBuild = existsSync(join(root, 'index.html'));
  // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
  if (hasBuild) {
    await app.register(fastifyStatic, { root, wildcard: true, index: false, maxAge: '1h' });
    // The static handler refuses the bare root when directory indexes are off; the shell is the answer.
    app.get('/', { schema: { hide: true }, config: { access: 'public' } }, (_request, reply) =>
      sendShell(reply),
    );
  }
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api');
    if (!isApi && hasBuild && request.method === 'GET') return sendShell(reply);
    return sendError(request, reply, 'NOT_FOUND', translate(request.locale, 'error.routeNotFound'));
  });
}
