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
import { registerHealthRoute } from './modules/health.routes.js';
import { resolveSession } from './modules/auth/index.js';
import { MODULES } from './modules/index.js';

/** Every module's routes, mounted under /api/v1 in the module list's order. The matrix test walks them. */
function registerApiRoutes(api: FastifyInstance, deps: AppDeps) {
  for (const module of MODULES) module.routes?.(api, deps);
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
  installRequestContext(app, deps, resolveSession);
  installErrorHandler(app);
  installTextInputCheck(app);

  await installApiDocs(app, deps.config);
  registerHealthRoute(app, deps);
  await app.register(async (api) => registerApiRoutes(api, deps), { prefix: '/api/v1' });
  await serveWebApp(app, deps.config.webDist);
  return app;
}
