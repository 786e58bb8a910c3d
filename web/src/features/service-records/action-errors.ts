import { SERVICE_ACTIONS, type ServiceAction } from '@qiantai/contracts';
import { ApiError } from '../../lib/api';

// The two 409s a record page expects: someone saved the record since it was read, or the record has
// moved on so the chosen action is no longer possible. Both mean "look again", so the page reloads.

/** A stale version: CONFLICT carrying the record's current version. */
export function isStale(e: unknown): boolean {
  if (!(e instanceof ApiError) || e.status !== 409) return false;
  const details = e.details as { currentVersion?: unknown } | null | undefined;
  return String(e.code) === 'STALE_VERSION' || typeof details?.currentVersion === 'number';
}

/** An action the status no longer allows: the actions that are possible now, or null for other errors. */
export function transitionRefused(e: unknown): ServiceAction[] | null {
  if (!(e instanceof ApiError) || e.status !== 409) return null;
  const details = e.details as { reason?: unknown; allowed?: unknown } | null | undefined;
  if (String(e.code) !== 'SERVICE_TRANSITION' && details?.reason !== 'SERVICE_TRANSITION') return null;
  const allowed = Array.isArray(details?.allowed) ? details.allowed : [];
  return allowed.filter((a): a is ServiceAction => (SERVICE_ACTIONS as readonly unknown[]).includes(a));
}
