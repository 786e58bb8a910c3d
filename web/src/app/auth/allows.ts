import type { Permission } from '@qiantai/contracts';

/** One permission, or a list of which any one will do. */
export type Permissions = Permission | readonly Permission[];

/** Whether someone holding `held` passes `needed` (nothing needed: everyone signed in does). */
export function allows(needed: Permissions | undefined, held: readonly Permission[]): boolean {
  if (needed === undefined) return true;
  return (typeof needed === 'string' ? [needed] : needed).some((p) => held.includes(p));
}
