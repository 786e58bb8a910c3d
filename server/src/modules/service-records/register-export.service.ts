import {
  REGISTER_SHEET_MAX_ROWS,
  type Locale,
  type PropertySummary,
  type RegisterSheet,
  type RegisterSheetQuery,
  type ServiceKind,
  type ServiceRecord,
} from '@qiantai/contracts';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import { assertPropertyInScope, requireActor, type ServiceContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { propertiesByIds } from '../properties/index.js';
import { inExportSlot } from '../directory-io/index.js';
import { yieldToLoop } from '../directory-io/index.js';
import { followUpsOfRecords, type FollowUpRow } from './follow-ups.repository.js';
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
/** Records read per query (see matchingRecords). */
const READ_PAGE = 250;

/** The complaints register holds complaints and suggestions only, whatever else the filter names. */
function kindsFor(q: RegisterSheetQuery): ServiceKind[] | undefined {
  if (q.layout !== 'complaints') return q.kind;
  return q.kind ? q.kind.filter((k) => COMPLAINT_KINDS.includes(k)) : [...COMPLAINT_KINDS];
}

/** The last value per record of rows ordered oldest first. */
const latestBy = <T extends { record_id: string }>(rows: readonly T[]) =>
  new Map(rows.map((r) => [r.record_id, r]));

/**
 * Every matching record up to one more than a sheet holds (so truncation shows), newest first, read
 * in pages with a turn of the event loop between them: one query for 10,000 records and their
 * units, people and staff would hold the server for as long as it takes. A record logged while the
 * pages are read shifts the later pages by one; the id check keeps it from appearing twice.
 */
async function matchingRecords(ctx: ServiceContext, q: RegisterSheetQuery): Promise<ServiceRecord[]> {
  const kind = kindsFor(q);
  if (kind?.length === 0) return [];
  const query = { ...q, kind, page: 1, pageSize: REGISTER_SHEET_MAX_ROWS };
  const found: ServiceRecord[] = [];
  const seen = new Set<string>();
  for (let offset = 0; found.length <= REGISTER_SHEET_MAX_ROWS; offset += READ_PAGE) {
    const page = await recordsForExport(ctx, query, READ_PAGE, offset);
    for (const r of page) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      found.push(r);
    }
    await yieldToLoop();
    if (page.length < READ_PAGE) break;
  }
  return found.slice(0, REGISTER_SHEET_MAX_ROWS + 1);
}

/** Who handled each record and its follow-up calls, a page of records at a time. */
async function historyOf(ctx: ServiceContext, records: readonly ServiceRecord[]) {
  const handled: Awaited<ReturnType<typeof eventsOfRecords>> = [];
  const followUps: FollowUpRow[] = [];
  for (let at = 0; at < records.length; at += READ_PAGE) {
    const ids = records.slice(at, at + READ_PAGE).map((r) => r.id);
    handled.push(...(await eventsOfRecords(ctx.db, ids, HANDLED)));
    followUps.push(...(await followUpsOfRecords(ctx.db, ids)));
    await yieldToLoop();
  }
  return { handled, followUps };
}

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
  const found = await matchingRecords(ctx, q);
  const truncated = found.length > REGISTER_SHEET_MAX_ROWS;
  // The list is newest first; a register reads oldest first, numbered from 1.
  const records = found.slice(0, REGISTER_SHEET_MAX_ROWS).reverse();
  const { handled, followUps } = await historyOf(ctx, records);
  const completedBy = new Map(
    [...latestBy(handled.filter((e) => e.actor_name))].map(([id, e]) => [id, e.actor_name!]),
  );
  const sheet = await buildSheet({
    layout: q.layout,
    locale,
    records,
    completedBy,
    followUps: latestBy(followUps),
    timeZone: property.timezone,
    propertyName: locale === 'en' ? property.nameEn || property.name : property.name,
    from: q.from,
    to: q.to,
    printedBy: actor.displayName,
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

/** The register as .xlsx, in one of the caller's export slots (shared with the directory's exports). */
export async function exportRegister(
  ctx: ServiceContext,
  q: RegisterSheetQuery,
  locale: Locale,
): Promise<RegisterFile> {
  assertPropertyInScope(ctx, q.propertyId);
  return inExportSlot(ctx, async () => {
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
  });
}
