import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  businessHoursSchema,
  createHolidayBodySchema,
  createSlaPolicyBodySchema,
  escalationLevelsSchema,
  holidayQuerySchema,
  holidaySchema,
  idParamsSchema,
  okSchema,
  propertyQuerySchema,
  putBusinessHoursBodySchema,
  putServiceSettingsBodySchema,
  replaceEscalationLevelsBodySchema,
  serviceSettingsSchema,
  slaPolicyQuerySchema,
  slaPolicySchema,
  updateSlaPolicyBodySchema,
  versionQuerySchema,
} from '@qiantai/contracts';
import { typed } from '../../platform/http/routes.js';
import * as calendar from './calendar.service.js';
import * as escalation from './escalation.service.js';
import * as settings from './settings.service.js';
import * as sla from './sla-policies.service.js';
import { CONFIG_READ, CONFIG_TAGS as tags, CONFIG_WRITE } from './config-access.js';

/** What deadlines are made of: SLA policies, escalation, business hours, holidays and settings. */
export function registerRulesRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.get(
    '/service-config/sla-policies',
    {
      config: CONFIG_READ,
      schema: { tags, querystring: slaPolicyQuerySchema, response: { 200: z.array(slaPolicySchema) } },
    },
    async (request) => sla.listSlaPolicies(request.ctx, request.query.propertyId),
  );
  r.post(
    '/service-config/sla-policies',
    {
      config: CONFIG_WRITE,
      schema: { tags, body: createSlaPolicyBodySchema, response: { 201: slaPolicySchema } },
    },
    async (request, reply) => reply.status(201).send(await sla.createSlaPolicy(request.ctx, request.body)),
  );
  r.patch(
    '/service-config/sla-policies/:id',
    {
      config: CONFIG_WRITE,
      schema: {
        tags,
        params: idParamsSchema,
        body: updateSlaPolicyBodySchema,
        response: { 200: slaPolicySchema },
      },
    },
    async (request) => sla.updateSlaPolicy(request.ctx, request.params.id, request.body),
  );
  r.delete(
    '/service-config/sla-policies/:id',
    {
      config: CONFIG_WRITE,
      schema: {
        tags,
        summary: 'Delete a policy; a stale version answers 409 and deletes nothing',
        params: idParamsSchema,
        querystring: versionQuerySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await sla.deleteSlaPolicy(request.ctx, request.params.id, request.query.version);
      return { ok: true as const };
    },
  );

  r.get(
    '/service-config/escalation-levels',
    {
      config: CONFIG_READ,
      schema: { tags, querystring: propertyQuerySchema, response: { 200: escalationLevelsSchema } },
    },
    async (request) => escalation.getEscalationLevels(request.ctx, request.query.propertyId),
  );
  r.put(
    '/service-config/escalation-levels',
    {
      config: CONFIG_WRITE,
      schema: {
        tags,
        summary: 'Replace the whole list (the first entry is level 1)',
        body: replaceEscalationLevelsBodySchema,
        response: { 200: escalationLevelsSchema },
      },
    },
    async (request) => escalation.replaceEscalationLevels(request.ctx, request.body),
  );

  r.get(
    '/service-config/business-hours',
    {
      config: CONFIG_READ,
      schema: { tags, querystring: propertyQuerySchema, response: { 200: businessHoursSchema } },
    },
    async (request) => calendar.getBusinessHours(request.ctx, request.query.propertyId),
  );
  r.put(
    '/service-config/business-hours',
    {
      config: CONFIG_WRITE,
      schema: { tags, body: putBusinessHoursBodySchema, response: { 200: businessHoursSchema } },
    },
    async (request) => calendar.putBusinessHours(request.ctx, request.body),
  );

  r.get(
    '/service-config/holidays',
    {
      config: CONFIG_READ,
      schema: { tags, querystring: holidayQuerySchema, response: { 200: z.array(holidaySchema) } },
    },
    async (request) => calendar.listHolidays(request.ctx, request.query),
  );
  r.post(
    '/service-config/holidays',
    {
      config: CONFIG_WRITE,
      schema: { tags, body: createHolidayBodySchema, response: { 201: holidaySchema } },
    },
    async (request, reply) => reply.status(201).send(await calendar.addHoliday(request.ctx, request.body)),
  );
  r.delete(
    '/service-config/holidays/:id',
    { config: CONFIG_WRITE, schema: { tags, params: idParamsSchema, response: { 200: okSchema } } },
    async (request) => {
      await calendar.removeHoliday(request.ctx, request.params.id);
      return { ok: true as const };
    },
  );

  r.get(
    '/service-config/settings',
    {
      config: CONFIG_READ,
      schema: { tags, querystring: propertyQuerySchema, response: { 200: serviceSettingsSchema } },
    },
    async (request) => settings.getServiceSettings(request.ctx, request.query.propertyId),
  );
  r.put(
    '/service-config/settings',
    {
      config: CONFIG_WRITE,
      schema: { tags, body: putServiceSettingsBodySchema, response: { 200: serviceSettingsSchema } },
    },
    async (request) => settings.putServiceSettings(request.ctx, request.body),
  );
}
