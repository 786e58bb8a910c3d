import { DESK_ANSWERABLE_KINDS } from '@qiantai/contracts';
import type { DeskValues } from './desk-values';
import type { CreateServiceRecordInput } from './service-desk-api';
import type { DeskCustomer } from './use-desk-customer';

/**
 * The record the desk form describes. A directory person is sent by id (the server takes their name and
 * phone from the directory); otherwise the caller's typed name and phone go with the unit, if any. An
 * inquiry or suggestion answered at the desk closes in one step and is forwarded nowhere.
 */
export function toCreateBody(
  propertyId: string,
  customer: DeskCustomer,
  values: DeskValues,
): CreateServiceRecordInput {
  const answered = values.answeredAtDesk && DESK_ANSWERABLE_KINDS.includes(values.kind);
  const person = customer.type === 'person' ? customer.card.person : null;
  return {
    propertyId,
    kind: values.kind,
    channel: values.channel,
    severity: values.severity,
    categoryId: values.categoryId ?? null,
    customerPersonId: person?.id ?? null,
    customerName: person ? person.name : values.customerName.trim(),
    customerPhone: person ? '' : values.customerPhone.trim(),
    customerLanguage: person?.language || 'zh-CN',
    unitId: customer.type === 'person' ? customer.unitId : customer.type === 'unit' ? customer.unit.id : null,
    content: values.content.trim(),
    departmentId: answered ? null : (values.departmentId ?? null),
    answeredAtDesk: answered,
    result: answered ? values.result.trim() : '',
  };
}
