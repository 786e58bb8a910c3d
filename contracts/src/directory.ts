import { z } from 'zod';
import { localeSchema, pageOf, pageQuerySchema } from './common.js';
import {
  dateSchema,
  fenSchema,
  idDocumentSchema,
  idDocumentTypeSchema,
  mobileSchema,
  phoneSchema,
  plateSchema,
} from './directory-fields.js';

// The property directory: buildings, units, people and their links, vehicles, parking, leases.
// Phones and ID numbers in every response are masked; POST /people/:id/reveal shows one in full.

export const UNIT_TYPES = ['residential', 'shop', 'office', 'parking', 'storage'] as const;
export const PERSON_ROLES = ['owner', 'tenant', 'household', 'emergency_contact'] as const;
export const GENDERS = ['male', 'female', 'unknown'] as const;
export const PARKING_TYPES = ['owned', 'rented', 'visitor', 'reserved'] as const;
export const PARKING_STATUSES = ['vacant', 'occupied', 'reserved', 'out_of_service'] as const;
export const LEASE_STATUSES = ['active', 'ended', 'terminated'] as const;
export const REVEALABLE_FIELDS = ['mobile', 'otherPhones', 'idNumber'] as const;

const code = z
  .string()
  .trim()
  .min(1)
  .max(6)
  .regex(/^[A-Za-z0-9]+$/)
  .transform((v) => v.toUpperCase());
const text = (max: number) => z.string().trim().max(max);
const versioned = { version: z.number().int().min(1) };

// ---------- buildings and units ----------
export const buildingSchema = z.object({
  id: z.string(),
  propertyId: z.string(),
  code: z.string(),
  name: z.string(),
  floors: z.number().int().nullable(),
  note: z.string(),
  unitCount: z.number().int(),
  version: z.number().int(),
});
export type Building = z.infer<typeof buildingSchema>;
export const createBuildingBodySchema = z.strictObject({
  propertyId: z.string().min(1).max(64),
  code,
  name: text(30).min(1),
  floors: z.number().int().min(1).max(200).nullable().default(null),
  note: text(500).default(''),
});
export const updateBuildingBodySchema = z.strictObject({
  ...versioned,
  name: text(30).min(1).optional(),
  floors: z.number().int().min(1).max(200).nullable().optional(),
  note: text(500).optional(),
});

export const unitSchema = z.object({
  id: z.string(),
  propertyId: z.string(),
  buildingId: z.string(),
  buildingCode: z.string(),
  entrance: z.string().nullable(),
  room: z.string(),
  code: z.string(),
  floor: z.number().int().nullable(),
  areaSqm: z.number().nullable(),
  type: z.enum(UNIT_TYPES),
  note: z.string(),
  version: z.number().int(),
});
export type Unit = z.infer<typeof unitSchema>;
export const unitPageSchema = pageOf(unitSchema);
export const unitListQuerySchema = pageQuerySchema.extend({
  propertyId: z.string().min(1).max(64),
  buildingId: z.string().max(64).optional(),
  type: z.enum(UNIT_TYPES).optional(),
  q: text(40).optional(),
});
export const createUnitBodySchema = z.strictObject({
  buildingId: z.string().min(1).max(64),
  entrance: code.nullable().default(null),
  room: z
    .string()
    .trim()
    .regex(/^\d{1,6}[A-Za-z]?$/)
    .transform((v) => v.toUpperCase()),
  floor: z.number().int().min(-10).max(200).nullable().default(null),
  areaSqm: z.number().min(0).max(100000).nullable().default(null),
  type: z.enum(UNIT_TYPES).default('residential'),
  note: text(500).default(''),
});
export const updateUnitBodySchema = z.strictObject({
  ...versioned,
  floor: z.number().int().min(-10).max(200).nullable().optional(),
  areaSqm: z.number().min(0).max(100000).nullable().optional(),
  type: z.enum(UNIT_TYPES).optional(),
  note: text(500).optional(),
});

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

// ---------- vehicles and parking ----------
export const vehicleSchema = z.object({
  id: z.string(),
  propertyId: z.string(),
  plate: z.string(),
  model: z.string(),
  colour: z.string(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  note: z.string(),
  version: z.number().int(),
});
export type Vehicle = z.infer<typeof vehicleSchema>;
export const vehiclePageSchema = pageOf(vehicleSchema);
export const vehicleListQuerySchema = pageQuerySchema.extend({
  propertyId: z.string().min(1).max(64),
  personId: z.string().max(64).optional(),
  q: text(20).optional(),
});
export const createVehicleBodySchema = z.strictObject({
  propertyId: z.string().min(1).max(64),
  plate: plateSchema,
  model: text(40).default(''),
  colour: text(20).default(''),
  personId: z.string().max(64).nullable().default(null),
  note: text(500).default(''),
});
export const updateVehicleBodySchema = z.strictObject({
  ...versioned,
  model: text(40).optional(),
  colour: text(20).optional(),
  personId: z.string().max(64).nullable().optional(),
  note: text(500).optional(),
});

export const parkingSpaceSchema = z.object({
  id: z.string(),
  propertyId: z.string(),
  number: z.string(),
  zone: z.string(),
  type: z.enum(PARKING_TYPES),
  status: z.enum(PARKING_STATUSES),
  holderPersonId: z.string().nullable(),
  holderName: z.string().nullable(),
  plates: z.array(z.string()),
  note: z.string(),
  version: z.number().int(),
});
export type ParkingSpace = z.infer<typeof parkingSpaceSchema>;
export const parkingSpacePageSchema = pageOf(parkingSpaceSchema);
export const parkingListQuerySchema = pageQuerySchema.extend({
  propertyId: z.string().min(1).max(64),
  status: z.enum(PARKING_STATUSES).optional(),
  q: text(20).optional(),
});
export const createParkingSpaceBodySchema = z.strictObject({
  propertyId: z.string().min(1).max(64),
  number: text(20).min(1),
  zone: text(30).default(''),
  type: z.enum(PARKING_TYPES),
  status: z.enum(PARKING_STATUSES).default('vacant'),
  holderPersonId: z.string().max(64).nullable().default(null),
  plates: z.array(plateSchema).max(3).default([]),
  note: text(500).default(''),
});
export const updateParkingSpaceBodySchema = z.strictObject({
  ...versioned,
  zone: text(30).optional(),
  type: z.enum(PARKING_TYPES).optional(),
  status: z.enum(PARKING_STATUSES).optional(),
  holderPersonId: z.string().max(64).nullable().optional(),
  plates: z.array(plateSchema).max(3).optional(),
  note: text(500).optional(),
});

// ---------- leases ----------
export const leaseSchema = z.object({
  id: z.string(),
  propertyId: z.string(),
  unitId: z.string(),
  unitCode: z.string(),
  tenantPersonId: z.string(),
  tenantName: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  rentFen: z.number().int(),
  depositFen: z.number().int(),
  status: z.enum(LEASE_STATUSES),
  contractFileId: z.string().nullable(),
  contractFileName: z.string().nullable(),
  note: z.string(),
  version: z.number().int(),
});
export type Lease = z.infer<typeof leaseSchema>;
export const leasePageSchema = pageOf(leaseSchema);
export const leaseListQuerySchema = pageQuerySchema.extend({
  propertyId: z.string().min(1).max(64),
  status: z.enum(LEASE_STATUSES).optional(),
  /** Leases ending within this many days (from today in the property's time zone). */
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  unitId: z.string().max(64).optional(),
  tenantPersonId: z.string().max(64).optional(),
});
export const createLeaseBodySchema = z
  .strictObject({
    unitId: z.string().min(1).max(64),
    tenantPersonId: z.string().min(1).max(64),
    startDate: dateSchema,
    endDate: dateSchema,
    rentFen: fenSchema,
    depositFen: fenSchema.default(0),
    note: text(500).default(''),
  })
  .refine((v) => v.endDate >= v.startDate, {
    path: ['endDate'],
    message: 'validation.leaseDates',
    params: { key: 'validation.leaseDates' },
  });
export const updateLeaseBodySchema = z.strictObject({
  ...versioned,
  endDate: dateSchema.optional(),
  rentFen: fenSchema.optional(),
  depositFen: fenSchema.optional(),
  status: z.enum(LEASE_STATUSES).optional(),
  note: text(500).optional(),
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
