import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

/** The app with zod-typed schemas: request bodies, params and replies are inferred from contracts/. */
export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

/** Standard error responses for the OpenAPI document (the body is always errorBodySchema). */
export { errorBodySchema } from '@qiantai/contracts';
