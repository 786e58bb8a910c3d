import type { RegisterLayout, RegisterSheet } from '@qiantai/contracts';
import { api, withQuery } from '../../lib/api';

/** The register's filters as they travel in a URL (the list's, without paging). */
export type SheetFilters = Record<string, string | number | boolean | null | undefined>;

/** The list query minus paging: a print or an export holds every matching record. */
export function withoutPaging(query: SheetFilters): SheetFilters {
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  return filters;
}

/** The print view of the register or of the complaints register (same filters as the list). */
export function printPath(query: SheetFilters, layout: RegisterLayout): string {
  return withQuery('/service/records/print', { ...withoutPaging(query), layout });
}

export const registerSheetApi = {
  /** The sheet's cells, in the interface language; phones masked. */
  sheet: (filters: SheetFilters) => api.get<RegisterSheet>('/service-records/print', filters),
  /** The same sheet as .xlsx, saved through the browser. */
  download: (query: SheetFilters, layout: RegisterLayout) =>
    api.download('/service-records/export', { ...withoutPaging(query), layout }, `${layout}.xlsx`),
};
