import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  buildingSchema,
  createBuildingBodySchema,
  idParamsSchema,
  updateBuildingBodySchema,
} from '@qiantai/contracts';
import { typed } from '../../platform/http/routes.js';
import * as buildings from './buildings.service.js';
import { registerUnitRoutes } from './units.routes.js';

const read = { access: 'directory.read' as const };
const edit = { access: 'directory.edit' as const };
const buildingListQuerySchema = z.strictObject({ propertyId: z.string().min(1).max(64) });

/** Buildings and their units (the unit routes live in units.routes.ts). */
export function registerBuildingRoutes(app: FastifyInstance) {
  const r = typed(app);
  r.get(
    '/buildings',
    {
      config: read,
      schema: {
        tags: ['directory'],
        summary: 'The buildings of a property, each with its number of units',
        querystring: buildingListQuerySchema,
        response: { 200: z.array(buildingSchema) },
      },
    },
    async (request) => buildings.buildingsOf(request.ctx, request.query.propertyId),
  );
  r.post(
    '/buildings',
    {
      config: edit,
      schema: { tags: ['directory'], body: createBuildingBodySchema, response: { 201: buildingSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await buildings.createBuilding(request.ctx, request.body)),
  );
  r.patch(
    '/buildings/:id',
    {
      config: edit,
      schema: {
        tags: ['directory'],
        params: idParamsSchema,
        body: updateBuildingBodySchema,
        response: { 200: buildingSchema },
      },
    },
    async (request) => buildings.updateBuilding(request.ctx, request.params.id, request.body),
  );
  registerUnitRoutes(app);
}
