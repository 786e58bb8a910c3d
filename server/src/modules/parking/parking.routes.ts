import type { FastifyInstance } from 'fastify';
import {
  createParkingSpaceBodySchema,
  idParamsSchema,
  parkingListQuerySchema,
  parkingSpacePageSchema,
  parkingSpaceSchema,
  updateParkingSpaceBodySchema,
} from '@qiantai/contracts';
import { typed } from '../../platform/http/routes.js';
import * as parking from './parking.service.js';

export function registerParkingRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['directory'];
  const read = { access: 'directory.read' as const };
  const edit = { access: 'directory.edit' as const };

  r.get(
    '/parking-spaces',
    {
      config: read,
      schema: { tags, querystring: parkingListQuerySchema, response: { 200: parkingSpacePageSchema } },
    },
    async (request) => parking.listParkingSpaces(request.ctx, request.query),
  );
  r.get(
    '/parking-spaces/:id',
    { config: read, schema: { tags, params: idParamsSchema, response: { 200: parkingSpaceSchema } } },
    async (request) => parking.getParkingSpace(request.ctx, request.params.id),
  );
  r.post(
    '/parking-spaces',
    {
      config: edit,
      schema: { tags, body: createParkingSpaceBodySchema, response: { 201: parkingSpaceSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await parking.createParkingSpace(request.ctx, request.body)),
  );
  r.patch(
    '/parking-spaces/:id',
    {
      config: edit,
      schema: {
        tags,
        params: idParamsSchema,
        body: updateParkingSpaceBodySchema,
        response: { 200: parkingSpaceSchema },
      },
    },
    async (request) => parking.updateParkingSpace(request.ctx, request.params.id, request.body),
  );
}
