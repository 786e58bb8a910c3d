import { AppError } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n/messages.js';
import type { ServiceContext } from '../../platform/context.js';
import * as repo from './throttle.repository.js';

// Per account: 5 failures in a row (since the last success, within 15 minutes) lock it for 15
// minutes from the last failure. Per address: 30 failures in 15 minutes pause that address.
// An address the account signed in from within 90 days passes both with the right password, until
// it has failed 5 times itself (decision 0013): a lock others keep up is no lock on the owner.
export const THROTTLE = {
  windowMs: 15 * 60_000,
  accountFailures: 5,
  accountLockMs: 15 * 60_000,
  ipFailures: 30,
  knownAddressMs: 90 * 24 * 3_600_000,
} as const;

export interface Throttled {
  reason: 'locked' | 'ip_throttled';
  error: AppError;
  /** The account signed in from this address before and it has tries left: check the password. */
  knownAddress: boolean;
}

export async function checkThrottle(
  ctx: ServiceContext,
  username: string,
  ip: string,
): Promise<Throttled | null> {
  const throttled = await throttleOf(ctx, username, ip);
  if (!throttled) return null;
  return { ...throttled, knownAddress: await mayPass(ctx, username, ip) };
}

async function throttleOf(ctx: ServiceContext, username: string, ip: string) {
  const now = ctx.now();
  const since = now - THROTTLE.windowMs;
  const accountFailures = await repo.recentFailuresForUser(ctx.db, username, since);
  if (accountFailures.length >= THROTTLE.accountFailures) {
    const until = accountFailures[0]!.at + THROTTLE.accountLockMs;
    if (until > now) return { reason: 'locked' as const, error: rateLimited('auth.lockedOut', until - now) };
  }
  const ipFailures = await repo.recentFailuresForIp(ctx.db, ip, since);
  if (ipFailures.length >= THROTTLE.ipFailures) {
    const until = ipFailures[THROTTLE.ipFailures - 1]!.at + THROTTLE.windowMs;
    if (until > now)
      return { reason: 'ip_throttled' as const, error: rateLimited('auth.ipThrottled', until - now) };
  }
  return null;
}

/**
 * A known address gets the tries a fresh account has (5 in the window, counted from this address
 * alone), so a colleague behind the same address cannot guess on without limit either.
 */
async function mayPass(ctx: ServiceContext, username: string, ip: string): Promise<boolean> {
  // No address, nothing known: 'unknown' is everyone's and nobody's.
  if (ctx.ip === null) return false;
  const now = ctx.now();
  if (!(await repo.isKnownAddress(ctx.db, username, ip, now - THROTTLE.knownAddressMs))) return false;
  const spent = await repo.recentFailuresForUser(ctx.db, username, now - THROTTLE.windowMs, ip);
  return spent.length < THROTTLE.accountFailures;
}

/** 429 with Retry-After; the message says how many minutes to wait. */
export function rateLimited(key: MessageKey, remainingMs: number) {
  const seconds = Math.ceil(remainingMs / 1000);
  return new AppError('RATE_LIMITED', key, {
    params: { minutes: Math.ceil(seconds / 60) },
    headers: { 'retry-after': String(seconds) },
  });
}
