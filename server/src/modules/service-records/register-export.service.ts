import {
  REGISTER_SHEET_MAX_ROWS,
  type Locale,
  type PropertySummary,
  type RegisterSheet,
  type RegisterSheetQuery,
  type ServiceKind,
} from '@qiantai/contracts';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import { assertPropertyInScope, requireActor, type ServiceContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { propertiesByIds } from '../properties/properties.service.js';
import { staffByIds } from '../users/staff.service.js';
import { followUpsOfRecords } from './follow-ups.repository.js';
import { FILE_NAMES } from './register-sheet-labels.js';
import { buildSheet, localDateTime } from './register-sheet.js';
import { registerWorkbook } from './register-workbook.js';
import { recordsForExport } from './service-records.service.js';
import { eventsOfRecords } from './service-records.repository.js';

// The register printed or exported (kh-21-r01, or the complaints register): the list's filters, every
// matching record up to REGISTER_SHEET_MAX_ROWS, phones masked, one audit entry per print or export.

const COMPLAINT_KINDS: readonly ServiceKind[] = ['complaint', 'suggestion'];
/** The actions whose actor is the one who handled a record, as the register's 经办人. */
const HANDLED = ['complete', 'answer_at_desk'];

/** The complaints register holds complaints and suggestions only, whatever else the filter names. */
function kindsFor(q: RegisterSheetQuery): ServiceKind[] | undefined {
  if (q.layout !== 'complaints') return q.kind;
  return q.kind ? q.kind.filter((k) => COMPLAINT_KINDS.includes(k)) : [...COMPLAINT_KINDS];
}

/** The last value per record of rows ordered oldest first. */
const latestBy = <T extends { record_id: string }>(rows: readonly T[]) =>
  new Map(rows.map((r) => [r.record_id, r]));

/** The sheet for the print view (JSON); recorded in the audit log as a print. */
export async function registerSheet(ctx: ServiceContext, q: RegisterSheetQuery, locale: Locale) {
  return (await sheetOf(ctx, q, locale, 'print')).sheet;
}

async function sheetOf(
  ctx: ServiceContext,
  q: RegisterSheetQuery,
  locale: Locale,
  purpose: 'print' | 'export',
): Promise<{ sheet: RegisterSheet; property: PropertySummary }> {
  assertPropertyInScope(ctx, q.propertyId);
  const actor = requireActor(ctx);
  const [property] = await propertiesByIds(ctx, [q.propertyId]);
  if (!property) throw notFound();
  const kind = kindsFor(q);
  const found =
    kind?.length === 0
      ? []
      : await recordsForExport(
          ctx,
          { ...q, kind, page: 1, pageSize: REGISTER_SHEET_MAX_ROWS },
          REGISTER_SHEET_MAX_ROWS + 1,
        );
  const truncated = found.length > REGISTER_SHEET_MAX_ROWS;
  // The list is newest first; a register reads oldest first, numbered from 1.
  const records = found.slice(0, REGISTER_SHEET_MAX_ROWS).reverse();
  const ids = records.map((r) => r.id);
  const [handled, followUps, staff] = await Promise.all([
    eventsOfRecords(ctx.db, ids, HANDLED),
    followUpsOfRecords(ctx.db, ids),
    staffByIds(ctx, [actor.userId]),
  ]);
  const completedBy = new Map(
    [...latestBy(handled.filter((e) => e.actor_name))].map(([id, e]) => [id, e.actor_name!]),
  );
  const sheet = buildSheet({
    layout: q.layout,
    locale,
    records,
    completedBy,
    followUps: latestBy(followUps),
    timeZone: property.timezone,
    propertyName: locale === 'en' ? property.nameEn || property.name : property.name,
    from: q.from,
    to: q.to,
    printedBy: staff.get(actor.userId)?.displayName ?? actor.username,
    now: ctx.now(),
    truncated,
  });
  // A read, recorded: who took which part of the register away (one insert, atomic on its own).
  const { propertyId, layout, ...filters } = q;
  await writeAudit(ctx, {
    action: `service.register.${purpose}`,
    entityType: 'service_register',
    propertyId,
    detail: { layout, filters, rows: records.length, truncated },
  });
  return { sheet, property };
}

export interface RegisterFile {
  content: Buffer;
  /** 客户服务登记录-锦绣花园-20261101-20261130.xlsx */
  fileName: string;
  /** service-register-JXHY-20261101-20261130.xlsx, for clients that cannot read the UTF-8 name. */
  asciiName: string;
  truncated: boolean;
}

export async function exportRegister(
  ctx: ServiceContext,
  q: RegisterSheetQuery,
  locale: Locale,
): Promise<RegisterFile> {
  const { sheet, property } = await sheetOf(ctx, q, locale, 'export');
  // The dates asked for, else today: 20261101-20261130, 20261101, 20261127.
  const dates = [q.from, q.to].filter((d) => d !== undefined);
  if (dates.length === 0) dates.push(localDateTime(property.timezone, ctx.now()).date);
  const span = dates.map((d) => d.replaceAll('-', '')).join('-');
  const names = FILE_NAMES[q.layout];
  return {
    content: await registerWorkbook(sheet, locale),
    fileName: `${names.zh}-${property.name}-${span}.xlsx`,
    asciiName: `${names.ascii}-${property.code}-${span}.xlsx`,
    truncated: sheet.truncated,
  };
}
