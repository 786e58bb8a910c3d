import { z } from 'zod';

export const LOCALES = ['zh-CN', 'en'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

export const idSchema = z.string().min(1).max(64);
export const idParamsSchema = z.strictObject({ id: idSchema });

/** Page request shared by every list route: 1-based page, bounded size. */
export const pageQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const okSchema = z.object({ ok: z.literal(true) });

/**
 * A failed field rule, as zod's superRefine takes it: it names a server message key, which the
 * server's error handler translates (docs/decisions/0007-errors-and-validation.md).
 */
export const ruleIssue = (key: string, path: PropertyKey[] = []) => ({
  code: 'custom' as const,
  message: key,
  params: { key },
  path,
});
