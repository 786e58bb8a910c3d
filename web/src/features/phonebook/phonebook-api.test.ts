import { describe, expect, it } from 'vitest';
import { createPhonebookEntryBodySchema, type PhonebookEntry } from '@qiantai/contracts';
import { restoreBody } from './phonebook-api';

describe('undoing a phone book deletion', () => {
  it('re-creates the line with every field it had, as a valid new line', () => {
    const entry: PhonebookEntry = {
      id: 'e1',
      propertyId: 'p1',
      scope: 'external',
      category: 'locksmith',
      name: '王师傅开锁',
      nameEn: 'Wang locksmith',
      phone: '0755-12345678',
      extension: '12',
      departmentId: null,
      onDuty: true,
      note: '24 小时',
      sort: 7,
      version: 3,
    };
    const { id: _id, version: _version, ...fields } = entry;
    expect(createPhonebookEntryBodySchema.parse(restoreBody(entry))).toEqual(fields);
  });
});
