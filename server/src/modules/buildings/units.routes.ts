import type { FastifyInstance } from 'fastify';
import {
  createUnitBodySchema,
  idParamsSchema,
  unitListQuerySchema,
  unitPageSchema,
  unitSchema,
  updateUnitBodySchema,
} from '@qiantai/contracts';
import { typed } from '../../platform/http/routes.js';
import * as units from './units.service.js';

const read = { access: 'directory.read' as const };
const edit = { access: 'directory.edit' as const };

// The unit page (GET /units/:id, with the people linked) is the person-card module's: it composes
// this module with people.

export function registerUnitRoutes(app: FastifyInstance) {
  const r = typed(app);
  r.get(
    '/units',
    {
      config: read,
      schema: {
        tags: ['directory'],
        summary: 'Units of a property; q matches the code (3-2-1502 or 3栋2单元1502)',
        querystring: unitListQuerySchema,
        response: { 200: unitPageSchema },
      },
    },
    async (request) => units.listUnits(request.ctx, request.query),
  );
  r.post(
    '/units',
    {
      config: edit,
      schema: {
        tags: ['directory'],
        summary: 'Create a unit; its code is building-entrance-room and unique in the property',
        body: createUnitBodySchema,
        response: { 201: unitSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await units.createUnit(request.ctx, request.body)),
  );
  r.patch(
    '/units/:id',
    {
      config: edit,
      schema: {
        tags: ['directory'],
        params: idParamsSchema,
        body: updateUnitBodySchema,
        response: { 200: unitSchema },
      },
    },
    async (request) => units.updateUnit(request.ctx, request.params.id, request.body),
  );
}
