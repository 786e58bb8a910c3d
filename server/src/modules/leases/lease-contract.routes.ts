import type { FastifyInstance } from 'fastify';
import { idParamsSchema, leaseSchema } from '@qiantai/contracts';
import { attachment } from '../../platform/http/content-disposition.js';
import { typed } from '../../platform/http/routes.js';
import {
  acceptRawFiles,
  RAW_FILE_MAX_BYTES,
  RAW_FILE_TYPES,
  uploadOf,
} from '../../platform/http/raw-upload.js';
import { attachContract, contractOf } from './lease-contract.service.js';
import { requireLeaseRow } from './leases.service.js';

/** The signed contract of a lease, uploaded as a raw file (platform/http/raw-upload.ts), in its own scope. */
export async function registerLeaseContractRoutes(app: FastifyInstance) {
  acceptRawFiles(app);
  const r = typed(app);
  const tags = ['directory'];

  r.post(
    '/leases/:id/contract',
    {
      config: { access: 'directory.edit' },
      bodyLimit: RAW_FILE_MAX_BYTES,
      // A lease the caller cannot see answers 404 before up to 10 MiB of body is read.
      preParsing: async (request) => {
        await requireLeaseRow(request.ctx, (request.params as { id: string }).id);
      },
      schema: {
        tags,
        summary: 'Attach the contract: the raw PDF/JPEG/PNG/WebP as body (≤ 10 MiB), name in X-File-Name',
        consumes: RAW_FILE_TYPES,
        params: idParamsSchema,
        response: { 200: leaseSchema },
      },
    },
    async (request) => {
      return attachContract(request.ctx, request.params.id, uploadOf(request, 'directory.contractFileType'));
    },
  );
  r.get(
    '/leases/:id/contract',
    {
      config: { access: 'directory.read' },
      schema: { tags, summary: 'Download the contract as stored', params: idParamsSchema },
    },
    async (request, reply) => {
      const file = await contractOf(request.ctx, request.params.id);
      return reply
        .header('content-type', file.mime)
        .header('content-disposition', attachment(file.name))
        .header('x-content-type-options', 'nosniff')
        .send(file.content);
    },
  );
}
