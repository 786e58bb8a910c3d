// Leases of units to tenants (the contract itself is a stored file).
// Kysely table types; they join db/schema.ts's Database by declaration merging (at the end).
import type { LeaseStatus } from '@qiantai/contracts';

export interface LeasesTables {
  leases: LeasesTable;
}

export interface LeasesTable {
  id: string;
  property_id: string;
  unit_id: string;
  tenant_person_id: string;
  start_date: string;
  end_date: string;
  rent_fen: number;
  deposit_fen: number;
  status: LeaseStatus;
  contract_file_id: string | null;
  note: string;
  created_at: number;
  updated_at: number;
  version: number;
}

declare module '../../db/schema.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this module's tables
  interface Database extends LeasesTables {}
}
