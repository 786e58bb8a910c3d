import type { FastifyInstance } from 'fastify';
import { idParamsSchema, leaseSchema } from '@qiantai/contracts';
import { invalid } from '../../platform/errors.js';
import { attachment } from '../../platform/http/content-disposition.js';
import { typed } from '../../platform/http/routes.js';
import { CONTRACT_MAX_BYTES, CONTRACT_TYPES } from './contract-file-type.js';
import { attachContract, contractOf } from './lease-contract.service.js';
import { requireLeaseRow } from './leases.service.js';

/**
 * The signed contract of a lease. Upload is the raw file as the request body (Content-Type
 * application/pdf or image/jpeg|png|webp, the name percent-encoded in X-File-Name): no multipart
 * dependency, one file per request, and the body limit applies to the file itself. This runs in
 * its own plugin scope so the binary parser and the 10 MiB limit reach no other route.
 */
export async function registerLeaseContractRoutes(app: FastifyInstance) {
  app.addContentTypeParser(
    [...CONTRACT_TYPES],
    { parseAs: 'buffer', bodyLimit: CONTRACT_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );
  const r = typed(app);
  const tags = ['directory'];

  r.post(
    '/leases/:id/contract',
    {
      config: { access: 'directory.edit' },
      bodyLimit: CONTRACT_MAX_BYTES,
      // A lease the caller cannot see answers 404 before up to 10 MiB of body is read.
      preParsing: async (request) => {
        await requireLeaseRow(request.ctx, (request.params as { id: string }).id);
      },
      schema: {
        tags,
        summary: 'Attach the contract: the raw PDF/JPEG/PNG/WebP as body (≤ 10 MiB), name in X-File-Name',
        consumes: [...CONTRACT_TYPES],
        params: idParamsSchema,
        response: { 200: leaseSchema },
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body)) throw invalid('directory.contractFileType', 'file');
      const header = request.headers['x-file-name'];
      return attachContract(request.ctx, request.params.id, {
        declaredType: (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase(),
        fileName: Array.isArray(header) ? header[0] : header,
        content: request.body,
      });
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
