import { createHash } from 'node:crypto';
import type { Lease } from '@qiantai/contracts';
import { newId } from '../../db/ids.js';
import { diffFields, writeAudit } from '../../platform/audit/audit-writer.js';
import { inTransaction, type ServiceContext } from '../../platform/context.js';
import { invalid, notFound, staleVersion } from '../../platform/errors.js';
import { CONTRACT_MAX_BYTES, contractFileName, sniffContractType } from './contract-file-type.js';
import * as files from './contract-files.repository.js';
import { auditView, toLease } from './lease-view.js';
import * as repo from './leases.repository.js';
import { requireLeaseRow } from './leases.service.js';

export interface ContractUpload {
  /** The request's Content-Type, without parameters. */
  declaredType: string;
  fileName: string | undefined;
  content: Buffer;
}

/**
 * Stores the signed contract (PDF or photo) and attaches it to the lease. The bytes must be what
 * the request says they are. A replaced contract stays in `files`: the audit log still points at it.
 */
export async function attachContract(
  ctx: ServiceContext,
  leaseId: string,
  upload: ContractUpload,
): Promise<Lease> {
  const type = sniffContractType(upload.content);
  if (!type || type !== upload.declaredType) throw invalid('directory.contractFileType', 'file');
  if (upload.content.length > CONTRACT_MAX_BYTES) throw invalid('directory.contractTooLarge', 'file');
  return inTransaction(ctx, async (tx) => {
    const before = await requireLeaseRow(tx, leaseId);
    const now = tx.now();
    const file: files.FileRow = {
      id: newId(now),
      property_id: before.property_id,
      name: contractFileName(upload.fileName, type),
      mime: type,
      size: upload.content.length,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
      content: upload.content,
      created_by: tx.actor?.userId ?? null,
      created_at: now,
    };
    await files.insertFile(tx.db, file);
    const patch = { contract_file_id: file.id, updated_at: now };
    if (!(await repo.updateLease(tx.db, leaseId, before.version, patch))) throw staleVersion(before.version);
    const [prev, next] = await Promise.all([
      toLease(tx, before),
      toLease(tx, { ...before, ...patch, version: before.version + 1 }),
    ]);
    await writeAudit(tx, {
      action: 'lease.contract.attach',
      entityType: 'lease',
      entityId: leaseId,
      propertyId: before.property_id,
      changes: diffFields(auditView(prev), auditView(next)),
      detail: { fileName: file.name, mime: file.mime, size: file.size, sha256: file.sha256 },
    });
    return next;
  });
}

export async function contractOf(ctx: ServiceContext, leaseId: string) {
  const lease = await requireLeaseRow(ctx, leaseId);
  const file = lease.contract_file_id ? await files.findFile(ctx.db, lease.contract_file_id) : undefined;
  if (!file) throw notFound();
  return { name: file.name, mime: file.mime, content: Buffer.from(file.content) };
}
