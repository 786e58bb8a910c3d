import type { FastifyInstance } from 'fastify';
import { idParamsSchema, jobListQuerySchema, jobPageSchema, jobSchema } from '@qiantai/contracts';
import { typed } from '../../platform/http/routes.js';
import { listJobs, retryJob } from '../../platform/jobs/jobs.service.js';

export function registerJobRoutes(app: FastifyInstance) {
  const r = typed(app);
  r.get(
    '/admin/jobs',
    {
      config: { access: 'job.read' },
      schema: {
        tags: ['admin'],
        summary: 'Due-work jobs, with failures and their last error',
        querystring: jobListQuerySchema,
        response: { 200: jobPageSchema },
      },
    },
    async (request) => listJobs(request.ctx, request.query),
  );
  r.post(
    '/admin/jobs/:id/retry',
    {
      config: { access: 'job.retry' },
      schema: {
        tags: ['admin'],
        summary: 'Run a failed job again',
        params: idParamsSchema,
        response: { 200: jobSchema },
      },
    },
    async (request) => retryJob(request.ctx, request.params.id),
  );
}
