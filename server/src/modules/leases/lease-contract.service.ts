import type { Lease } from '@qiantai/contracts';
import { auditUpdate } from '../../platform/audit/audited-writes.js';
import { inTransaction, type ServiceContext } from '../../platform/context.js';
import { notFound, staleVersion } from '../../platform/errors.js';
import { findFile, storeFile, type FileUpload } from '../../platform/files/stored-files.js';
import { auditView, toLease } from './lease-view.js';
import * as repo from './leases.repository.js';
import { requireLeaseRow } from './leases.service.js';

export type ContractUpload = FileUpload;

/**
 * Stores the signed contract (PDF or photo) and attaches it to the lease. The bytes must be what
 * the request says they are. A replaced contract stays in `files`: the audit log still points at it.
 */
export async function attachContract(
  ctx: ServiceContext,
  leaseId: string,
  upload: ContractUpload,
): Promise<Lease> {
  return inTransaction(ctx, async (tx) => {
    const before = await requireLeaseRow(tx, leaseId);
    const now = tx.now();
    const file = await storeFile(tx, before.property_id, upload, {
      fallbackName: 'contract',
      wrongType: 'directory.contractFileType',
      tooLarge: 'directory.contractTooLarge',
    });
    const patch = { contract_file_id: file.id, updated_at: now };
    if (!(await repo.updateLease(tx.db, leaseId, before.version, patch))) throw staleVersion(before.version);
    const [prev, next] = await Promise.all([
      toLease(tx, before),
      toLease(tx, { ...before, ...patch, version: before.version + 1 }),
    ]);
    await auditUpdate(tx, {
      action: 'lease.contract.attach',
      entityType: 'lease',
      before: prev,
      after: next,
      view: auditView,
      detail: { fileName: file.name, mime: file.mime, size: file.size, sha256: file.sha256 },
    });
    return next;
  });
}

export async function contractOf(ctx: ServiceContext, leaseId: string) {
  const lease = await requireLeaseRow(ctx, leaseId);
  const file = lease.contract_file_id ? await findFile(ctx.db, lease.contract_file_id) : undefined;
  if (!file) throw notFound();
  return { name: file.name, mime: file.mime, content: Buffer.from(file.content) };
}
