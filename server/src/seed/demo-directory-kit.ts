import {
  createBuildingBodySchema,
  createLeaseBodySchema,
  createParkingSpaceBodySchema,
  createPersonBodySchema,
  createUnitBodySchema,
  createVehicleBodySchema,
  type Person,
  type PersonUnit,
} from '@qiantai/contracts';
import type { AppDeps } from '../app-deps.js';
import type { ServiceContext } from '../platform/context.js';
import { createBuilding } from '../modules/buildings/buildings.service.js';
import { createUnit } from '../modules/buildings/units.service.js';
import { createLease } from '../modules/leases/leases.service.js';
import { createParkingSpace } from '../modules/parking/parking.service.js';
import { createPerson } from '../modules/people/people.service.js';
import { createVehicle } from '../modules/vehicles/vehicles.service.js';
import { FakeResidents, type FakeResident } from './fake-residents.js';

// What the demo directory is built with: the modules' own services (validation, encryption of ID
// numbers, audit and the lookup index all apply), bodies parsed by the same schemas as the API.

export type DemoDirectoryDeps = Pick<AppDeps, 'cipher' | 'config'>;

const CAR_MODELS = [
  '丰田凯美瑞',
  '本田雅阁',
  '大众帕萨特',
  '比亚迪汉',
  '特斯拉Model 3',
  '宝马3系',
  '日产轩逸',
  '理想L7',
];
const COLOURS = ['白色', '黑色', '银色', '灰色', '蓝色', '红色'];

export class DemoDirectoryKit {
  readonly fake: FakeResidents;
  readonly counts = { buildings: 0, units: 0, people: 0, vehicles: 0, parkingSpaces: 0, leases: 0 };

  constructor(
    readonly deps: DemoDirectoryDeps,
    seed: number,
  ) {
    this.fake = new FakeResidents(seed);
  }

  /** Today in the demo properties' time zone (Asia/Shanghai), as YYYY-MM-DD. */
  today(ctx: ServiceContext): string {
    return new Date(ctx.now() + 8 * 3600_000).toISOString().slice(0, 10);
  }

  async building(ctx: ServiceContext, propertyId: string, code: string, name: string, floors: number) {
    this.counts.buildings++;
    return createBuilding(ctx, createBuildingBodySchema.parse({ propertyId, code, name, floors }));
  }

  async unit(
    ctx: ServiceContext,
    body: {
      buildingId: string;
      entrance: string | null;
      room: string;
      floor: number;
      areaSqm: number;
      type: 'residential' | 'shop' | 'office';
    },
  ) {
    this.counts.units++;
    return createUnit(ctx, createUnitBodySchema.parse(body));
  }

  /** A person living in (or renting, or contact of) a unit; `resident` defaults to a fresh adult. */
  async person(
    ctx: ServiceContext,
    propertyId: string,
    link: { unitId: string; role: PersonUnit['role']; from: string | null },
    opts: { resident?: FakeResident; withMobile?: boolean; notes?: string } = {},
  ): Promise<Person> {
    const resident = opts.resident ?? this.fake.resident();
    const adult = resident.birthYear <= 2007;
    this.counts.people++;
    return createPerson(
      ctx,
      this.deps.cipher,
      createPersonBodySchema.parse({
        propertyId,
        name: resident.name,
        gender: resident.gender,
        mobile: opts.withMobile === false || !adult ? null : resident.mobile,
        idDocument: { idType: 'resident_id', idNumber: resident.idNumber },
        notes: opts.notes ?? '',
        unitLink: link,
      }),
    );
  }

  async vehicle(ctx: ServiceContext, propertyId: string, personId: string): Promise<string> {
    const plate = this.fake.plate();
    const rng = this.fake.rng;
    this.counts.vehicles++;
    await createVehicle(
      ctx,
      createVehicleBodySchema.parse({
        propertyId,
        plate,
        personId,
        model: rng.pick(CAR_MODELS),
        colour: rng.pick(COLOURS),
      }),
    );
    return plate;
  }

  async parkingSpace(
    ctx: ServiceContext,
    body: {
      propertyId: string;
      number: string;
      zone: string;
      type: 'owned' | 'rented' | 'visitor';
      holderPersonId: string | null;
      plates: string[];
    },
  ) {
    this.counts.parkingSpaces++;
    await createParkingSpace(
      ctx,
      createParkingSpaceBodySchema.parse({ ...body, status: body.holderPersonId ? 'occupied' : 'vacant' }),
    );
  }

  async lease(
    ctx: ServiceContext,
    body: {
      unitId: string;
      tenantPersonId: string;
      startDate: string;
      endDate: string;
      rentFen: number;
      depositFen: number;
      note?: string;
    },
  ) {
    this.counts.leases++;
    await createLease(ctx, this.deps, createLeaseBodySchema.parse(body));
  }
}

/** YYYY-MM-DD plus whole months (day clamped to 28 so every month has it). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(Math.min(d, 28)).padStart(2, '0')}`;
}

/** A day from today to the end of this month: a lease the desk should see expiring this month. */
export function laterThisMonth(today: string, pick: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const day = d + (pick % (lastDay - d + 1));
  return `${today.slice(0, 8)}${String(day).padStart(2, '0')}`;
}
