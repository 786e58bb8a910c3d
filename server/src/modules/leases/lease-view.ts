import type { Lease } from '@qiantai/contracts';
import type { ServiceContext } from '../../platform/context.js';
import { unitsByIds } from '../buildings/index.js';
import { personNamesByIds } from '../people/index.js';
import * as files from '../../platform/files/stored-files.js';
import type { LeaseRow } from './leases.repository.js';

/** Leases as the API shows them: unit codes, tenant names and contract file names filled in. */
export async function toLeases(ctx: ServiceContext, rows: readonly LeaseRow[]): Promise<Lease[]> {
  const [units, names, fileNames] = await Promise.all([
    unitsByIds(
      ctx,
      rows.map((r) => r.unit_id),
    ),
    personNamesByIds(
      ctx,
      rows.map((r) => r.tenant_person_id),
    ),
    files.fileNames(
      ctx.db,
      rows.flatMap((r) => (r.contract_file_id ? [r.contract_file_id] : [])),
    ),
  ]);
  const unitCodes = new Map(units.map((u) => [u.id, u.code]));
  return rows.map((r) => ({
    id: r.id,
    propertyId: r.property_id,
    unitId: r.unit_id,
    unitCode: unitCodes.get(r.unit_id) ?? '',
    tenantPersonId: r.tenant_person_id,
    tenantName: names.get(r.tenant_person_id) ?? '',
    startDate: r.start_date,
    endDate: r.end_date,
    rentFen: Number(r.rent_fen),
    depositFen: Number(r.deposit_fen),
    status: r.status,
    contractFileId: r.contract_file_id,
    contractFileName: r.contract_file_id ? (fileNames.get(r.contract_file_id) ?? null) : null,
    note: r.note,
    version: r.version,
  }));
}

export const toLease = async (ctx: ServiceContext, row: LeaseRow) => (await toLeases(ctx, [row]))[0]!;

/** The fields of a lease the audit log records. */
export const auditView = (l: Lease) => ({
  unitId: l.unitId,
  tenantPersonId: l.tenantPersonId,
  startDate: l.startDate,
  endDate: l.endDate,
  rentFen: l.rentFen,
  depositFen: l.depositFen,
  status: l.status,
  contractFileId: l.contractFileId,
  note: l.note,
});
