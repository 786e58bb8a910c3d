import type { z } from 'zod';
import type { FieldIssue } from '@qiantai/contracts';
import { isMessageKey, type Translate } from '../app/i18n/catalogues';

// The contracts' zod schemas checked in the browser, so a form refuses exactly what the server would,
// with the same translated messages: custom rules carry `params.key`, a key of our catalogues.

type Issue = z.core.$ZodIssue;

function issueMessage(issue: Issue, t: Translate): string {
  const key = 'params' in issue ? (issue.params as { key?: unknown } | undefined)?.key : undefined;
  if (typeof key === 'string' && isMessageKey(key)) return t(key);
  if (issue.code === 'too_big')
    return issue.origin === 'string' || issue.origin === 'array'
      ? t('validation.tooLong', { max: Number(issue.maximum) })
      : t('validation.tooLarge', { max: Number(issue.maximum) });
  if (issue.code === 'too_small')
    return issue.origin === 'string' && Number(issue.minimum) <= 1
      ? t('validation.required')
      : t('validation.tooSmall', { min: Number(issue.minimum) });
  if (issue.code === 'invalid_value' || issue.code === 'invalid_type') return t('validation.choose');
  return t('validation.format');
}

/**
 * A form rule checking one field's value against a field schema of the contracts. `shape` builds what
 * the schema checks when that is more than the value (an ID number goes with its document type).
 */
export function zodRule(schema: z.ZodType, t: Translate, shape?: (value: unknown) => unknown) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      if (value === undefined || value === null || value === '') return;
      const result = schema.safeParse(shape ? shape(value) : value);
      if (!result.success) throw new Error(issueMessage(result.error.issues[0]!, t));
    },
  };
}

/** Checks a whole request body; returns the issues as field issues (empty when the body is valid). */
export function bodyIssues(schema: z.ZodType, body: unknown, t: Translate): FieldIssue[] {
  const result = schema.safeParse(body);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issueMessage(issue, t),
  }));
}
