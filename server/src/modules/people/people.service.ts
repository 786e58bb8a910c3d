import type {
  CreatePersonBody,
  IdDocumentType,
  Person,
  personListQuerySchema,
  UpdatePersonBody,
} from '@qiantai/contracts';
import type { z } from 'zod';
import { newId } from '../../db/ids.js';
import { auditCreate, auditUpdate } from '../../platform/audit/audited-writes.js';
import {
  assertPropertyInScope,
  inTransaction,
  requireActor,
  type ServiceContext,
} from '../../platform/context.js';
import { conflictOn, staleVersion } from '../../platform/errors.js';
import type { PersonalDataCipher } from '../../platform/privacy/personal-data-cipher.js';
import * as repo from './people.repository.js';
import { requirePersonRow } from './person-access.js';
import { reindexPerson } from './person-index.js';
import { linkPersonToUnit, linksOfPeople } from './person-units.service.js';
import { auditView, idNumberHash, sealIdNumber, toPerson } from './person-view.js';
import { todayAtProperty } from '../properties/index.js';
import { personSortKey } from '../lookup/index.js';

export type PersonListQuery = z.output<typeof personListQuerySchema>;

export async function requirePerson(ctx: ServiceContext, personId: string): Promise<Person> {
  return toPerson(await requirePersonRow(ctx, personId));
}

/** People by id, masked, limited to the caller's properties (others are left out). */
export async function peopleByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Person[]> {
  const scope = requireActor(ctx).propertyIds;
  const rows = await repo.findPeople(ctx.db, [...new Set(ids)]);
  return rows.filter((r) => scope.includes(r.property_id)).map(toPerson);
}

export async function personNamesByIds(
  ctx: ServiceContext,
  ids: readonly string[],
): Promise<Map<string, string>> {
  return new Map((await peopleByIds(ctx, ids)).map((p) => [p.id, p.name]));
}

/** The person on file with this identity document in the property, if any (import avoids duplicates). */
export async function findPersonByIdNumber(
  ctx: ServiceContext,
  cipher: PersonalDataCipher,
  propertyId: string,
  idType: IdDocumentType,
  idNumber: string,
): Promise<Person | null> {
  assertPropertyInScope(ctx, propertyId);
  const row = await repo.findPersonByIdHash(ctx.db, propertyId, idType, idNumberHash(cipher, idNumber));
  return row ? toPerson(row) : null;
}

/**
 * The person of the property with this name and (normalised) mobile, or with this name and no
 * mobile when `mobile` is null: how an import recognises someone without an ID number.
 */
export async function findPersonByNameAndMobile(
  ctx: ServiceContext,
  propertyId: string,
  name: string,
  mobile: string | null,
): Promise<Person | null> {
  assertPropertyInScope(ctx, propertyId);
  const row = await repo.findPersonByNameAndMobile(ctx.db, propertyId, name.trim(), mobile);
  return row ? toPerson(row) : null;
}

/** The list's filters without paging. */
export type PersonListFilters = Omit<PersonListQuery, 'page' | 'pageSize'>;

async function filterOf(ctx: ServiceContext, q: PersonListFilters): Promise<repo.PersonFilter> {
  assertPropertyInScope(ctx, q.propertyId);
  const nameContains = q.q?.toLowerCase().replace(/[%_\\]/g, '') || undefined;
  const today = await todayAtProperty(ctx, q.propertyId);
  return { propertyId: q.propertyId, unitId: q.unitId, role: q.role, nameContains, today };
}

async function withUnits(ctx: ServiceContext, rows: repo.PersonRow[]) {
  const links = await linksOfPeople(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...toPerson(r), units: links.filter((l) => l.personId === r.id) }));
}

export async function listPeople(ctx: ServiceContext, q: PersonListQuery) {
  const { rows, total } = await repo.listPeople(ctx.db, await filterOf(ctx, q), q.page, q.pageSize);
  return { items: await withUnits(ctx, rows), total, page: q.page, pageSize: q.pageSize };
}

export type { PeopleCursor } from './people.repository.js';

export async function countPeople(ctx: ServiceContext, q: PersonListFilters): Promise<number> {
  return repo.countPeople(ctx.db, await filterOf(ctx, q));
}

/**
 * The list's people after a cursor, for a walk through the whole list (the directory's export):
 * every page costs the same however deep it is. `next` is null after the last page.
 */
export async function listPeopleAfter(
  ctx: ServiceContext,
  q: PersonListFilters,
  after: repo.PeopleCursor | null,
  limit: number,
) {
  const rows = await repo.listPeopleAfter(ctx.db, await filterOf(ctx, q), after, limit);
  const last = rows.at(-1);
  const next =
    last && rows.length === limit ? { sortKey: last.sort_key, name: last.name, id: last.id } : null;
  return { items: await withUnits(ctx, rows), next };
}

/** One ID number belongs to one person per property; the message names no one. */
async function assertIdNumberFree(
  ctx: ServiceContext,
  propertyId: string,
  sealed: ReturnType<typeof sealIdNumber>,
  selfId: string | null,
) {
  if (!sealed.id_type || !sealed.id_number_hash) return;
  const other = await repo.findPersonByIdHash(ctx.db, propertyId, sealed.id_type, sealed.id_number_hash);
  if (other && other.id !== selfId) throw conflictOn('directory.idNumberTaken', 'idDocument.idNumber');
}

export async function createPerson(
  ctx: ServiceContext,
  cipher: PersonalDataCipher,
  body: CreatePersonBody,
): Promise<Person> {
  return inTransaction(ctx, async (tx) => {
    assertPropertyInScope(tx, body.propertyId);
    const sealed = sealIdNumber(cipher, body.idDocument);
    await assertIdNumberFree(tx, body.propertyId, sealed, null);
    const now = tx.now();
    const row: repo.PersonRow = {
      id: newId(now),
      property_id: body.propertyId,
      name: body.name,
      gender: body.gender,
      mobile: body.mobile,
      other_phones: JSON.stringify(body.otherPhones),
      ...sealed,
      language: body.language,
      notes: body.notes,
      sort_key: personSortKey(body.name),
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await repo.insertPerson(tx.db, row);
    const person = toPerson(row);
    await auditCreate(tx, { action: 'person.create', entityType: 'person', entity: person, view: auditView });
    await reindexPerson(tx, row);
    if (body.unitLink) await linkPersonToUnit(tx, row.id, { ...body.unitLink, until: null });
    return person;
  });
}

export async function updatePerson(
  ctx: ServiceContext,
  cipher: PersonalDataCipher,
  id: string,
  body: UpdatePersonBody,
): Promise<Person> {
  return inTransaction(ctx, async (tx) => {
    const before = await requirePersonRow(tx, id);
    if (before.version !== body.version) throw staleVersion(before.version);
    const name = body.name ?? before.name;
    const patch: Partial<repo.PersonRow> = {
      name,
      sort_key: personSortKey(name),
      gender: body.gender ?? before.gender,
      mobile: body.mobile === undefined ? before.mobile : body.mobile,
      other_phones: body.otherPhones ? JSON.stringify(body.otherPhones) : before.other_phones,
      language: body.language ?? before.language,
      notes: body.notes ?? before.notes,
      updated_at: tx.now(),
    };
    if (body.idDocument !== undefined) {
      const sealed = sealIdNumber(cipher, body.idDocument);
      await assertIdNumberFree(tx, before.property_id, sealed, id);
      Object.assign(patch, sealed);
    }
    if (!(await repo.updatePersonRow(tx.db, id, body.version, patch))) throw staleVersion(before.version);
    const afterRow: repo.PersonRow = { ...before, ...patch, version: body.version + 1 };
    const after = toPerson(afterRow);
    await auditUpdate(tx, {
      action: 'person.update',
      entityType: 'person',
      before: toPerson(before),
      after,
      view: auditView,
    });
    await reindexPerson(tx, afterRow);
    return after;
  });
}
