import { createHash } from 'node:crypto';
import { newId } from '../../db/ids.js';
import type { ServiceContext } from '../context.js';
import { invalid } from '../errors.js';
import type { MessageKey } from '../i18n/messages.js';
import { STORED_FILE_MAX_BYTES, sniffFileType, storedFileName } from './file-type.js';
import * as repo from './files.repository.js';

export type { FileRow } from './files.repository.js';
export { fileNames, fileSummaries, findFile } from './files.repository.js';

/** An upload as a route receives it: the raw bytes, what the request says they are, and a name. */
export interface FileUpload {
  /** The request's Content-Type, without parameters. */
  declaredType: string;
  fileName: string | undefined;
  content: Buffer;
}

/**
 * Stores an uploaded file of the property, in the caller's transaction. The bytes must be what the
 * request says they are (PDF, JPEG, PNG or WebP) and at most 10 MiB; the messages name the field.
 */
export async function storeFile(
  ctx: ServiceContext,
  propertyId: string,
  upload: FileUpload,
  rules: { fallbackName: string; wrongType: MessageKey; tooLarge: MessageKey },
): Promise<repo.FileRow> {
  const type = sniffFileType(upload.content);
  if (!type || type !== upload.declaredType) throw invalid(rules.wrongType, 'file');
  if (upload.content.length > STORED_FILE_MAX_BYTES) throw invalid(rules.tooLarge, 'file');
  const now = ctx.now();
  const file: repo.FileRow = {
    id: newId(now),
    property_id: propertyId,
    name: storedFileName(upload.fileName, type, rules.fallbackName),
    mime: type,
    size: upload.content.length,
    sha256: createHash('sha256').update(upload.content).digest('hex'),
    content: upload.content,
    created_by: ctx.actor?.userId ?? null,
    created_at: now,
  };
  await repo.insertFile(ctx.db, file);
  return file;
}
