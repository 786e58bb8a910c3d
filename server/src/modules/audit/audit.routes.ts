import type { FastifyInstance } from 'fastify';
import { auditPageSchema, auditQuerySchema } from '@qiantai/contracts';
import { typed } from '../../platform/http/routes.js';
import { listAuditEntries } from './audit.service.js';

export function registerAuditRoutes(app: FastifyInstance) {
  typed(app).get(
    '/audit-log',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'The append-only audit log, newest first',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) => listAuditEntries(request.ctx, request.query),
  );
}
