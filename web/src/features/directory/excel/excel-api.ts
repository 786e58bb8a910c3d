import { api } from '../../../lib/api';
import type { DirectoryKindName, ImportMode, ImportResult } from '@qiantai/contracts';

export type DirectoryKind = DirectoryKindName;
export type { ImportMode };
/** The answer of every import mode; "all" writes nothing while any row has a problem. */
export type ImportReport = ImportResult;
export type ImportIssue = ImportResult['errors'][number];

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
  /** Masked, or with full numbers when a reason is given (the server requires one for those). */
  export: (kind: DirectoryKind, propertyId: string, filters: Filters, full?: { reason: string }) =>
    api.download(
      `/directory-io/exports/${kind}`,
      { propertyId, ...filters, ...(full ? { full: 1, reason: full.reason } : { full: 0 }) },
      `${kind}.xlsx`,
    ),
};
