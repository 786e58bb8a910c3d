import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { Config } from '../../config.js';
import type { Access } from './request-context.js';
import { registerWithAccess } from './route-catalog.js';

/** Who may read the API description: API_DOCS=signed-in (the default), public, or off. */
export function apiDocsAccess(config: Config): Access | null {
  if (config.apiDocs === 'off') return null;
  return config.apiDocs === 'public' ? 'public' : 'authenticated';
}

/**
 * The OpenAPI document (/api/openapi.json) and its interactive reference (/api/docs). The document
 * is always built (routes register their schemas into it); serving it is a setting, since it maps
 * every route and names the version for anyone who can reach the desk (decision 0014).
 */
export async function installApiDocs(app: FastifyInstance, config: Config) {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Qiantai 前台 API',
        version: config.version,
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
  const access = apiDocsAccess(config);
  if (!access) return;
  await registerWithAccess(app, access, async (scope) => {
    await scope.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { access } }, async () => app.swagger());
}
