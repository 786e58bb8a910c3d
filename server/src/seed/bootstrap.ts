import { generateOneTimePassword } from '../platform/auth/passwords.js';
import { systemActor, type ServiceContext } from '../platform/context.js';
import { countUsers, createUser } from '../modules/users/users.service.js';
import { seedDemo, type DemoDeps } from './demo-seed.js';

export type FirstStart = { kind: 'existing' } | { kind: 'demo' } | { kind: 'admin'; password: string };

/**
 * On an empty database: the demo company (`--demo`), or a lone `admin` with a random one-time
 * password that must be changed at first sign-in (production), with its directory and register.
 * Otherwise nothing. `deps` (the app's) are needed for the demo only.
 */
export async function prepareFirstStart(
  ctx: ServiceContext,
  demo: boolean,
  deps: DemoDeps | null = null,
  /** Told before the demo seed starts: it takes a while, and a silent console looks hung. */
  onSeeding: () => void = () => undefined,
): Promise<FirstStart> {
  if ((await countUsers(ctx)) > 0) return { kind: 'existing' };
  if (demo) {
    if (!deps) throw new Error('prepareFirstStart: the demo needs the app deps');
    onSeeding();
    await seedDemo(ctx, deps, { directory: true });
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
