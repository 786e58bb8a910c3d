import type { FastifyInstance } from 'fastify';
import {
  createLeaseBodySchema,
  idParamsSchema,
  leaseListQuerySchema,
  leasePageSchema,
  leaseSchema,
  updateLeaseBodySchema,
} from '@qiantai/contracts';
import type { AppDeps } from '../../app-deps.js';
import { typed } from '../../platform/http/routes.js';
import { registerLeaseContractRoutes } from './lease-contract.routes.js';
import * as leases from './leases.service.js';

export function registerLeaseRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);
  const tags = ['directory'];
  const read = { access: 'directory.read' as const };
  const edit = { access: 'directory.edit' as const };

  r.get(
    '/leases',
    {
      config: read,
      schema: {
        tags,
        summary: 'Leases; expiringWithinDays counts from today in the property’s time zone',
        querystring: leaseListQuerySchema,
        response: { 200: leasePageSchema },
      },
    },
    async (request) => leases.listLeases(request.ctx, request.query),
  );
  r.get(
    '/leases/:id',
    { config: read, schema: { tags, params: idParamsSchema, response: { 200: leaseSchema } } },
    async (request) => leases.getLease(request.ctx, request.params.id),
  );
  r.post(
    '/leases',
    { config: edit, schema: { tags, body: createLeaseBodySchema, response: { 201: leaseSchema } } },
    async (request, reply) =>
      reply.status(201).send(await leases.createLease(request.ctx, deps, request.body)),
  );
  r.patch(
    '/leases/:id',
    {
      config: edit,
      schema: { tags, params: idParamsSchema, body: updateLeaseBodySchema, response: { 200: leaseSchema } },
    },
    async (request) => leases.updateLease(request.ctx, deps, request.params.id, request.body),
  );
  void app.register(registerLeaseContractRoutes);
}
