import {
  maskIdNumber,
  maskPhone,
  normalizeDocumentNumber,
  type IdDocumentType,
  type Person,
} from '@qiantai/contracts';
import type { PersonalDataCipher } from '../../platform/privacy/personal-data-cipher.js';
import type { PersonRow } from './people.repository.js';

// How a person leaves the server: phones and ID numbers masked, always. Only the reveal route
// (person-reveal.service.ts) reads a full value, one field at a time, and records that it did.

export const otherPhonesOf = (row: PersonRow): string[] => JSON.parse(row.other_phones) as string[];

export const toPerson = (row: PersonRow): Person => ({
  id: row.id,
  propertyId: row.property_id,
  name: row.name,
  gender: row.gender,
  mobile: maskPhone(row.mobile),
  otherPhones: otherPhonesOf(row).map((p) => maskPhone(p) ?? ''),
  idType: row.id_type,
  idNumber: row.id_number_masked,
  language: row.language,
  notes: row.notes,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

/** The fields of a person the audit log (the record's history) keeps: masked, like every display. */
export const auditView = (p: Person) => ({
  name: p.name,
  gender: p.gender,
  mobile: p.mobile,
  otherPhones: p.otherPhones,
  idType: p.idType,
  idNumber: p.idNumber,
  language: p.language,
  notes: p.notes,
});

export type SealedIdNumber = Pick<
  PersonRow,
  'id_type' | 'id_number_enc' | 'id_number_hash' | 'id_number_masked'
>;

/**
 * An identity document as stored: AES-256-GCM ciphertext, a keyed hash for exact matching and the
 * masked form for display. The plain number exists only in this call's arguments.
 */
export function sealIdNumber(
  cipher: PersonalDataCipher,
  doc: { idType: IdDocumentType; idNumber: string } | null,
): SealedIdNumber {
  if (!doc) return { id_type: null, id_number_enc: null, id_number_hash: null, id_number_masked: null };
  const number = normalizeDocumentNumber(doc.idNumber);
  return {
    id_type: doc.idType,
    id_number_enc: cipher.encrypt(number),
    id_number_hash: cipher.hash(number),
    id_number_masked: maskIdNumber(number),
  };
}

/** The matching hash of an ID number however it was typed (spaces, dashes, a lower-case x). */
export const idNumberHash = (cipher: PersonalDataCipher, idNumber: string) =>
  cipher.hash(normalizeDocumentNumber(idNumber));
