import { z } from 'zod';
import { pageOf, pageQuerySchema } from './common.js';
import { trimmedText as text, versioned } from './directory-fields.js';
import { defineCodes } from './define-codes.js';

// The property directory: buildings and units here; people in directory-people.ts; vehicles,
// parking and leases in directory-assets.ts. Phones and ID numbers in every response are masked;
// POST /people/:id/reveal shows one in full.

export const UNIT_TYPES = ['residential', 'shop', 'office', 'parking', 'storage'] as const;
export const PERSON_ROLES = ['owner', 'tenant', 'household', 'emergency_contact'] as const;
export const GENDERS = ['male', 'female', 'unknown'] as const;
export const PARKING_TYPES = ['owned', 'rented', 'visitor', 'reserved'] as const;
export const PARKING_STATUSES = ['vacant', 'occupied', 'reserved', 'out_of_service'] as const;
export const LEASE_STATUSES = ['active', 'ended', 'terminated'] as const;
export const REVEALABLE_FIELDS = ['mobile', 'otherPhones', 'idNumber'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
export type PersonRole = (typeof PERSON_ROLES)[number];
export type Gender = (typeof GENDERS)[number];
export type ParkingType = (typeof PARKING_TYPES)[number];
export type ParkingStatus = (typeof PARKING_STATUSES)[number];
export type LeaseStatus = (typeof LEASE_STATUSES)[number];

const code = z
  .string()
  .trim()
  .min(1)
  .max(6)
  .regex(/^[A-Za-z0-9]+$/)
  .transform((v) => v.toUpperCase());

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

export const buildingsCodes = defineCodes({
  auditActions: ['building.create', 'building.update', 'unit.create', 'unit.update'],
});
