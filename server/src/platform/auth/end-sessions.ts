import type { ServiceContext } from '../context.js';

// Sessions are the platform's (the request hook resolves them for every route), so ending them is
// too: the users module (disable, password reset) and auth (logout, password guessing) both need it,
// and neither must import the other for it.

/** Ends every session of the user at once: the next request with any of their cookies is a 401. */
export async function endAllSessions(ctx: ServiceContext, userId: string): Promise<void> {
  await ctx.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
