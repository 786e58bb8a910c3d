import type { FastifyInstance } from 'fastify';
import {
  createPersonBodySchema,
  endPersonUnitBodySchema,
  idParamsSchema,
  idSchema,
  linkPersonUnitBodySchema,
  personPageSchema,
  personListQuerySchema,
  personSchema,
  personUnitSchema,
  updatePersonBodySchema,
  updatePersonUnitBodySchema,
} from '@qiantai/contracts';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { typed } from '../../platform/http/routes.js';
import * as people from './people.service.js';
import { registerPersonRevealRoute } from './person-reveal.routes.js';
import { endPersonUnitLink, linkPersonToUnit, updatePersonUnitLink } from './person-units.service.js';

const read = { access: 'directory.read' as const };
const edit = { access: 'directory.edit' as const };
const linkParamsSchema = z.strictObject({ id: idSchema, linkId: idSchema });

/** People, their links to units and the reveal; the card and history are the person-card module's. */
export function registerPeopleRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);
  r.get(
    '/people',
    {
      config: read,
      schema: {
        tags: ['directory'],
        summary: 'People of a property with their units; phones and ID numbers masked',
        querystring: personListQuerySchema,
        response: { 200: personPageSchema },
      },
    },
    async (request) => people.listPeople(request.ctx, request.query),
  );
  r.post(
    '/people',
    {
      config: edit,
      schema: { tags: ['directory'], body: createPersonBodySchema, response: { 201: personSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await people.createPerson(request.ctx, deps.cipher, request.body)),
  );
  r.get(
    '/people/:id',
    {
      config: read,
      schema: { tags: ['directory'], params: idParamsSchema, response: { 200: personSchema } },
    },
    async (request) => people.requirePerson(request.ctx, request.params.id),
  );
  r.patch(
    '/people/:id',
    {
      config: edit,
      schema: {
        tags: ['directory'],
        params: idParamsSchema,
        body: updatePersonBodySchema,
        response: { 200: personSchema },
      },
    },
    async (request) => people.updatePerson(request.ctx, deps.cipher, request.params.id, request.body),
  );
  r.post(
    '/people/:id/units',
    {
      config: edit,
      schema: {
        tags: ['directory'],
        summary: 'Link a person to a unit as owner, tenant, household member or emergency contact',
        params: idParamsSchema,
        body: linkPersonUnitBodySchema,
        response: { 201: personUnitSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await linkPersonToUnit(request.ctx, request.params.id, request.body)),
  );
  r.post(
    '/people/:id/units/:linkId/end',
    {
      config: edit,
      schema: {
        tags: ['directory'],
        summary: 'End a residence on a date; the link is kept as history',
        params: linkParamsSchema,
        body: endPersonUnitBodySchema,
        response: { 200: personUnitSchema },
      },
    },
    async (request) => endPersonUnitLink(request.ctx, request.params.id, request.params.linkId, request.body),
  );
  r.patch(
    '/people/:id/units/:linkId',
    {
      config: edit,
      schema: {
        tags: ['directory'],
        summary: 'Correct a residence: its role, move-in or move-out date',
        params: linkParamsSchema,
        body: updatePersonUnitBodySchema,
        response: { 200: personUnitSchema },
      },
    },
    async (request) =>
      updatePersonUnitLink(request.ctx, request.params.id, request.params.linkId, request.body),
  );
  registerPersonRevealRoute(app, deps);
}
