import type { revealBodySchema, revealResultSchema } from '@qiantai/contracts';
import type { z } from 'zod';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import { can, inTransaction, requireActor, type ServiceContext } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';
import { findPeople } from './people.repository.js';
import type { PersonalDataCipher } from '../../platform/privacy/personal-data-cipher.js';
import { requirePersonRow } from './person-access.js';
import { otherPhonesOf } from './person-view.js';

export type RevealField = z.output<typeof revealBodySchema>['field'];
export type RevealResult = z.output<typeof revealResultSchema>;

/**
 * One personal field in full (the route requires person.reveal). The audit entry names the field,
 * never the value, and commits with the read: no reveal goes unrecorded.
 */
export async function revealPersonField(
  ctx: ServiceContext,
  cipher: PersonalDataCipher,
  personId: string,
  field: RevealField,
): Promise<RevealResult> {
  return inTransaction(ctx, async (tx) => {
    const row = await requirePersonRow(tx, personId);
    await writeAudit(tx, {
      action: 'person.reveal',
      entityType: 'person',
      entityId: row.id,
      propertyId: row.property_id,
      detail: { field },
    });
    switch (field) {
      case 'mobile':
        return { field, value: row.mobile };
      case 'otherPhones':
        return { field, value: otherPhonesOf(row) };
      case 'idNumber':
        return { field, value: row.id_number_enc ? cipher.decrypt(row.id_number_enc) : null };
    }
  });
}

export interface FullPersonalData {
  mobile: string | null;
  otherPhones: string[];
  idNumber: string | null;
}

/**
 * Phones and ID numbers in full for many people at once: only for the full export
 * (modules/directory-io), which requires person.reveal and writes one audit entry for the whole file.
 * People outside the caller's properties are left out.
 */
export async function fullPersonalDataOf(
  ctx: ServiceContext,
  cipher: PersonalDataCipher,
  personIds: readonly string[],
): Promise<Map<string, FullPersonalData>> {
  if (!can(ctx, 'person.reveal')) throw forbidden();
  const scope = requireActor(ctx).propertyIds;
  const rows = await findPeople(ctx.db, [...new Set(personIds)]);
  return new Map(
    rows
      .filter((r) => scope.includes(r.property_id))
      .map((r) => [
        r.id,
        {
          mobile: r.mobile,
          otherPhones: otherPhonesOf(r),
          idNumber: r.id_number_enc ? cipher.decrypt(r.id_number_enc) : null,
        },
      ]),
  );
}
