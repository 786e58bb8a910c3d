import { createHash } from 'node:crypto';
import { maskIdNumber, maskPhone, type Locale } from '@qiantai/contracts';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import { assertPropertyInScope, inTransaction, type ServiceContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { translate } from '../../platform/i18n/messages.js';
import type { PersonalDataCipher } from '../../platform/privacy/personal-data-cipher.js';
import type { ReminderDeps } from '../leases/index.js';
import { readImportSheet, type SheetRow } from './import-workbook.js';
import type { ImportMode, ImportResult, ImportRowError } from '@qiantai/contracts';
import { importColumns, type DirectoryKind, type KindEnv, type RowPlan } from './kinds/kind.js';
import { escapeFormula } from './spreadsheet-text.js';

export interface ImportRequest {
  kind: DirectoryKind;
  propertyId: string;
  mode: ImportMode;
  file: Buffer;
  locale: Locale;
}

/** Thrown to roll back a dry run (mode=validate) after it has worked out what it would do. */
class DryRun extends Error {
  constructor(readonly result: ImportResult) {
    super('dry run');
  }
}

/** A cell as an error may echo it: personal data masked, formula-like text escaped. */
function echo(kind: DirectoryKind, column: string, value: string): string {
  const personal = kind.columns.find((c) => c.key === column)?.personal;
  const shown =
    personal === 'phone' ? maskPhone(value) : personal === 'idNumber' ? maskIdNumber(value) : value;
  return escapeFormula(shown ?? '');
}

function labelOf(kind: DirectoryKind, key: string, locale: Locale): string {
  const column = kind.columns.find((c) => c.key === key);
  return column ? (locale === 'en' ? column.en : column.zh) : key;
}

/** Checks every row (required cells, the API schemas, references, duplicates within the file). */
async function planRows(ctx: ServiceContext, req: ImportRequest, env: KindEnv, rows: readonly SheetRow[]) {
  const { kind, locale } = req;
  const errors: ImportRowError[] = [];
  const plans: { row: number; plan: RowPlan }[] = [];
  const firstRowOf = new Map<string, number>();
  const required = importColumns(kind).filter((c) => c.required);
  for (const { row, cells } of rows) {
    const empty = new Set(required.filter((c) => cells[c.key] === '').map((c) => c.key));
    const issues = [...empty].map((column) => ({
      column,
      message: translate(locale, 'directoryIo.required'),
    }));
    const outcome = await kind.plan(ctx, env, cells);
    if (Array.isArray(outcome)) issues.push(...outcome.filter((i) => !empty.has(i.column)));
    else if (issues.length === 0) {
      const first = firstRowOf.get(outcome.naturalKey);
      if (first === undefined) {
        firstRowOf.set(outcome.naturalKey, row);
        plans.push({ row, plan: outcome });
      } else
        issues.push({
          column: outcome.keyColumn,
          message: translate(locale, 'directoryIo.duplicateRow', { row: first }),
        });
    }
    for (const issue of issues)
      errors.push({
        row,
        column: labelOf(kind, issue.column, locale),
        message: issue.message,
        value: echo(kind, issue.column, cells[issue.column] ?? ''),
      });
  }
  return { errors, plans };
}

/**
 * Imports one sheet: every row is checked before anything is written; then, in one transaction,
 * each valid row creates its record or, when it is already on file, updates what differs or is
 * skipped. mode=validate does the same and rolls back; mode=all writes nothing while errors remain.
 */
export async function importSheet(
  ctx: ServiceContext,
  deps: { cipher: PersonalDataCipher; reminders: ReminderDeps },
  req: ImportRequest,
): Promise<ImportResult> {
  assertPropertyInScope(ctx, req.propertyId);
  const sheet = await readImportSheet(req.kind, req.file);
  const env: KindEnv = {
    propertyId: req.propertyId,
    cipher: deps.cipher,
    deps: deps.reminders,
    locale: req.locale,
  };
  const sha256 = createHash('sha256').update(req.file).digest('hex');
  try {
    return await inTransaction(ctx, async (tx) => {
      // Without a required column no row can be right: the header is the one thing to fix.
      const { errors, plans } =
        sheet.missing.length > 0 ? { errors: [], plans: [] } : await planRows(tx, req, env, sheet.rows);
      const headerErrors = sheet.missing.map((c) => ({
        row: 1,
        column: labelOf(req.kind, c.key, req.locale),
        message: translate(req.locale, 'directoryIo.missingColumn'),
        value: '',
      }));
      const allErrors = [...headerErrors, ...errors];
      const result: ImportResult = {
        kind: req.kind.kind,
        total: sheet.rows.length,
        valid: plans.length,
        created: 0,
        updated: 0,
        skipped: 0,
        errors: allErrors,
      };
      if (req.mode === 'all' && allErrors.length > 0)
        throw new AppError('VALIDATION_FAILED', 'directoryIo.importHasErrors', {
          params: { count: allErrors.length },
          details: allErrors,
        });
      for (const { plan } of plans) result[await plan.write(tx)] += 1;
      if (req.mode === 'validate') throw new DryRun(result);
      await writeAudit(tx, {
        action: 'directory.import',
        propertyId: req.propertyId,
        detail: {
          kind: req.kind.kind,
          mode: req.mode,
          total: result.total,
          valid: result.valid,
          created: result.created,
          updated: result.updated,
          skipped: result.skipped,
          errors: allErrors.length,
          sha256,
        },
      });
      return result;
    });
  } catch (err) {
    if (err instanceof DryRun) return err.result;
    throw err;
  }
}
