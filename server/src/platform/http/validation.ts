import type { FastifySchemaCompiler } from 'fastify';
import { z } from 'zod';
import type { Locale } from '@qiantai/contracts';
import { isMessageKey, translate, type MessageKey, type MessageParams } from '../i18n/messages.js';

/**
 * Request validation with zod. `reportInput` keeps the offending value on each issue so that the
 * error handler can phrase the message in the caller's language; the value itself is never echoed back.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    return result.success ? { value: result.data } : { error: result.error };
  };

const zodLocales = { 'zh-CN': z.locales.zhCN(), en: z.locales.en() } as const;

export function describeZodIssues(error: z.ZodError, locale: Locale, context?: string) {
  const localeError = zodLocales[locale].localeError;
  return error.issues.map((issue) => {
    const path = [context, ...issue.path.map(String)].filter(Boolean).join('.');
    // Our own rules (contracts/src/directory-fields.ts) carry a catalogue key.
    const key = issue.code === 'custom' ? (issue.params as { key?: string } | undefined)?.key : undefined;
    if (key && isMessageKey(key)) return { path, message: translate(locale, key) };
    const localized = localeError(issue as Parameters<typeof localeError>[0]);
    const message = typeof localized === 'string' ? localized : (localized?.message ?? issue.message);
    return { path, message };
  });
}

/** Details produced by services through `invalid(key, path)`: translate each entry. */
export function describeKeyedIssues(details: unknown, locale: Locale): unknown {
  if (!Array.isArray(details)) return details;
  return details.map((d: { path: string; messageKey?: MessageKey; params?: MessageParams }) =>
    d.messageKey ? { path: d.path, message: translate(locale, d.messageKey, d.params) } : d,
  );
}
