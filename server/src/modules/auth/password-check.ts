import { writeAudit } from '../../platform/audit/audit-writer.js';
import { verifyPassword } from '../../platform/auth/passwords.js';
import { inTransaction, type Actor, type ServiceContext } from '../../platform/context.js';
import { invalid } from '../../platform/errors.js';
import { endAllSessions } from '../../platform/auth/end-sessions.js';
import { rateLimited, THROTTLE } from './throttle.js';
import * as repo from './throttle.repository.js';

// The current password asked before a change is a password check like a sign-in, reached through
// a session: one left open at a desk must not let whoever sits down guess without limit. So it is
// throttled like a sign-in account (5 wrong in 15 minutes pause it for 15), counted per user in
// `password_checks`, apart from sign-in failures: an attacker locking the sign-in from outside
// must not also stop the owner, once in, from changing the password. Decision 0013.

/**
 * Passes when `password` is the actor's current password. Wrong, it is counted and audited; the
 * wrong one that reaches the limit ends every session of the user (which of them is the stolen one
 * cannot be told), and while paused even the right password is refused, unchecked and uncounted.
 */
export async function checkCurrentPassword(
  ctx: ServiceContext,
  actor: Actor,
  password: string,
  hash: string,
): Promise<void> {
  const now = ctx.now();
  const failures = await repo.recentPasswordCheckFailures(ctx.db, actor.userId, now - THROTTLE.windowMs);
  const audit = (tx: ServiceContext, detail: Record<string, unknown>) =>
    writeAudit(tx, { action: 'auth.password.failure', entityType: 'user', entityId: actor.userId, detail });

  if (failures.length >= THROTTLE.accountFailures) {
    const until = failures[0]!.at + THROTTLE.accountLockMs;
    if (until > now) {
      await inTransaction(ctx, (tx) => audit(tx, { reason: 'locked' }));
      throw rateLimited('auth.passwordCheckLocked', until - now);
    }
  }
  if (await verifyPassword(password, hash)) return;

  const limitReached = failures.length + 1 >= THROTTLE.accountFailures;
  await inTransaction(ctx, async (tx) => {
    await repo.recordPasswordCheck(tx.db, { userId: actor.userId, ip: ctx.ip, at: now, success: false });
    if (limitReached) await endAllSessions(tx, actor.userId);
    await audit(
      tx,
      limitReached ? { reason: 'bad_password', sessionsEnded: true } : { reason: 'bad_password' },
    );
  });
  if (limitReached) throw rateLimited('auth.passwordCheckSignedOut', THROTTLE.accountLockMs);
  throw invalid('auth.currentPasswordWrong', 'currentPassword');
}

/** A right current password (its change made) starts the count again. */
export async function recordPasswordCheckPassed(ctx: ServiceContext, actor: Actor): Promise<void> {
  await repo.recordPasswordCheck(ctx.db, { userId: actor.userId, ip: ctx.ip, at: ctx.now(), success: true });
}
