import type { FastifyInstance, FastifyRequest } from 'fastify';
import { STORED_FILE_MAX_BYTES, STORED_FILE_TYPES } from '../files/file-type.js';
import type { FileUpload } from '../files/stored-files.js';
import { invalid } from '../errors.js';
import type { MessageKey } from '../i18n/messages.js';

// Uploads are the raw file as the request body (Content-Type application/pdf or image/jpeg|png|webp,
// the name percent-encoded in X-File-Name): no multipart dependency, one file per request, and the
// body limit applies to the file itself. Call acceptRawFiles in a plugin scope of its own, so the
// binary parser and the 10 MiB limit reach no other route.

export const RAW_FILE_TYPES = [...STORED_FILE_TYPES];
export const RAW_FILE_MAX_BYTES = STORED_FILE_MAX_BYTES;

export function acceptRawFiles(app: FastifyInstance) {
  app.addContentTypeParser(
    RAW_FILE_TYPES,
    { parseAs: 'buffer', bodyLimit: RAW_FILE_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );
}

/** The upload a request carries; a body that is not a file of an accepted type is a field error. */
export function uploadOf(request: FastifyRequest, wrongType: MessageKey): FileUpload {
  if (!Buffer.isBuffer(request.body)) throw invalid(wrongType, 'file');
  const header = request.headers['x-file-name'];
  return {
    declaredType: (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase(),
    fileName: Array.isArray(header) ? header[0] : header,
    content: request.body,
  };
}
