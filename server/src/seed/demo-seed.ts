import type { PropertySummary, Role } from '@qiantai/contracts';
import type { AppDeps } from '../app-deps.js';
import { systemActor, type ServiceContext } from '../platform/context.js';
import { createProperty, departmentsOf } from '../modules/properties/properties.service.js';
import { createUser } from '../modules/users/users.service.js';
import { seedDemoDirectory, type DemoDirectoryDeps } from './demo-directory.js';
import { seedDemoServiceRecords } from './demo-service-records.js';

export const DEMO_PASSWORD = 'qiantai-demo';

const PROPERTIES = [
  { code: 'JXHY', name: '锦绣花园（演示）', nameEn: 'Jinxiu Garden (demo)', kind: 'residential' as const },
  {
    code: 'GMZX',
    name: '国贸中心（演示）',
    nameEn: 'World Trade Center (demo)',
    kind: 'commercial' as const,
  },
];

// [username, display name, roles, property indexes, department code]
const ACCOUNTS: [string, string, Role[], number[], string | null][] = [
  ['admin', '系统管理员', ['admin'], [0, 1], null],
  ['manager', '王经理', ['manager'], [0, 1], null],
  ['supervisor', '李主管', ['supervisor'], [0], 'service'],
  ['frontdesk', '陈晓梅', ['receptionist'], [0], 'service'],
  ['engineer', '赵工', ['department_staff'], [0], 'engineering'],
  ['auditor', '孙审计', ['auditor'], [0], null],
  ['frontdesk2', '周婷', ['receptionist'], [1], 'service'],
];

export type DemoDeps = DemoDirectoryDeps & Pick<AppDeps, 'onPropertyCreated'>;

export interface SeedDemoOptions {
  /**
   * With it, the demo directory (about 2,500 people, units, cars, leases) and a month of the service
   * register are seeded too.
   */
  directory?: boolean;
}

/** Seeds the clearly labelled demo company; the caller checks that the database is empty. */
export async function seedDemo(
  base: ServiceContext,
  deps: DemoDeps,
  opts: SeedDemoOptions = {},
): Promise<void> {
  const ctx: ServiceContext = { ...base, actor: systemActor([]) };
  const properties: PropertySummary[] = [];
  for (const p of PROPERTIES) {
    properties.push(await createProperty(ctx, deps, { ...p, timezone: 'Asia/Shanghai' }, { isDemo: true }));
  }
  const scoped: ServiceContext = { ...ctx, actor: systemActor(properties.map((p) => p.id)) };
  for (const [username, displayName, roles, propertyIndexes, departmentCode] of ACCOUNTS) {
    const home = properties[propertyIndexes[0]!]!;
    const department = departmentCode
      ? (await departmentsOf(scoped, home.id)).find((d) => d.code === departmentCode)
      : undefined;
    await createUser(
      scoped,
      {
        username,
        displayName,
        password: DEMO_PASSWORD,
        locale: 'zh-CN',
        departmentId: department?.id ?? null,
        roles,
        propertyIds: propertyIndexes.map((i) => properties[i]!.id),
      },
      { skipPasswordRules: true, mustChangePassword: false },
    );
  }
  if (opts.directory) {
    await seedDemoDirectory(scoped, deps, {
      residentialId: properties[0]!.id,
      commercialId: properties[1]!.id,
    });
    const [garden, tower] = properties;
    const gardenCast = { desk: 'frontdesk', supervisor: 'supervisor', staff: 'engineer', manager: 'manager' };
    await seedDemoServiceRecords(scoped, garden!.id, gardenCast, 120);
    const towerCast = { desk: 'frontdesk2', supervisor: 'manager', staff: 'manager', manager: 'manager' };
    await seedDemoServiceRecords(scoped, tower!.id, towerCast, 40);
  }
}
