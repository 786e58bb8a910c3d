import { z } from 'zod';
import { localeSchema, pageOf, pageQuerySchema } from './common.js';
import { leaseSchema, parkingSpaceSchema, vehicleSchema } from './directory-assets.js';
import {
  dateSchema,
  idDocumentSchema,
  idDocumentTypeSchema,
  mobileSchema,
  phoneSchema,
  trimmedText as text,
  versioned,
} from './directory-fields.js';
import { GENDERS, PERSON_ROLES, REVEALABLE_FIELDS } from './directory.js';
import { defineCodes } from './define-codes.js';

// ---------- people ----------
export const personSchema = z.object({
  id: z.string(),
  propertyId: z.string(),
  name: z.string(),
  gender: z.enum(GENDERS),
  /** Masked: 138****5678. */
  mobile: z.string().nullable(),
  otherPhones: z.array(z.string()),
  idType: idDocumentTypeSchema.nullable(),
  /** Masked: 4403**********1234. */
  idNumber: z.string().nullable(),
  language: localeSchema.or(z.string()),
  notes: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  version: z.number().int(),
});
export type Person = z.infer<typeof personSchema>;

export const personUnitSchema = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  unitId: z.string(),
  unitCode: z.string(),
  role: z.enum(PERSON_ROLES),
  from: z.string().nullable(),
  until: z.string().nullable(),
});
export type PersonUnit = z.infer<typeof personUnitSchema>;

export const personListItemSchema = personSchema.extend({ units: z.array(personUnitSchema) });
export const personPageSchema = pageOf(personListItemSchema);
export const personListQuerySchema = pageQuerySchema.extend({
  propertyId: z.string().min(1).max(64),
  unitId: z.string().max(64).optional(),
  role: z.enum(PERSON_ROLES).optional(),
  q: text(40).optional(),
});

const personFields = {
  name: text(40).min(1),
  gender: z.enum(GENDERS).default('unknown'),
  mobile: mobileSchema.nullable().default(null),
  otherPhones: z.array(phoneSchema).max(5).default([]),
  idDocument: idDocumentSchema.nullable().default(null),
  language: text(20).default('zh-CN'),
  notes: text(1000).default(''),
};
export const createPersonBodySchema = z.strictObject({
  propertyId: z.string().min(1).max(64),
  ...personFields,
  /** Optionally link to a unit at once (the usual case at the desk). */
  unitLink: z
    .strictObject({
      unitId: z.string().min(1).max(64),
      role: z.enum(PERSON_ROLES),
      from: dateSchema.nullable().default(null),
    })
    .optional(),
});
export type CreatePersonBody = z.infer<typeof createPersonBodySchema>;
export const updatePersonBodySchema = z.strictObject({
  ...versioned,
  name: personFields.name.optional(),
  gender: z.enum(GENDERS).optional(),
  mobile: mobileSchema.nullable().optional(),
  otherPhones: z.array(phoneSchema).max(5).optional(),
  idDocument: idDocumentSchema.nullable().optional(),
  language: text(20).optional(),
  notes: text(1000).optional(),
});
export type UpdatePersonBody = z.infer<typeof updatePersonBodySchema>;

export const linkPersonUnitBodySchema = z.strictObject({
  unitId: z.string().min(1).max(64),
  role: z.enum(PERSON_ROLES),
  from: dateSchema.nullable().default(null),
  until: dateSchema.nullable().default(null),
});
export const endPersonUnitBodySchema = z.strictObject({ until: dateSchema });
/** Corrects a residence: its role, move-in or move-out date (null clears a date). */
export const updatePersonUnitBodySchema = z
  .strictObject({
    role: z.enum(PERSON_ROLES).optional(),
    from: dateSchema.nullable().optional(),
    until: dateSchema.nullable().optional(),
  })
  .refine((v) => !v.from || !v.until || v.until >= v.from, {
    path: ['until'],
    message: 'validation.linkDates',
    params: { key: 'validation.linkDates' },
  });
export type UpdatePersonUnitBody = z.infer<typeof updatePersonUnitBodySchema>;

export const revealBodySchema = z.strictObject({ field: z.enum(REVEALABLE_FIELDS) });
export const revealResultSchema = z.object({
  field: z.enum(REVEALABLE_FIELDS),
  value: z.union([z.string(), z.array(z.string())]).nullable(),
});

// ---------- the person card ----------
export const personCardSchema = z.object({
  person: personSchema,
  units: z.array(personUnitSchema),
  household: z.array(personUnitSchema),
  vehicles: z.array(vehicleSchema),
  parking: z.array(parkingSpaceSchema),
  leases: z.array(leaseSchema),
});
export type PersonCard = z.infer<typeof personCardSchema>;

export const peopleCodes = defineCodes({
  auditActions: [
    'person.create',
    'person.update',
    'person.reveal',
    'person.unit.link',
    'person.unit.update',
    'person.unit.end',
  ],
});
