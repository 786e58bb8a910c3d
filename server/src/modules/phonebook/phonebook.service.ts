import type { z } from 'zod';
import type {
  PhonebookEntry,
  createPhonebookEntryBodySchema,
  phonebookQuerySchema,
  updatePhonebookEntryBodySchema,
} from '@qiantai/contracts';
import { newId } from '../../db/ids.js';
import { auditedFields } from '../../platform/audit/audit-writer.js';
import { auditCreate, auditDelete, auditUpdate } from '../../platform/audit/audited-writes.js';
import { assertPropertyInScope, inTransaction, type ServiceContext } from '../../platform/context.js';
import { invalid, staleVersion } from '../../platform/errors.js';
import { requireInScope } from '../../platform/in-scope.js';
import { departmentWithin } from '../properties/index.js';
import * as repo from './phonebook.repository.js';

export type PhonebookQuery = z.output<typeof phonebookQuerySchema>;
export type CreatePhonebookEntryBody = z.output<typeof createPhonebookEntryBodySchema>;
export type UpdatePhonebookEntryBody = z.output<typeof updatePhonebookEntryBodySchema>;

/** What the audit log records of a line: all of it but id, property and version. */
const AUDITED = { entityType: 'phonebook_entry', view: auditedFields<PhonebookEntry> };

export function toPhonebookEntry(row: repo.PhonebookRow): PhonebookEntry {
  return {
    id: row.id,
    propertyId: row.property_id,
    scope: row.scope,
    category: row.category,
    name: row.name,
    nameEn: row.name_en,
    phone: row.phone,
    extension: row.extension,
    departmentId: row.department_id,
    onDuty: row.on_duty === 1,
    note: row.note,
    sort: row.sort,
    version: row.version,
  };
}

/** Phone-book lines are the desk's working list, not personal data: shown in full. */
export async function listPhonebook(ctx: ServiceContext, q: PhonebookQuery): Promise<PhonebookEntry[]> {
  assertPropertyInScope(ctx, q.propertyId);
  return (await repo.listEntries(ctx.db, q.propertyId, q.scope)).map(toPhonebookEntry);
}

async function checkDepartment(ctx: ServiceContext, departmentId: string | null, propertyId: string) {
  if (departmentId && !(await departmentWithin(ctx, departmentId, [propertyId])))
    throw invalid('directory.unknownDepartment', 'departmentId');
}

/** Inserts lines and records each in the audit log; the caller has checked scope and departments. */
export async function insertPhonebookEntries(
  ctx: ServiceContext,
  propertyId: string,
  lines: Omit<CreatePhonebookEntryBody, 'propertyId'>[],
): Promise<PhonebookEntry[]> {
  const now = ctx.now();
  const rows: repo.PhonebookRow[] = lines.map((l) => ({
    id: newId(now),
    property_id: propertyId,
    scope: l.scope,
    category: l.category,
    name: l.name,
    name_en: l.nameEn,
    phone: l.phone,
    extension: l.extension,
    department_id: l.departmentId,
    on_duty: l.onDuty ? 1 : 0,
    note: l.note,
    sort: l.sort,
    created_at: now,
    updated_at: now,
    version: 1,
  }));
  await repo.insertEntries(ctx.db, rows);
  const entries = rows.map(toPhonebookEntry);
  for (const e of entries) await auditCreate(ctx, { action: 'phonebook.create', ...AUDITED, entity: e });
  return entries;
}

export async function createPhonebookEntry(
  ctx: ServiceContext,
  body: CreatePhonebookEntryBody,
): Promise<PhonebookEntry> {
  assertPropertyInScope(ctx, body.propertyId);
  return inTransaction(ctx, async (tx) => {
    await checkDepartment(tx, body.departmentId, body.propertyId);
    const { propertyId, ...line } = body;
    const [entry] = await insertPhonebookEntries(tx, propertyId, [line]);
    return entry!;
  });
}

async function loadInScope(ctx: ServiceContext, id: string) {
  return requireInScope(ctx, await repo.findEntry(ctx.db, id));
}

export async function updatePhonebookEntry(
  ctx: ServiceContext,
  id: string,
  body: UpdatePhonebookEntryBody,
): Promise<PhonebookEntry> {
  return inTransaction(ctx, async (tx) => {
    const before = await loadInScope(tx, id);
    if (before.version !== body.version) throw staleVersion(before.version);
    if (body.departmentId !== undefined) await checkDepartment(tx, body.departmentId, before.property_id);
    const patch: Partial<repo.PhonebookRow> = {
      scope: body.scope ?? before.scope,
      category: body.category ?? before.category,
      name: body.name ?? before.name,
      name_en: body.nameEn ?? before.name_en,
      phone: body.phone ?? before.phone,
      extension: body.extension ?? before.extension,
      department_id: body.departmentId === undefined ? before.department_id : body.departmentId,
      on_duty: body.onDuty === undefined ? before.on_duty : body.onDuty ? 1 : 0,
      note: body.note ?? before.note,
      sort: body.sort ?? before.sort,
      updated_at: tx.now(),
    };
    if (!(await repo.updateEntry(tx.db, id, body.version, patch))) throw staleVersion(before.version);
    const after = toPhonebookEntry({ ...before, ...patch, version: body.version + 1 });
    await auditUpdate(tx, {
      action: 'phonebook.update',
      ...AUDITED,
      before: toPhonebookEntry(before),
      after,
    });
    return after;
  });
}

/** Deleting a line is allowed (numbers change); the audit entry keeps what it said. */
export async function deletePhonebookEntry(ctx: ServiceContext, id: string, version: number): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await loadInScope(tx, id);
    if (before.version !== version) throw staleVersion(before.version);
    if (!(await repo.deleteEntry(tx.db, id, version))) throw staleVersion(before.version);
    await auditDelete(tx, { action: 'phonebook.delete', ...AUDITED, entity: toPhonebookEntry(before) });
  });
}
