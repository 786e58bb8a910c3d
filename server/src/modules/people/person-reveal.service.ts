import type { revealBodySchema, revealResultSchema } from '@qiantai/contracts';
import type { z } from 'zod';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import { inTransaction, type ServiceContext } from '../../platform/context.js';
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
