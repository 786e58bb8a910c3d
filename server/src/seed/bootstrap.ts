import { generateOneTimePassword } from '../platform/auth/passwords.js';
import { systemActor, type ServiceContext } from '../platform/context.js';
import { countUsers, createUser } from '../modules/users/users.service.js';
import { seedDemo, type SeedDemoOptions } from './demo-seed.js';

export type FirstStart = { kind: 'existing' } | { kind: 'demo' } | { kind: 'admin'; password: string };

/**
 * On an empty database: the demo company (`--demo`), or a lone `admin` with a random one-time
 * password that must be changed at first sign-in (production). Otherwise nothing. `demoOptions`
 * (the app's deps) adds the demo directory to the demo company.
 */
export async function prepareFirstStart(
  ctx: ServiceContext,
  demo: boolean,
  demoOptions: SeedDemoOptions = {},
  /** Told before the demo seed starts: it takes a while, and a silent console looks hung. */
  onSeeding: () => void = () => undefined,
): Promise<FirstStart> {
  if ((await countUsers(ctx)) > 0) return { kind: 'existing' };
  if (demo) {
    onSeeding();
    await seedDemo(ctx, demoOptions);
    return { kind: 'demo' };
  }
  const password = generateOneTimePassword(16);
  await createUser(
    { ...ctx, actor: systemActor([]) },
    {
      username: 'admin',
      displayName: '系统管理员',
      password,
      locale: 'zh-CN',
      departmentId: null,
      roles: ['admin'],
      propertyIds: [],
    },
    { mustChangePassword: true },
  );
  return { kind: 'admin', password };
}
