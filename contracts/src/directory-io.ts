import { z } from 'zod';
import { ruleIssue as custom } from './common.js';
import { defineCodes } from './define-codes.js';

// Excel import and export of the directory (/api/v1/directory-io): request and answer shapes.

export const DIRECTORY_KINDS = ['people', 'units', 'vehicles', 'parking', 'leases'] as const;
export type DirectoryKindName = (typeof DIRECTORY_KINDS)[number];

export const IMPORT_MODES = ['validate', 'all', 'validOnly'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export const kindParamsSchema = z.strictObject({ kind: z.enum(DIRECTORY_KINDS) });

export const importQuerySchema = z.strictObject({
  propertyId: z.string().min(1).max(64),
  mode: z.enum(IMPORT_MODES).default('validate'),
});

export const importRowErrorSchema = z.object({
  /** The row number Excel shows (1 is the header). */
  row: z.number().int(),
  /** The column's header label in the caller's language. */
  column: z.string(),
  message: z.string(),
  /** The cell as written, personal data masked, formula-like text escaped. */
  value: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export const importResultSchema = z.object({
  kind: z.enum(DIRECTORY_KINDS),
  total: z.number().int(),
  valid: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(importRowErrorSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** An export holds at most this many records; a note on the header says so when more match. */
export const EXPORT_MAX_ROWS = 50_000;
/**
 * An export with full phones and ID numbers holds at most this many: one file should not carry a
 * whole large property's personal data. 5,000 is a few buildings' residents, or every owner of a
 * mid-sized estate; more is exported in filtered parts, each with its own reason in the audit log.
 */
export const FULL_EXPORT_MAX_ROWS = 5_000;

export const EXPORT_REASON_LENGTH = { min: 4, max: 200 } as const;
// Line breaks and other control characters would let a reason forge lines in the audit log, and bidi
// overrides would let it read differently there than it was typed.
const REASON_FORBIDDEN = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** Why someone exports full personal data, as the audit log keeps it: trimmed, 4–200 characters. */
export const exportReasonSchema = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const length = [...v].length;
    if (length < EXPORT_REASON_LENGTH.min || length > EXPORT_REASON_LENGTH.max)
      ctx.addIssue(custom('directoryIo.reasonLength'));
    else if (REASON_FORBIDDEN.test(v)) ctx.addIssue(custom('directoryIo.reasonControl'));
  });

/**
 * The export's own parameters; every other query parameter is a filter of the kind's list route.
 * `reason` is required with full=1 (checked after the permission, so a caller without person.reveal
 * hears 403 whatever it sent).
 */
export const exportOptionsSchema = z.object({
  propertyId: z.string().min(1).max(64),
  full: z.enum(['0', '1']).default('0'),
  reason: exportReasonSchema.optional(),
});

export const directoryIoCodes = defineCodes({ auditActions: ['directory.import', 'directory.export.full'] });
