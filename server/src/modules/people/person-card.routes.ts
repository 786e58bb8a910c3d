import type { FastifyInstance } from 'fastify';
import {
  auditEntrySchema,
  idParamsSchema,
  personCardSchema,
  revealBodySchema,
  revealResultSchema,
} from '@qiantai/contracts';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { typed } from '../../platform/http/routes.js';
import { personCard, personHistory } from './person-card.service.js';
import { revealPersonField } from './person-reveal.service.js';

const personHistorySchema = z.object({ items: z.array(auditEntrySchema) });

export function registerPersonCardRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);
  r.get(
    '/people/:id/card',
    {
      config: { access: 'directory.read' },
      schema: {
        tags: ['directory'],
        summary: 'The person card: units, household, vehicles, parking spaces and leases (masked)',
        params: idParamsSchema,
        response: { 200: personCardSchema },
      },
    },
    async (request) => personCard(request.ctx, request.params.id),
  );
  r.get(
    '/people/:id/history',
    {
      config: { access: 'directory.read' },
      schema: {
        tags: ['directory'],
        summary: 'Every change to the person and their residences, and every reveal, newest first',
        params: idParamsSchema,
        response: { 200: personHistorySchema },
      },
    },
    async (request) => ({ items: await personHistory(request.ctx, request.params.id) }),
  );
  r.post(
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
