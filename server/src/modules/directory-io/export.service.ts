import type { Locale } from '@qiantai/contracts';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import { assertPropertyInScope, can, inTransaction, type ServiceContext } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';
import type { PersonalDataCipher } from '../../platform/privacy/personal-data-cipher.js';
import { todayIn } from '../../platform/time/calendar.js';
import type { ReminderDeps } from '../leases/lease-reminders.js';
import { propertiesByIds } from '../properties/properties.service.js';
import type { DirectoryKind } from './kinds/kind.js';
import { addDataSheet, addRows, toBuffer, newWorkbook } from './workbook-writer.js';

/** An export holds at most this many records; the header says so when the list has more. */
export const EXPORT_MAX_ROWS = 50_000;

export interface ExportRequest {
  kind: DirectoryKind;
  propertyId: string;
  full: boolean;
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

/**
 * The current filtered list as .xlsx. Phones and ID numbers are masked unless `full`, which needs
 * person.reveal and is recorded (kind, filters, row count) in the same transaction as the read.
 */
export async function exportSheet(
  ctx: ServiceContext,
  deps: { cipher: PersonalDataCipher; reminders: ReminderDeps },
  req: ExportRequest,
): Promise<ExportFile> {
  assertPropertyInScope(ctx, req.propertyId);
  if (req.full && !can(ctx, 'person.reveal')) throw forbidden();
  const [property] = await propertiesByIds(ctx, [req.propertyId]);
  const work = async (tx: ServiceContext): Promise<ExportFile> => {
    const { filters, rows, total } = await req.kind.exportRecords(
      tx,
      {
        propertyId: req.propertyId,
        cipher: deps.cipher,
        deps: deps.reminders,
        locale: req.locale,
        full: req.full,
        limit: EXPORT_MAX_ROWS,
      },
      req.filters,
    );
    const capped = total > rows.length;
    const note = capped
      ? `共 ${total} 条，仅导出前 ${rows.length} 条。\n${total} records match; only the first ${rows.length} are exported.`
      : undefined;
    const workbook = newWorkbook();
    const sheet = addDataSheet(workbook, req.kind, req.kind.columns, note);
    addRows(sheet, req.kind.columns, rows);
    if (req.full)
      await writeAudit(tx, {
        action: 'directory.export.full',
        propertyId: req.propertyId,
        detail: { kind: req.kind.kind, filters, rows: rows.length, capped },
      });
    const stamp = dateStamp(property?.timezone ?? 'Asia/Shanghai', tx.now());
    return {
      content: await toBuffer(workbook),
      fileName: `${req.kind.title.zh}-${property?.name ?? ''}-${stamp}.xlsx`,
      asciiName: `${req.kind.kind}-${property?.code ?? 'property'}-${stamp}.xlsx`,
    };
  };
  // A full export's audit entry commits with the read; a masked one writes nothing and takes no write lock.
  return req.full ? inTransaction(ctx, work) : work(ctx);
}
