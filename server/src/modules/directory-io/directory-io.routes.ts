import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { assertPropertyInScope } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { typed } from '../../platform/http/routes.js';
import { attachment } from '../../platform/http/content-disposition.js';
import { XLSX_TYPE } from './xlsx-type.js';
import {
  exportOptionsSchema,
  importQuerySchema,
  importResultSchema,
  kindParamsSchema,
} from '@qiantai/contracts';
import { exportSheet } from './export.service.js';
import { importSheet } from './import.service.js';
import { IMPORT_MAX_BYTES } from './import-workbook.js';
import { KINDS } from './kinds/registry.js';
import { templateOf } from './template.service.js';

const tags = ['directory'];

function sendFile(reply: FastifyReply, file: { content: Buffer; fileName: string; asciiName: string }) {
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', attachment(file.fileName, file.asciiName))
    .header('cache-control', 'no-store')
    .send(file.content);
}

/**
 * Excel templates, imports and exports of the directory (people, units, vehicles, parking, leases).
 * The import takes the .xlsx as the raw body; this runs in its own plugin scope so the binary parser
 * and its 10 MiB limit reach no other route.
 */
export function registerDirectoryIoRoutes(app: FastifyInstance, deps: AppDeps) {
  void app.register(async (scope) => {
    scope.addContentTypeParser(
      XLSX_TYPE,
      { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES },
      (_r, body, done) => done(null, body),
    );
    const r = typed(scope);
    const services = { cipher: deps.cipher, reminders: deps };

    r.get(
      '/directory-io/templates/:kind',
      {
        config: { access: 'directory.import' },
        schema: { tags, summary: 'The .xlsx import template of a kind', params: kindParamsSchema },
      },
      async (request, reply) => sendFile(reply, await templateOf(KINDS[request.params.kind])),
    );

    r.post(
      '/directory-io/imports/:kind',
      {
        config: { access: 'directory.import' },
        bodyLimit: IMPORT_MAX_BYTES,
        // Another property's id answers 404 before up to 10 MiB of body is read.
        preParsing: async (request) => {
          const { propertyId } = request.query as { propertyId?: unknown };
          assertPropertyInScope(request.ctx, typeof propertyId === 'string' ? propertyId : null);
        },
        schema: {
          tags,
          summary:
            'Import an .xlsx (raw body, ≤ 10 MiB): validate, all (nothing written while errors remain) or validOnly',
          params: kindParamsSchema,
          querystring: importQuerySchema,
          response: { 200: importResultSchema },
        },
      },
      async (request) => {
        if (!Buffer.isBuffer(request.body)) throw new AppError('VALIDATION_FAILED', 'directoryIo.notXlsx');
        return importSheet(request.ctx, services, {
          kind: KINDS[request.params.kind],
          propertyId: request.query.propertyId,
          mode: request.query.mode,
          file: request.body,
          locale: request.locale,
        });
      },
    );

    r.get(
      '/directory-io/exports/:kind',
      {
        config: { access: 'directory.export' },
        schema: {
          tags,
          summary:
            'The filtered list as .xlsx (≤ 50,000 records); phones and ID numbers masked unless full=1 ' +
            '(person.reveal and a reason, audited, ≤ 5,000 records); at most 2 exports per user at once (429)',
          params: kindParamsSchema,
          // The other parameters are the filters of the kind's list route, checked by that route's schema.
          querystring: exportOptionsSchema.catchall(z.string()),
        },
      },
      async (request, reply) => {
        const { propertyId, full, reason, ...filters } = request.query;
        const file = await exportSheet(request.ctx, services, {
          kind: KINDS[request.params.kind],
          propertyId,
          full: full === '1',
          reason,
          filters,
          locale: request.locale,
        });
        return sendFile(reply, file);
      },
    );
  });
}
