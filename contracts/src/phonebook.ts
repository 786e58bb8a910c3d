import { z } from 'zod';
import { defineCodes } from './define-codes.js';

// The desk's phone book: internal (departments, staff, extensions, who is on duty) and external
// (119, 120, 110, utilities, elevator maintenance, locksmith …).
export const PHONEBOOK_SCOPES = ['internal', 'external'] as const;
export const PHONEBOOK_CATEGORIES = [
  'department',
  'staff',
  'emergency',
  'utility',
  'elevator',
  'locksmith',
  'government',
  'other',
] as const;
export type PhonebookScope = (typeof PHONEBOOK_SCOPES)[number];
export type PhonebookCategory = (typeof PHONEBOOK_CATEGORIES)[number];

export const phonebookEntrySchema = z.object({
  id: z.string(),
  propertyId: z.string(),
  scope: z.enum(PHONEBOOK_SCOPES),
  category: z.enum(PHONEBOOK_CATEGORIES),
  name: z.string(),
  nameEn: z.string(),
  phone: z.string(),
  extension: z.string(),
  departmentId: z.string().nullable(),
  onDuty: z.boolean(),
  note: z.string(),
  sort: z.number().int(),
  version: z.number().int(),
});
export type PhonebookEntry = z.infer<typeof phonebookEntrySchema>;

export const phonebookQuerySchema = z.strictObject({
  propertyId: z.string().min(1).max(64),
  scope: z.enum(PHONEBOOK_SCOPES).optional(),
});

const fields = {
  scope: z.enum(PHONEBOOK_SCOPES),
  category: z.enum(PHONEBOOK_CATEGORIES),
  name: z.string().trim().min(1).max(50),
  nameEn: z.string().trim().max(80).default(''),
  phone: z
    .string()
    .trim()
    .min(3)
    .max(30)
    .regex(/^[\d+\-() ]+$/),
  extension: z.string().trim().max(10).regex(/^\d*$/).default(''),
  departmentId: z.string().max(64).nullable().default(null),
  onDuty: z.boolean().default(false),
  note: z.string().trim().max(200).default(''),
  sort: z.number().int().min(0).max(9999).default(100),
};
export const createPhonebookEntryBodySchema = z.strictObject({
  propertyId: z.string().min(1).max(64),
  ...fields,
});
export const updatePhonebookEntryBodySchema = z.strictObject({
  version: z.number().int().min(1),
  scope: fields.scope.optional(),
  category: fields.category.optional(),
  name: fields.name.optional(),
  nameEn: z.string().trim().max(80).optional(),
  phone: fields.phone.optional(),
  extension: z.string().trim().max(10).regex(/^\d*$/).optional(),
  departmentId: z.string().max(64).nullable().optional(),
  onDuty: z.boolean().optional(),
  note: z.string().trim().max(200).optional(),
  sort: z.number().int().min(0).max(9999).optional(),
});

/** The version the desk shows: a line changed since then is not deleted (409, as for an edit). */
export const deletePhonebookEntryQuerySchema = z.strictObject({ version: z.coerce.number().int().min(1) });

export const phonebookCodes = defineCodes({
  auditActions: ['phonebook.create', 'phonebook.update', 'phonebook.delete'],
});
