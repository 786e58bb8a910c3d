import type { FastifyInstance } from 'fastify';
import {
  auditEntrySchema,
  idParamsSchema,
  personCardSchema,
  personUnitSchema,
  unitSchema,
} from '@qiantai/contracts';
import { z } from 'zod';
import { typed } from '../../platform/http/routes.js';
import { personCard, personHistory, unitDetail } from './person-card.service.js';

const personHistorySchema = z.object({ items: z.array(auditEntrySchema) });
/** One unit with everyone linked to it, current and past (a link with `until` set is past). */
const unitDetailSchema = unitSchema.extend({ people: z.array(personUnitSchema) });

export function registerPersonCardRoutes(app: FastifyInstance) {
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
  r.get(
    '/units/:id',
    {
      config: { access: 'directory.read' },
      schema: { tags: ['directory'], params: idParamsSchema, response: { 200: unitDetailSchema } },
    },
    async (request) => unitDetail(request.ctx, request.params.id),
  );
}
