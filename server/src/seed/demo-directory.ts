import { inTransaction, type ServiceContext } from '../platform/context.js';
import { seedCommercialDirectory } from './demo-directory-commercial.js';
import { addMonths, DemoDirectoryKit, laterThisMonth, type DemoDirectoryDeps } from './demo-directory-kit.js';
import { ParkingLot } from './demo-directory-parking.js';

// The demo directory: 锦绣花园 (residential: 12 buildings × 2 entrances × 18 floors, owners with their
// households, some tenants, cars and parking) and 国贸中心 (offices and shops with company contacts).
// Deterministic: the same seed gives the same people on every first start.

export type { DemoDirectoryDeps } from './demo-directory-kit.js';

const BUILDINGS = 12;
const ENTRANCES = 2;
const FLOORS = 18;
const OCCUPIED = 0.9;
const RENTED = 0.12;

export async function seedDemoDirectory(
  ctx: ServiceContext,
  deps: DemoDirectoryDeps,
  properties: { residentialId: string; commercialId: string },
): Promise<DemoDirectoryKit['counts']> {
  const kit = new DemoDirectoryKit(deps, 20261127);
  const parking = new ParkingLot(kit, properties.residentialId, 'B1');
  for (let b = 1; b <= BUILDINGS; b++) {
    // Each building is one transaction: fast on SQLite, and a failed seed leaves no half building.
    await inTransaction(ctx, (tx) => seedBuilding(tx, kit, parking, properties.residentialId, b));
  }
  await inTransaction(ctx, (tx) => parking.addVisitorSpaces(tx, 40));
  await seedCommercialDirectory(ctx, kit, properties.commercialId);
  return kit.counts;
}

async function seedBuilding(
  ctx: ServiceContext,
  kit: DemoDirectoryKit,
  parking: ParkingLot,
  propertyId: string,
  b: number,
) {
  const rng = kit.fake.rng;
  const building = await kit.building(ctx, propertyId, String(b), `${b}栋`, FLOORS);
  // Larger buildings at the back of the estate have three flats per landing, the others two.
  const perLanding = b > 8 ? 3 : 2;
  for (let e = 1; e <= ENTRANCES; e++)
    for (let floor = 1; floor <= FLOORS; floor++)
      for (let r = 1; r <= perLanding; r++) {
        // Entrance 1 has rooms 01-02, entrance 2 has 03-04: "3-1502" names one flat.
        const room = String(floor * 100 + (e - 1) * perLanding + r);
        const unit = await kit.unit(ctx, {
          buildingId: building.id,
          entrance: String(e),
          room,
          floor,
          areaSqm: rng.pick([68, 89, 96, 118, 143]),
          type: 'residential',
        });
        if (rng.next() < OCCUPIED) await seedHousehold(ctx, kit, parking, propertyId, unit.id);
      }
}

async function seedHousehold(
  ctx: ServiceContext,
  kit: DemoDirectoryKit,
  parking: ParkingLot,
  propertyId: string,
  unitId: string,
) {
  const rng = kit.fake.rng;
  const today = kit.today(ctx);
  const movedIn = addMonths(today, -rng.int(3, 180));
  const owner = await kit.person(ctx, propertyId, { unitId, role: 'owner', from: movedIn });
  let head = owner;
  if (rng.next() < RENTED) {
    // The owner lives elsewhere; a tenant (sometimes with a partner) rents the flat.
    const start = addMonths(today, -rng.int(1, 22));
    head = await kit.person(ctx, propertyId, { unitId, role: 'tenant', from: start });
    if (rng.next() < 0.4) await kit.person(ctx, propertyId, { unitId, role: 'household', from: start });
    const endDate = rng.next() < 0.25 ? laterThisMonth(today, rng.int(0, 30)) : addMonths(start, 24);
    const rentFen = rng.int(35, 90) * 10_000;
    await kit.lease(ctx, {
      unitId,
      tenantPersonId: head.id,
      startDate: start,
      endDate,
      rentFen,
      depositFen: rentFen * 2,
    });
  } else {
    const household = { unitId, role: 'household' as const, from: movedIn };
    if (rng.next() < 0.7) {
      const gender = owner.gender === 'male' ? 'female' : 'male';
      await kit.person(ctx, propertyId, household, { resident: kit.fake.resident({ gender }) });
    }
    const children = rng.pick([0, 0, 1, 1, 1, 2]);
    for (let c = 0; c < children; c++)
      await kit.person(ctx, propertyId, household, {
        resident: kit.fake.resident({ adult: rng.next() < 0.3 }),
      });
    if (rng.next() < 0.15) await kit.person(ctx, propertyId, household, { withMobile: rng.next() < 0.5 });
  }
  const cars = rng.next() < 0.45 ? (rng.next() < 0.2 ? 2 : 1) : 0;
  for (let c = 0; c < cars; c++) {
    const plate = await kit.vehicle(ctx, propertyId, head.id);
    if (rng.next() < 0.75) await parking.assign(ctx, head.id, plate);
  }
}
