import type { FastifyInstance } from 'fastify';
import { attachmentParamsSchema, idParamsSchema, serviceRecordDetailSchema } from '@qiantai/contracts';
import { attachment, inline } from '../../platform/http/content-disposition.js';
import {
  acceptRawFiles,
  RAW_FILE_MAX_BYTES,
  RAW_FILE_TYPES,
  uploadOf,
} from '../../platform/http/raw-upload.js';
import { typed } from '../../platform/http/routes.js';
import { attachFile, attachmentContent } from './record-attachments.service.js';
import { requireVisibleRecord } from './service-records.service.js';

/** Photos and documents of a record: raw-file uploads (platform/http/raw-upload.ts) in their own scope. */
export function registerAttachmentRoutes() {
  return async (app: FastifyInstance) => {
    acceptRawFiles(app);
    const r = typed(app);
    const tags = ['service register'];
    r.post(
      '/service-records/:id/attachments',
      {
        config: { access: ['service.handle', 'service.create', 'service.manage'] as const },
        bodyLimit: RAW_FILE_MAX_BYTES,
        // A record the caller cannot see answers 404 before up to 10 MiB of body is read.
        preParsing: async (request) => {
          await requireVisibleRecord(request.ctx, (request.params as { id: string }).id);
        },
        schema: {
          tags,
          summary: 'Attach a photo or PDF: the raw file as body (≤ 10 MiB), its name in X-File-Name',
          consumes: RAW_FILE_TYPES,
          params: idParamsSchema,
          response: { 200: serviceRecordDetailSchema },
        },
      },
      async (request) =>
        attachFile(request.ctx, request.params.id, uploadOf(request, 'service.attachmentType')),
    );
    r.get(
      '/service-records/:id/attachments/:fileId',
      {
        config: { access: ['service.read', 'service.handle'] as const },
        schema: { tags, summary: 'An attached file as stored', params: attachmentParamsSchema },
      },
      async (request, reply) => {
        const file = await attachmentContent(request.ctx, request.params.id, request.params.fileId);
        // Photos open in the browser; anything else downloads. nosniff keeps either what it is.
        const disposition = file.mime.startsWith('image/') ? inline(file.name) : attachment(file.name);
        return reply
          .header('content-type', file.mime)
          .header('content-disposition', disposition)
          .header('x-content-type-options', 'nosniff')
          .send(file.content);
      },
    );
  };
}
