import type { FastifyInstance } from 'fastify';
import {
  createVehicleBodySchema,
  idParamsSchema,
  updateVehicleBodySchema,
  vehicleListQuerySchema,
  vehiclePageSchema,
  vehicleSchema,
} from '@qiantai/contracts';
import { typed } from '../../platform/http/routes.js';
import * as vehicles from './vehicles.service.js';

export function registerVehicleRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['directory'];
  const read = { access: 'directory.read' as const };
  const edit = { access: 'directory.edit' as const };

  r.get(
    '/vehicles',
    {
      config: read,
      schema: { tags, querystring: vehicleListQuerySchema, response: { 200: vehiclePageSchema } },
    },
    async (request) => vehicles.listVehicles(request.ctx, request.query),
  );
  r.get(
    '/vehicles/:id',
    { config: read, schema: { tags, params: idParamsSchema, response: { 200: vehicleSchema } } },
    async (request) => vehicles.getVehicle(request.ctx, request.params.id),
  );
  r.post(
    '/vehicles',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Register a vehicle (the plate is normalised: 粤b·12345 → 粤B12345)',
        body: createVehicleBodySchema,
        response: { 201: vehicleSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await vehicles.createVehicle(request.ctx, request.body)),
  );
  r.patch(
    '/vehicles/:id',
    {
      config: edit,
      schema: {
        tags,
        params: idParamsSchema,
        body: updateVehicleBodySchema,
        response: { 200: vehicleSchema },
      },
    },
    async (request) => vehicles.updateVehicle(request.ctx, request.params.id, request.body),
  );
}
