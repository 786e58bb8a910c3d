import type { AppDeps } from '../../app-deps.js';
import { purgeStaleSessions } from '../../modules/auth/auth.service.js';

const HOUR = 3_600_000;

/**
 * The platform's own recurring work. A recurring job re-enqueues its next run under a key that
 * names the run's hour, so two processes finishing the same run still schedule one successor.
 */
export function registerPlatformJobs(deps: AppDeps) {
  const policy = { idleMs: deps.config.sessionIdleMs, absoluteMs: deps.config.sessionAbsoluteMs };
  deps.jobs.register('platform.purge-sessions', async (ctx) => {
    await purgeStaleSessions(ctx, policy);
    const next = Math.floor(ctx.now() / HOUR) * HOUR + HOUR;
    await deps.jobs.enqueue(ctx, {
      kind: 'platform.purge-sessions',
      runAt: next,
      uniqueKey: `platform.purge-sessions:${next}`,
    });
  });
}
