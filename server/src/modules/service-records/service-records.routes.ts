import type { FastifyInstance } from 'fastify';
import {
  createServiceRecordBodySchema,
  followUpPageSchema,
  followUpQuerySchema,
  followUpSchema,
  idParamsSchema,
  recordFollowUpBodySchema,
  revealCallerBodySchema,
  revealCallerResultSchema,
  serviceActionBodySchema,
  serviceRecordDetailSchema,
  serviceRecordPageSchema,
  serviceRecordQuerySchema,
  serviceRecordSchema,
  serviceStaffQuerySchema,
  serviceStaffSchema,
  updateServiceRecordBodySchema,
} from '@qiantai/contracts';
import type { AppDeps } from '../../app-deps.js';
import { typed } from '../../platform/http/routes.js';
import { listFollowUps, recordFollowUp } from './follow-ups.service.js';
import { applyAction } from './record-actions.service.js';
import { registerAttachmentRoutes } from './record-attachments.routes.js';
import { createRecord } from './record-create.service.js';
import { registerRegisterExportRoutes } from './register-export.routes.js';
import { revealCustomerPhone } from './record-reveal.service.js';
import { getRecord, listRecords, updateRecord } from './service-records.service.js';
import { assignableStaff } from './record-staff.service.js';

/** The service register and its follow-up calls. Department staff reach only their own queue. */
export function registerServiceRecordRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);
  const tags = ['service register'];
  const reader = { access: ['service.read', 'service.handle'] as const };
  void app.register(registerAttachmentRoutes());
  registerRegisterExportRoutes(app);

  r.get(
    '/service-records',
    {
      config: reader,
      schema: { tags, querystring: serviceRecordQuerySchema, response: { 200: serviceRecordPageSchema } },
    },
    async (request) => listRecords(request.ctx, request.query),
  );
  r.post(
    '/service-records',
    {
      config: { access: 'service.create' },
      schema: { tags, body: createServiceRecordBodySchema, response: { 201: serviceRecordSchema } },
    },
    async (request, reply) => reply.status(201).send(await createRecord(request.ctx, request.body)),
  );
  r.get(
    '/service-records/:id',
    {
      config: reader,
      schema: { tags, params: idParamsSchema, response: { 200: serviceRecordDetailSchema } },
    },
    async (request) => getRecord(request.ctx, request.params.id),
  );
  r.patch(
    '/service-records/:id',
    {
      config: { access: ['service.create', 'service.manage'] as const },
      schema: {
        tags,
        summary: 'Correct what was taken down; a stale version answers 409 and changes nothing',
        params: idParamsSchema,
        body: updateServiceRecordBodySchema,
        response: { 200: serviceRecordSchema },
      },
    },
    async (request) => updateRecord(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/service-records/:id/actions',
    {
      // Whoever may take some action; which one, on which record, the service decides.
      config: {
        access: ['service.handle', 'service.create', 'service.manage', 'service.acknowledge'] as const,
      },
      schema: {
        tags,
        summary: 'Take an action; one the status does not allow answers 409 with the allowed ones',
        params: idParamsSchema,
        body: serviceActionBodySchema,
        response: { 200: serviceRecordDetailSchema },
      },
    },
    async (request) => applyAction(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/service-records/:id/reveal',
    {
      config: { access: 'person.reveal' },
      schema: {
        tags,
        summary: "The customer's phone in full, to call back (audited)",
        params: idParamsSchema,
        body: revealCallerBodySchema,
        response: { 200: revealCallerResultSchema },
      },
    },
    async (request) => revealCustomerPhone(request.ctx, deps, request.params.id),
  );

  r.get(
    '/service-staff',
    {
      config: { access: ['service.manage', 'service.create', 'service.handle'] as const },
      schema: {
        tags,
        summary: 'Who a record can be assigned to: active staff of the property (or of one department)',
        querystring: serviceStaffQuerySchema,
        response: { 200: serviceStaffSchema },
      },
    },
    async (request) => assignableStaff(request.ctx, request.query.propertyId, request.query.departmentId),
  );
  r.get(
    '/service-follow-ups',
    {
      config: { access: 'service.followup' },
      schema: { tags, querystring: followUpQuerySchema, response: { 200: followUpPageSchema } },
    },
    async (request) => listFollowUps(request.ctx, request.query),
  );
  r.post(
    '/service-follow-ups/:id/record',
    {
      config: { access: 'service.followup' },
      schema: {
        tags,
        params: idParamsSchema,
        body: recordFollowUpBodySchema,
        response: { 200: followUpSchema },
      },
    },
    async (request) => recordFollowUp(request.ctx, request.params.id, request.body),
  );
}
