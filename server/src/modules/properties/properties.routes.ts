import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import { z } from 'zod';
import {
  createPropertyBodySchema,
  departmentSchema,
  idParamsSchema,
  propertySummarySchema,
} from '@qiantai/contracts';
import { typed } from '../../platform/http/routes.js';
import * as properties from './properties.service.js';

export function registerPropertyRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);
  r.get(
    '/properties',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['properties'],
        summary: 'My properties',
        response: { 200: z.array(propertySummarySchema) },
      },
    },
    async (request) => properties.myProperties(request.ctx),
  );
  r.get(
    '/properties/:id/departments',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['properties'], params: idParamsSchema, response: { 200: z.array(departmentSchema) } },
    },
    async (request) => properties.departmentsOf(request.ctx, request.params.id),
  );
  r.post(
    '/properties',
    {
      config: { access: 'property.manage' },
      schema: {
        tags: ['properties'],
        summary: 'Create a property with the standard departments; the creator is assigned to it',
        body: createPropertyBodySchema,
        response: { 201: propertySummarySchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await properties.createProperty(request.ctx, deps, request.body)),
  );
}
