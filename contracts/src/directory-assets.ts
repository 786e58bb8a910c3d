import { z } from 'zod';
import { pageOf, pageQuerySchema } from './common.js';
import { dateSchema, fenSchema, plateSchema, trimmedText as text, versioned } from './directory-fields.js';
import { LEASE_STATUSES, PARKING_STATUSES, PARKING_TYPES } from './directory.js';
import { defineCodes } from './define-codes.js';

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

export const vehiclesCodes = defineCodes({ auditActions: ['vehicle.create', 'vehicle.update'] });
export const parkingCodes = defineCodes({ auditActions: ['parking.create', 'parking.update'] });
export const leasesCodes = defineCodes({
  auditActions: ['lease.create', 'lease.update', 'lease.contract.attach'],
  jobKinds: ['lease.reminder'],
  liveTopics: {
    /** A lease ends soon (to holders of directory.read). */
    'lease.expiring': z.object({
      leaseId: z.string(),
      unitCode: z.string(),
      tenantName: z.string(),
      endDate: z.string(),
      daysLeft: z.number().int(),
    }),
  },
});
