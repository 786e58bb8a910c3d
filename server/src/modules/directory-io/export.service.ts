import { EXPORT_MAX_ROWS, FULL_EXPORT_MAX_ROWS, type Locale } from '@qiantai/contracts';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import { assertPropertyInScope, can, type ServiceContext } from '../../platform/context.js';
import { AppError, forbidden } from '../../platform/errors.js';
import { translate } from '../../platform/i18n/messages.js';
import type { PersonalDataCipher } from '../../platform/privacy/personal-data-cipher.js';
import { todayIn } from '../../platform/time/calendar.js';
import type { ReminderDeps } from '../leases/index.js';
import { propertiesByIds } from '../properties/index.js';
import { inExportSlot } from './export-slots.js';
import type { DirectoryKind } from './kinds/kind.js';
import { exportWorkbook } from './workbook-writer.js';

export interface ExportRequest {
  kind: DirectoryKind;
  propertyId: string;
  full: boolean;
  /** Why a full export is made (required with `full`), for the audit log. */
  reason?: string;
  /** The list route's filters, as given in the query. */
  filters: Record<string, unknown>;
  locale: Locale;
}

export interface ExportFile {
  content: Buffer;
  /** 住户名单-锦绣花园-20261128.xlsx */
  fileName: string;
  /** people-JXHY-20261128.xlsx, for clients that cannot read the UTF-8 name. */
  asciiName: string;
}

const dateStamp = (timeZone: string, now: number) => todayIn(timeZone, now).replaceAll('-', '');

/** The header's note when the file stops short, in both languages (a file outlives the request). */
function capNote(full: boolean, total: number, records: number) {
  const key = full ? 'directoryIo.exportCappedFull' : 'directoryIo.exportCapped';
  const params = { total, count: records, max: FULL_EXPORT_MAX_ROWS };
  return `${translate('zh-CN', key, params)}\n${translate('en', key, params)}`;
}

/**
 * The current filtered list as .xlsx, at most EXPORT_MAX_ROWS records. Phones and ID numbers are
 * masked unless `full`, which needs person.reveal and a reason, holds at most FULL_EXPORT_MAX_ROWS
 * records, and is recorded (kind, filters, rows, reason) before the file is handed over: when the
 * entry cannot be written, the caller gets an error, not the file. The read is paged and the file
 * streamed, neither inside a transaction: on SQLite a transaction would hold the one connection,
 * and every other request's queries with it, for as long as the export takes.
 */
export async function exportSheet(
  ctx: ServiceContext,
  deps: { cipher: PersonalDataCipher; reminders: ReminderDeps },
  req: ExportRequest,
): Promise<ExportFile> {
  assertPropertyInScope(ctx, req.propertyId);
  if (req.full && !can(ctx, 'person.reveal')) throw forbidden();
  if (req.full && !req.reason)
    throw new AppError('VALIDATION_FAILED', 'directoryIo.reasonRequired', {
      // The path a malformed reason gets from the query's schema, so a client maps both alike.
      details: [{ path: 'querystring.reason', messageKey: 'directoryIo.reasonRequired' }],
    });
  return inExportSlot(ctx, async () => {
    const [property] = await propertiesByIds(ctx, [req.propertyId]);
    const { filters, rows, records, total } = await req.kind.exportRecords(
      ctx,
      {
        propertyId: req.propertyId,
        cipher: deps.cipher,
        deps: deps.reminders,
        locale: req.locale,
        full: req.full,
        limit: req.full ? FULL_EXPORT_MAX_ROWS : EXPORT_MAX_ROWS,
      },
      req.filters,
    );
    const capped = total > records;
    const content = await exportWorkbook(
      req.kind,
      rows,
      capped ? capNote(req.full, total, records) : undefined,
    );
    if (req.full)
      await writeAudit(ctx, {
        action: 'directory.export.full',
        propertyId: req.propertyId,
        detail: { kind: req.kind.kind, filters, rows: rows.length, records, capped, reason: req.reason },
      });
    const stamp = dateStamp(property?.timezone ?? 'Asia/Shanghai', ctx.now());
    return {
      content,
      fileName: `${req.kind.title.zh}-${property?.name ?? ''}-${stamp}.xlsx`,
      asciiName: `${req.kind.kind}-${property?.code ?? 'property'}-${stamp}.xlsx`,
    };
  });
}
