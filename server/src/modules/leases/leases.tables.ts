// Leases of units to tenants (the contract itself is a stored file).
// Kysely table types: db/schema.ts gathers every module's into Database.
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
