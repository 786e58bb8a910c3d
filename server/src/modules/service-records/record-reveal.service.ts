import type { AppDeps } from '../../app-deps.js';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import { inTransaction, type ServiceContext } from '../../platform/context.js';
import { revealPersonField } from '../people/index.js';
import { requireVisibleRecord } from './service-records.service.js';

/**
 * The number to call the customer back on: the one given on the record, else the directory
 * person's mobile (revealed and audited by the people module). Audited like any reveal.
 */
export async function revealCustomerPhone(ctx: ServiceContext, deps: Pick<AppDeps, 'cipher'>, id: string) {
  return inTransaction(ctx, async (tx) => {
    const { row } = await requireVisibleRecord(tx, id);
    if (!row.customer_phone && row.customer_person_id) {
      const person = await revealPersonField(tx, deps.cipher, row.customer_person_id, 'mobile');
      return { field: 'customerPhone' as const, value: typeof person.value === 'string' ? person.value : '' };
    }
    await writeAudit(tx, {
      action: 'service.record.reveal',
      entityType: 'service_record',
      entityId: row.id,
      propertyId: row.property_id,
      detail: { field: 'customerPhone' },
    });
    return { field: 'customerPhone' as const, value: row.customer_phone };
  });
}
