import type { FormInstance } from 'antd';
import type { z } from 'zod';
import type { FieldIssue } from '@qiantai/contracts';
import type { Translate } from '../../app/i18n/catalogues';
import { ApiError } from '../../lib/api';
import { bodyIssues } from '../../lib/zod-rules';

export type Path = (string | number)[];
/** Where an issue's path lands in the form, or null when no field shows it (a rule about the whole). */
export type ToField = (path: Path) => Path | null;

/** "body.levels.1.afterMinutes" → ['levels', 1, 'afterMinutes'] (list indexes as numbers, as the form has them). */
const pathOf = (path: string): Path =>
  path
    .replace(/^body\./, '')
    .split('.')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/** Puts each issue on its field; returns the message of the first one no field shows. */
function showIssues(form: FormInstance, issues: readonly FieldIssue[], toField: ToField): string | null {
  const placed = issues.map((i) => ({ issue: i, name: toField(pathOf(i.path)) }));
  form.setFields(placed.flatMap((p) => (p.name ? [{ name: p.name, errors: [p.issue.message] }] : [])));
  return placed.find((p) => !p.name)?.issue.message ?? null;
}

export type SaveResult = { ok: true } | { ok: false; message: string | null; stale: boolean };

/**
 * Saves a form that is one body (escalation, hours, settings): checked against the contract first,
 * then sent. Problems land on their fields; the rest (a rule about the whole, a stale version) comes
 * back as a message.
 */
export async function saveForm<B>(
  form: FormInstance,
  t: Translate,
  schema: z.ZodType,
  body: B,
  toField: ToField,
  send: (body: B) => Promise<unknown>,
): Promise<SaveResult> {
  const local = bodyIssues(schema, body, t);
  if (local.length) return { ok: false, message: showIssues(form, local, toField), stale: false };
  try {
    await send(body);
    return { ok: true };
  } catch (e) {
    if (!(e instanceof ApiError)) return { ok: false, message: String(e), stale: false };
    const issues = e.fieldIssues();
    const message = issues.length ? showIssues(form, issues, toField) : e.message;
    return { ok: false, message, stale: e.code === 'CONFLICT' };
  }
}
