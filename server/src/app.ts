import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { AppDeps } from './app-deps.js';
import { newId } from './db/ids.js';
import { installApiDocs } from './platform/http/api-docs.js';
import { answerFrameworkError, installErrorHandler } from './platform/http/error-handler.js';
import { installRequestContext } from './platform/http/request-context.js';
import { serializeRequest } from './platform/http/request-log.js';
import { installRouteCatalog } from './platform/http/route-catalog.js';
import { capConnections, serverLimitOptions } from './platform/http/server-limits.js';
import { installSecurityHeaders } from './platform/http/security-headers.js';
import { installTextInputCheck } from './platform/http/text-input.js';
import { serveWebApp } from './platform/http/web-app.js';
import { zodValidatorCompiler } from './platform/http/validation.js';
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
    logger:
      deps.config.logLevel === 'silent'
        ? false
        : { level: deps.config.logLevel, stream: deps.logStream, serializers: { req: serializeRequest } },
    bodyLimit: 1024 * 1024,
    trustProxy: deps.config.trustProxy,
    genReqId: () => newId(),
    routerOptions: { ignoreTrailingSlash: true },
    ...serverLimitOptions(deps.config.http),
    frameworkErrors: answerFrameworkError,
  });
  capConnections(app, deps.config.http);
  installRouteCatalog(app);
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifyCookie);
  installSecurityHeaders(app);
  installRequestContext(app, deps);
  installErrorHandler(app);
  installTextInputCheck(app);

  await installApiDocs(app, deps.config);
  registerHealthRoute(app, deps);
  await app.register(async (api) => registerApiRoutes(api, deps), { prefix: '/api/v1' });
  await serveWebApp(app, deps.config.webDist);
  return app;
}
