import {
  SERVICE_ATTACHMENTS_MAX,
  type ServiceAttachment,
  type ServiceRecordDetail,
} from '@qiantai/contracts';
import { inTransaction, type ServiceContext } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { fileSummaries, findFile, storeFile, type FileUpload } from '../../platform/files/stored-files.js';
import { staffByIds } from '../users/index.js';
import { mayTake } from './record-access.js';
import { appendHistory } from './record-history.js';
import { publishChange } from './record-notices.js';
import * as repo from './service-records.repository.js';
import { detailOf, requireVisibleRecord } from './service-records.service.js';

export async function attachmentsOf(ctx: ServiceContext, recordId: string): Promise<ServiceAttachment[]> {
  const files = await fileSummaries(ctx.db, await repo.fileIdsOf(ctx.db, recordId));
  const staff = await staffByIds(
    ctx,
    files.flatMap((f) => (f.created_by ? [f.created_by] : [])),
  );
  return files.map((f) => ({
    id: f.id,
    name: f.name,
    mime: f.mime,
    size: f.size,
    createdAt: f.created_at,
    createdByName: f.created_by ? (staff.get(f.created_by)?.displayName ?? null) : null,
  }));
}

/**
 * Attaches a photo or document. Whoever may comment on the record may add to it; the history says
 * who added which file. Files are never removed: the record is the evidence of what was reported.
 */
export async function attachFile(
  ctx: ServiceContext,
  recordId: string,
  upload: FileUpload,
): Promise<ServiceRecordDetail> {
  const { viewer, row } = await inTransaction(ctx, async (tx) => {
    const { viewer, row } = await requireVisibleRecord(tx, recordId);
    if (!mayTake(viewer, row, 'comment')) throw new AppError('FORBIDDEN', 'service.notYours');
    if ((await repo.fileIdsOf(tx.db, row.id)).length >= SERVICE_ATTACHMENTS_MAX)
      throw new AppError('CONFLICT', 'service.tooManyAttachments', {
        params: { max: SERVICE_ATTACHMENTS_MAX },
      });
    const file = await storeFile(tx, row.property_id, upload, {
      fallbackName: 'photo',
      wrongType: 'service.attachmentType',
      tooLarge: 'service.attachmentTooLarge',
    });
    await repo.linkFile(tx.db, row.id, file.id, tx.now());
    await appendHistory(tx, row, { action: 'attach', comment: file.name });
    return { viewer, row };
  });
  await publishChange(ctx, row);
  return detailOf(ctx, viewer, row);
}

/** The file as stored, if it belongs to a record the caller may see. */
export async function attachmentContent(ctx: ServiceContext, recordId: string, fileId: string) {
  await requireVisibleRecord(ctx, recordId);
  if (!(await repo.fileIdsOf(ctx.db, recordId)).includes(fileId)) throw notFound();
  const file = await findFile(ctx.db, fileId);
  if (!file) throw notFound();
  return { name: file.name, mime: file.mime, content: Buffer.from(file.content) };
}
