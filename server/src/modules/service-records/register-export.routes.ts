import type { FastifyInstance } from 'fastify';
import {
  REGISTER_SHEET_MAX_ROWS,
  REGISTER_SHEET_TRUNCATED_HEADER,
  registerSheetQuerySchema,
  registerSheetSchema,
} from '@qiantai/contracts';
import { attachment } from '../../platform/http/content-disposition.js';
import { typed } from '../../platform/http/routes.js';
import { XLSX_TYPE } from '../directory-io/index.js';
import { exportRegister, registerSheet } from './register-export.service.js';

/**
 * The register on paper (print view, JSON) and in Excel: the list's filters, layout register
 * (kh-21-r01) or complaints (用户投诉意见登记表). service.export; department staff have no such thing.
 */
export function registerRegisterExportRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['service register'];
  const truncated = String(REGISTER_SHEET_MAX_ROWS);

  r.get(
    '/service-records/print',
    {
      config: { access: 'service.export' },
      schema: {
        tags,
        summary: 'The register as the print view shows it: the same cells as the .xlsx export (audited)',
        querystring: registerSheetQuerySchema,
        response: { 200: registerSheetSchema },
      },
    },
    async (request, reply) => {
      const sheet = await registerSheet(request.ctx, request.query, request.locale);
      if (sheet.truncated) void reply.header(REGISTER_SHEET_TRUNCATED_HEADER, truncated);
      return sheet;
    },
  );

  r.get(
    '/service-records/export',
    {
      config: { access: 'service.export' },
      schema: {
        tags,
        summary: `The register as .xlsx, phones masked, at most ${truncated} records (audited)`,
        querystring: registerSheetQuerySchema,
      },
    },
    async (request, reply) => {
      const file = await exportRegister(request.ctx, request.query, request.locale);
      if (file.truncated) void reply.header(REGISTER_SHEET_TRUNCATED_HEADER, truncated);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment(file.fileName, file.asciiName))
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );
}
