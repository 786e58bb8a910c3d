import type { FormInstance } from 'antd';
import type { FieldIssue } from '@qiantai/contracts';
import { ApiError } from './api';

/**
 * Puts the server's per-field messages (already translated) on the matching form fields.
 * Paths such as "propertyIds.1" land on the "propertyIds" field. Returns true when any field matched,
 * so the caller shows a general message only for what no field can explain.
 */
export function showFieldErrors(form: FormInstance, error: unknown, fields: readonly string[]): boolean {
  if (!(error instanceof ApiError)) return false;
  return showFieldIssues(form, error.fieldIssues(), fields);
}

/**
 * The same for issues found in the browser (a contracts schema checked before sending). A field may be
 * a nested one written with dots ("idDocument.idNumber"): the longest field that the path starts with wins.
 */
export function showFieldIssues(
  form: FormInstance,
  issues: readonly FieldIssue[],
  fields: readonly string[],
) {
  const byField = new Map<string, string[]>();
  for (const issue of issues) {
    const path = issue.path.replace(/^body\./, '');
    const field = fields
      .filter((f) => path === f || path.startsWith(`${f}.`))
      .sort((a, b) => b.length - a.length)[0];
    if (!field) continue;
    byField.set(field, [...(byField.get(field) ?? []), issue.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: name.split('.'), errors })));
  return byField.size > 0;
}
