import { z } from 'zod';
import { serviceRecordQuerySchema } from './service-records.js';

// The register on paper and in Excel: the 客户服务登记录 (kh-21-r01) and the 用户投诉意见登记表
// (complaints and suggestions only). The print view and the .xlsx export are one sheet, built once on
// the server: the same filters as the list, the same columns, the same masked phones.

export const REGISTER_LAYOUTS = ['register', 'complaints'] as const;
export type RegisterLayout = (typeof REGISTER_LAYOUTS)[number];

/** A sheet holds at most this many records; a note row and a header say so when more match. */
export const REGISTER_SHEET_MAX_ROWS = 10_000;

/** The header that tells a client the sheet stops at REGISTER_SHEET_MAX_ROWS (value: the limit). */
export const REGISTER_SHEET_TRUNCATED_HEADER = 'x-qiantai-truncated';

/** The list's filters (without paging: a sheet has every matching record) and the layout. */
export const registerSheetQuerySchema = serviceRecordQuerySchema
  .omit({ page: true, pageSize: true })
  .extend({ layout: z.enum(REGISTER_LAYOUTS).default('register') });
export type RegisterSheetQuery = z.output<typeof registerSheetQuerySchema>;

export const registerSheetSchema = z.object({
  layout: z.enum(REGISTER_LAYOUTS),
  /** 客户服务登记录 kh-21-r01 · 锦绣花园 · 2026-11-01 至 2026-11-30 */
  title: z.string(),
  /** Who printed it and when, at the property's time zone: 制表：陈晓梅 · 2026-11-27 09:00 */
  subtitle: z.string(),
  /** Column headings in the caller's language, in order. */
  columns: z.array(z.object({ key: z.string(), label: z.string() })),
  /** One array of cell texts per record, in the order of `columns`; phones masked. */
  rows: z.array(z.array(z.string())),
  /** More records matched than a sheet holds: only the first REGISTER_SHEET_MAX_ROWS are here. */
  truncated: z.boolean(),
  /** What to print under the table when truncated, in the caller's language. */
  note: z.string().nullable(),
});
export type RegisterSheet = z.infer<typeof registerSheetSchema>;
