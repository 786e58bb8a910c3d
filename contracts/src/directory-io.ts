import { z } from 'zod';

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

/** The export's own parameters; every other query parameter is a filter of the kind's list route. */
export const exportOptionsSchema = z.object({
  propertyId: z.string().min(1).max(64),
  full: z.enum(['0', '1']).default('0'),
});
