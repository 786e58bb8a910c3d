import type { ServiceContext } from '../../platform/context.js';
import * as repo from './auth.repository.js';

// Ending sessions is needed by the users module (disable, password reset) as well as by logout;
// it lives apart from auth.service so that users -> sessions -> repository has no cycle.

/** Ends every session of the user at once: the next request with any of their cookies is a 401. */
export async function endAllSessions(ctx: ServiceContext, userId: string): Promise<void> {
  await repo.deleteSessionsOfUser(ctx.db, userId);
}
