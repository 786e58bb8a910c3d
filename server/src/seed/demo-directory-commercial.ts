import { inTransaction, type ServiceContext } from '../platform/context.js';
import { ParkingLot } from './demo-directory-parking.js';
import { addMonths, type DemoDirectoryKit, laterThisMonth } from './demo-directory-kit.js';

// 国贸中心: two office towers without entrances (A-1501) and a retail podium (S-105), let to
// companies; each tenant has one or two contacts on file and a lease, a few ending this month.

const TOWERS = [
  { code: 'A', name: 'A座', floors: 30 },
  { code: 'B', name: 'B座', floors: 25 },
];
const OFFICES_PER_FLOOR = 4;
const SHOP_FLOORS = 2;
const SHOPS_PER_FLOOR = 15;

const COMPANY_WORDS = '华盛鼎信恒达宏远嘉瑞中科创新腾飞锦程联合安泰博雅汇通';
const INDUSTRIES = [
  '科技',
  '贸易',
  '咨询',
  '律师事务所',
  '会计师事务所',
  '投资',
  '电子',
  '物流',
  '传媒',
  '设计',
];
const SHOP_TRADES = ['咖啡', '便利店', '餐厅', '花店', '药房', '眼镜店', '银行网点', '书店'];
const CONTACT_TITLES = ['行政经理', '前台', '办公室主任', '总经理', '财务'];

export async function seedCommercialDirectory(
  ctx: ServiceContext,
  kit: DemoDirectoryKit,
  propertyId: string,
) {
  const parking = new ParkingLot(kit, propertyId, 'P1');
  for (const tower of TOWERS) {
    await inTransaction(ctx, async (tx) => {
      const building = await kit.building(tx, propertyId, tower.code, tower.name, tower.floors);
      for (let floor = 2; floor <= tower.floors; floor++)
        for (let r = 1; r <= OFFICES_PER_FLOOR; r++) {
          const unit = await kit.unit(tx, {
            buildingId: building.id,
            entrance: null,
            room: String(floor * 100 + r),
            floor,
            areaSqm: kit.fake.rng.pick([120, 180, 260, 420]),
            type: 'office',
          });
          if (kit.fake.rng.next() < 0.7)
            await seedTenant(tx, kit, parking, propertyId, unit.id, companyName(kit));
        }
    });
  }
  await inTransaction(ctx, async (tx) => {
    const podium = await kit.building(tx, propertyId, 'S', '商业裙楼', SHOP_FLOORS);
    for (let floor = 1; floor <= SHOP_FLOORS; floor++)
      for (let r = 1; r <= SHOPS_PER_FLOOR; r++) {
        const unit = await kit.unit(tx, {
          buildingId: podium.id,
          entrance: null,
          room: String(floor * 100 + r),
          floor,
          areaSqm: kit.fake.rng.pick([40, 65, 90, 150]),
          type: 'shop',
        });
        if (kit.fake.rng.next() < 0.85)
          await seedTenant(tx, kit, parking, propertyId, unit.id, shopName(kit));
      }
    await parking.addVisitorSpaces(tx, 20);
  });
}

function companyName(kit: DemoDirectoryKit): string {
  const rng = kit.fake.rng;
  return `深圳市${rng.pick(COMPANY_WORDS)}${rng.pick(COMPANY_WORDS)}${rng.pick(INDUSTRIES)}有限公司`;
}

function shopName(kit: DemoDirectoryKit): string {
  const rng = kit.fake.rng;
  return `${rng.pick(COMPANY_WORDS)}${rng.pick(COMPANY_WORDS)}${rng.pick(SHOP_TRADES)}`;
}

async function seedTenant(
  ctx: ServiceContext,
  kit: DemoDirectoryKit,
  parking: ParkingLot,
  propertyId: string,
  unitId: string,
  company: string,
) {
  const rng = kit.fake.rng;
  const today = kit.today(ctx);
  const start = addMonths(today, -rng.int(1, 34));
  const contacts = rng.next() < 0.5 ? 2 : 1;
  const people = [];
  for (let c = 0; c < contacts; c++) {
    const notes = `${company} · ${rng.pick(CONTACT_TITLES)}`;
    people.push(await kit.person(ctx, propertyId, { unitId, role: 'tenant', from: start }, { notes }));
  }
  const endDate = rng.next() < 0.1 ? laterThisMonth(today, rng.int(0, 30)) : addMonths(start, 36);
  const rentFen = rng.int(80, 600) * 100_000;
  await kit.lease(ctx, {
    unitId,
    tenantPersonId: people[0]!.id,
    startDate: start,
    endDate,
    rentFen,
    depositFen: rentFen * 3,
    note: company,
  });
  if (rng.next() < 0.25) {
    const plate = await kit.vehicle(ctx, propertyId, people[0]!.id);
    await parking.assign(ctx, people[0]!.id, plate);
  }
}
