import type { FormInstance } from 'antd';
import { ApiError } from './api';

/**
 * Puts the server's per-field messages (already translated) on the matching form fields.
 * Paths such as "propertyIds.1" land on the "propertyIds" field. Returns true when any field matched,
 * so the caller shows a general message only for what no field can explain.
 */
export function showFieldErrors(form: FormInstance, error: unknown, fields: readonly string[]): boolean {
  if (!(error instanceof ApiError)) return false;
  const issues = error.fieldIssues();
  const byField = new Map<string, string[]>();
  for (const issue of issues) {
    const field = issue.path.replace(/^body\./, '').split('.')[0] ?? '';
    if (!fields.includes(field)) continue;
    byField.set(field, [...(byField.get(field) ?? []), issue.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return byField.size > 0;
}
