import {
  ID_DOCUMENT_TYPES,
  mobileSchema,
  parseUnitQuery,
  unitCode,
  type Person,
  type Unit,
} from '@qiantai/contracts';
import type { ServiceContext } from '../../../platform/context.js';
import { findUnitByCode } from '../../buildings/index.js';
import { findPersonByIdNumber, findPersonByNameAndMobile, peopleByIds } from '../../people/index.js';
import { fullPersonalDataOf, type FullPersonalData } from '../../people/index.js';
import type { RowChecks } from './cell-checks.js';
import type { ExportEnv, KindEnv } from './kind.js';

// Rows refer to units by code (any spelling the desk uses: 3栋2单元1502, 3-2-1502) and to people
// by name + mobile or by ID number, always within the import's property.

/** The unit a cell names, or undefined after recording why not. */
export async function unitOfCell(
  ctx: ServiceContext,
  env: KindEnv,
  checks: RowChecks,
  column: string,
): Promise<Unit | undefined> {
  const parts = parseUnitQuery(checks.text(column));
  if (!parts?.building) {
    checks.fail(column, 'validation.unitCode');
    return undefined;
  }
  const unit = await findUnitByCode(
    ctx,
    env.propertyId,
    unitCode(parts.building, parts.entrance, parts.room),
  );
  if (!unit) checks.fail(column, 'directoryIo.unitNotFound');
  return unit ?? undefined;
}

/** The normalised mobile of a cell (13812345678), or undefined after recording a bad one. */
export function mobileOfCell(checks: RowChecks, column: string): string | null | undefined {
  if (!checks.has(column)) return null;
  const parsed = mobileSchema.safeParse(checks.text(column));
  if (parsed.success) return parsed.data;
  checks.fail(column, 'validation.mobile');
  return undefined;
}

/** The person of the property with this ID number, whatever document type it was filed under. */
export async function personByIdNumber(ctx: ServiceContext, env: KindEnv, idNumber: string) {
  for (const idType of ID_DOCUMENT_TYPES) {
    const person = await findPersonByIdNumber(ctx, env.cipher, env.propertyId, idType, idNumber);
    if (person) return person;
  }
  return null;
}

export interface PersonColumns {
  name: string;
  mobile: string;
  idNumber: string;
}

/**
 * The person three cells name: by ID number when given, else by name + mobile. All empty is no
 * person (null); a reference that finds nobody is an issue, since people are imported first.
 */
export async function personOfCells(
  ctx: ServiceContext,
  env: KindEnv,
  checks: RowChecks,
  columns: PersonColumns,
): Promise<Person | null | undefined> {
  const { name, mobile, idNumber } = columns;
  if (!checks.has(name) && !checks.has(mobile) && !checks.has(idNumber)) return null;
  if (checks.has(idNumber)) {
    const person = await personByIdNumber(ctx, env, checks.text(idNumber));
    if (!person) checks.fail(idNumber, 'directoryIo.personNotFound');
    return person ?? undefined;
  }
  const phone = mobileOfCell(checks, mobile);
  if (phone === undefined) return undefined;
  if (!checks.has(name) || phone === null) {
    checks.fail(checks.has(name) ? mobile : name, 'directoryIo.personReference');
    return undefined;
  }
  const person = await findPersonByNameAndMobile(ctx, env.propertyId, checks.text(name), phone);
  if (!person) checks.fail(name, 'directoryIo.personNotFound');
  return person ?? undefined;
}

export interface PersonContact {
  name: string;
  mobile: string;
  otherPhones: string;
  idNumber: string;
}

/** Name, phones and ID number of people as an export shows them: masked unless the export is full. */
export async function contactsOf(
  ctx: ServiceContext,
  env: ExportEnv,
  personIds: readonly string[],
): Promise<Map<string, PersonContact>> {
  const ids = [...new Set(personIds)];
  const people: Person[] = [];
  const full = new Map<string, FullPersonalData>();
  // Chunks keep every query under the databases' limits on bound parameters.
  for (let at = 0; at < ids.length; at += 1000) {
    const chunk = ids.slice(at, at + 1000);
    people.push(...(await peopleByIds(ctx, chunk)));
    if (env.full)
      for (const [id, data] of await fullPersonalDataOf(ctx, env.cipher, chunk)) full.set(id, data);
  }
  return new Map(
    people.map((p) => {
      const plain = full.get(p.id);
      return [
        p.id,
        {
          name: p.name,
          mobile: (plain ? plain.mobile : p.mobile) ?? '',
          otherPhones: (plain ? plain.otherPhones : p.otherPhones).join('; '),
          idNumber: (plain ? plain.idNumber : p.idNumber) ?? '',
        },
      ];
    }),
  );
}
