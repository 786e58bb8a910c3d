import { defineModule } from '../define-module.js';
import { registerAuthRoutes } from './auth.routes.js';
import { purgeStaleSessions } from './auth.service.js';

/** Used by the request hook (handed to it by the app) and by the live-event stream's heartbeat. */
export { resolveSession } from './auth.service.js';

export const auth = defineModule({
  name: 'auth',
  routes: registerAuthRoutes,
  housekeeping: ({ config }) => [
    (ctx) => purgeStaleSessions(ctx, { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs }),
  ],
});
