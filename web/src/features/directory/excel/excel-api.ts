import { api } from '../../../lib/api';

export type DirectoryKind = 'people' | 'units' | 'vehicles' | 'parking' | 'leases';
export type ImportMode = 'validate' | 'all' | 'validOnly';

/** One problem in the uploaded sheet: the row Excel shows, the column's header, why, and the cell (masked). */
export interface ImportIssue {
  row: number;
  column: string;
  message: string;
  value: string;
}

/** The answer of every import mode; "all" writes nothing while any row has a problem. */
export interface ImportReport {
  kind: DirectoryKind;
  total: number;
  valid: number;
  created: number;
  updated: number;
  skipped: number;
  errors: ImportIssue[];
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Filters = Record<string, string | number | boolean | null | undefined>;

/** Excel templates, imports and exports under /api/v1/directory-io. */
export const excelApi = {
  template: (kind: DirectoryKind) => api.download(`/directory-io/templates/${kind}`, {}, `${kind}.xlsx`),
  import: (kind: DirectoryKind, propertyId: string, mode: ImportMode, file: File) =>
    api.upload<ImportReport>(
      `/directory-io/imports/${kind}?propertyId=${propertyId}&mode=${mode}`,
      file,
      XLSX,
    ),
  export: (kind: DirectoryKind, propertyId: string, filters: Filters, full: boolean) =>
    api.download(
      `/directory-io/exports/${kind}`,
      { propertyId, ...filters, full: full ? 1 : 0 },
      `${kind}.xlsx`,
    ),
};
