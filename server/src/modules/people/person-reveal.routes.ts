import type { FastifyInstance } from 'fastify';
import { idParamsSchema, revealBodySchema, revealResultSchema } from '@qiantai/contracts';
import type { AppDeps } from '../../app-deps.js';
import { typed } from '../../platform/http/routes.js';
import { revealPersonField } from './person-reveal.service.js';

export function registerPersonRevealRoute(app: FastifyInstance, deps: Pick<AppDeps, 'cipher'>) {
  typed(app).post(
    '/people/:id/reveal',
    {
      config: { access: 'person.reveal' },
      schema: {
        tags: ['directory'],
        summary: 'Show one personal field in full; the reveal is recorded in the audit log',
        params: idParamsSchema,
        body: revealBodySchema,
        response: { 200: revealResultSchema },
      },
    },
    async (request) => revealPersonField(request.ctx, deps.cipher, request.params.id, request.body.field),
  );
}
