import { AppError } from '../../platform/errors.js';
import type { ServiceContext } from '../../platform/context.js';
import * as repo from './auth.repository.js';

// Per account: 5 failures in a row (since the last success, within 15 minutes) lock it for 15
// minutes from the last failure. Per address: 30 failures in 15 minutes pause that address.
export const THROTTLE = {
  windowMs: 15 * 60_000,
  accountFailures: 5,
  accountLockMs: 15 * 60_000,
  ipFailures: 30,
} as const;

export async function checkThrottle(
  ctx: ServiceContext,
  username: string,
  ip: string,
): Promise<{ reason: string; error: AppError } | null> {
  const now = ctx.now();
  const since = now - THROTTLE.windowMs;
  const accountFailures = await repo.recentFailuresForUser(ctx.db, username, since);
  if (accountFailures.length >= THROTTLE.accountFailures) {
    const until = accountFailures[0]!.at + THROTTLE.accountLockMs;
    if (until > now) return { reason: 'locked', error: rateLimited('auth.lockedOut', until - now) };
  }
  const ipFailures = await repo.recentFailuresForIp(ctx.db, ip, since);
  if (ipFailures.length >= THROTTLE.ipFailures) {
    const until = ipFailures[THROTTLE.ipFailures - 1]!.at + THROTTLE.windowMs;
    if (until > now) return { reason: 'ip_throttled', error: rateLimited('auth.ipThrottled', until - now) };
  }
  return null;
}

function rateLimited(key: 'auth.lockedOut' | 'auth.ipThrottled', remainingMs: number) {
  const seconds = Math.ceil(remainingMs / 1000);
  return new AppError('RATE_LIMITED', key, {
    params: { minutes: Math.ceil(seconds / 60) },
    headers: { 'retry-after': String(seconds) },
  });
}
