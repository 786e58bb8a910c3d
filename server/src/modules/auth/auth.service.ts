import { createHash, randomBytes } from 'node:crypto';
import { permissionsOf, type Me } from '@qiantai/contracts';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import { decoyPasswordHash, verifyPassword } from '../../platform/auth/passwords.js';
import { inTransaction, requireActor, type Actor, type ServiceContext } from '../../platform/context.js';
import { AppError, invalid } from '../../platform/errors.js';
import { myProperties } from '../properties/index.js';
import { findAccountByUsername, loadAccount, markLoggedIn, setLocale, setPassword } from '../users/index.js';
import type { ResolvedSession } from '../../platform/http/request-context.js';
import * as repo from './auth.repository.js';
import { checkCurrentPassword, recordPasswordCheckPassed } from './password-check.js';
import { checkThrottle, THROTTLE } from './throttle.js';
import * as attempts from './throttle.repository.js';

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');
/** 256 bits from the OS CSPRNG; only its SHA-256 is stored, so a database leak yields no usable cookie. */
const newToken = () => randomBytes(32).toString('base64url');

export interface LoginResult {
  token: string;
  me: Me;
}

export async function login(
  ctx: ServiceContext,
  policy: SessionPolicy,
  input: { username: string; password: string; userAgent: string | null },
): Promise<LoginResult> {
  const username = input.username.toLowerCase();
  const ip = ctx.ip ?? 'unknown';
  // Refusals while throttled are audited but not counted, so they do not extend the lock.
  const fail = async (detail: Record<string, unknown>, error: AppError, counts = true) => {
    await inTransaction(ctx, async (tx) => {
      if (counts) await attempts.recordLoginAttempt(tx.db, { username, ip, at: tx.now(), success: false });
      await writeAudit(tx, { action: 'auth.login.failure', actorUsername: username, detail });
    });
    return error;
  };

  // Behind a lock or a paused address only an address this account signed in from gets its
  // password checked (decision 0013); anyone else is refused unchecked, as cheaply as before.
  const throttled = await checkThrottle(ctx, username, ip);
  if (throttled && !throttled.knownAddress)
    throw await fail({ reason: throttled.reason }, throttled.error, false);

  const account = await findAccountByUsername(ctx, username);
  // Verify against a decoy when the user is unknown so the answer takes the same time either way.
  const ok = await verifyPassword(input.password, account?.password_hash ?? (await decoyPasswordHash()));
  if (!account || !ok || account.disabled) {
    const reason = !account ? 'unknown_user' : !ok ? 'bad_password' : 'disabled';
    // A wrong password behind the lock was still checked: it counts, and the answer is the lock's.
    if (throttled) throw await fail({ reason, throttle: throttled.reason }, throttled.error);
    throw await fail({ reason }, new AppError('UNAUTHENTICATED', 'auth.badCredentials'));
  }

  const token = newToken();
  return inTransaction(ctx, async (tx) => {
    const now = tx.now();
    const sessionId = await repo.insertSession(tx.db, {
      tokenHash: hashToken(token),
      csrfToken: randomBytes(24).toString('base64url'),
      userId: account.id,
      now,
      expiresAt: now + policy.absoluteMs,
      ip: ctx.ip,
      userAgent: input.userAgent,
    });
    await attempts.recordLoginAttempt(tx.db, { username, ip, at: now, success: true });
    if (ctx.ip !== null) await attempts.rememberAddress(tx.db, account.id, ctx.ip, now);
    await markLoggedIn(tx, account.id);
    const actor = await actorFor(tx, account.id, sessionId);
    const authed = { ...tx, actor };
    await writeAudit(authed, {
      action: 'auth.login.success',
      entityType: 'user',
      entityId: account.id,
      // Passing a lock is worth an auditor's eye: someone else was failing on this account.
      detail: throttled ? { throttle: throttled.reason, knownAddress: true } : null,
    });
    return { token, me: await describeMe(authed) };
  });
}

type Account = NonNullable<Awaited<ReturnType<typeof loadAccount>>>;

/** Who a session acts as, with what the request needs of the account (its name, its department). */
const actorOf = (account: Account, sessionId: string): Actor => ({
  userId: account.row.id,
  username: account.row.username,
  displayName: account.row.display_name,
  departmentId: account.row.department_id,
  sessionId,
  roles: account.roles,
  permissions: new Set(permissionsOf(account.roles)),
  propertyIds: account.propertyIds,
});

async function actorFor(ctx: ServiceContext, userId: string, sessionId: string): Promise<Actor> {
  const account = await loadAccount(ctx, userId);
  if (!account) throw new AppError('UNAUTHENTICATED', 'error.unauthenticated');
  return actorOf(account, sessionId);
}

/**
 * The session behind a cookie token, or null when there is none or it has ended: unknown token,
 * idle or absolute timeout, disabled user, or a password change after the session began.
 */
export async function resolveSession(
  ctx: ServiceContext,
  policy: SessionPolicy,
  token: string,
  /** false for background checks (the event stream's heartbeat): they are not the user being active. */
  opts: { touch?: boolean } = {},
): Promise<ResolvedSession | null> {
  const session = await repo.findSession(ctx.db, hashToken(token));
  if (!session) return null;
  const now = ctx.now();
  const account = await loadAccount(ctx, session.user_id);
  const ended =
    !account ||
    account.row.disabled === 1 ||
    now >= session.expires_at ||
    now - session.last_seen_at > policy.idleMs ||
    session.created_at < account.row.password_changed_at;
  if (ended) {
    await repo.deleteSession(ctx.db, session.id);
    return null;
  }
  // Touch at most once a minute: idle timeouts need minute precision, not a write per request.
  if (opts.touch !== false && now - session.last_seen_at > 60_000)
    await repo.touchSession(ctx.db, session.id, now);
  return {
    actor: actorOf(account, session.id),
    csrfToken: session.csrf_token,
    mustChangePassword: account.row.must_change_password === 1,
  };
}

export async function describeMe(ctx: ServiceContext): Promise<Me> {
  const actor = requireActor(ctx);
  const account = await loadAccount(ctx, actor.userId);
  const session = await repo.findSessionById(ctx.db, actor.sessionId);
  if (!account || !session) throw new AppError('UNAUTHENTICATED', 'error.unauthenticated');
  return {
    user: {
      id: account.row.id,
      username: account.row.username,
      displayName: account.row.display_name,
      locale: account.row.locale,
      mustChangePassword: account.row.must_change_password === 1,
      departmentId: account.row.department_id,
    },
    roles: [...actor.roles],
    permissions: [...actor.permissions],
    properties: await myProperties(ctx),
    csrfToken: session.csrf_token,
  };
}

export async function logout(ctx: ServiceContext): Promise<void> {
  const actor = requireActor(ctx);
  await inTransaction(ctx, async (tx) => {
    await repo.deleteSession(tx.db, actor.sessionId);
    await writeAudit(tx, { action: 'auth.logout', entityType: 'user', entityId: actor.userId });
  });
}

/** Changes the caller's own password; every session ends, and the caller gets a fresh one. */
export async function changeOwnPassword(
  ctx: ServiceContext,
  policy: SessionPolicy,
  input: { currentPassword: string; newPassword: string; userAgent: string | null },
): Promise<LoginResult> {
  const actor = requireActor(ctx);
  const account = await loadAccount(ctx, actor.userId);
  if (!account) throw new AppError('UNAUTHENTICATED', 'error.unauthenticated');
  await checkCurrentPassword(ctx, actor, input.currentPassword, account.row.password_hash);
  if (input.currentPassword === input.newPassword) throw invalid('password.sameAsOld', 'newPassword');
  return inTransaction(ctx, async (tx) => {
    await setPassword(tx, actor.userId, input.newPassword, false, 'newPassword');
    await recordPasswordCheckPassed(tx, actor);
    await writeAudit(tx, { action: 'user.password.change', entityType: 'user', entityId: actor.userId });
    const token = newToken();
    const now = tx.now();
    const sessionId = await repo.insertSession(tx.db, {
      tokenHash: hashToken(token),
      csrfToken: randomBytes(24).toString('base64url'),
      userId: actor.userId,
      now: now + 1, // strictly after password_changed_at, so the new session is not taken as stale
      expiresAt: now + policy.absoluteMs,
      ip: ctx.ip,
      userAgent: input.userAgent,
    });
    const authed = { ...tx, actor: await actorFor(tx, actor.userId, sessionId) };
    return { token, me: await describeMe(authed) };
  });
}

export async function updateMyLocale(ctx: ServiceContext, locale: 'zh-CN' | 'en'): Promise<Me> {
  const actor = requireActor(ctx);
  await setLocale(ctx, actor.userId, locale);
  return describeMe(ctx);
}

export async function purgeStaleSessions(ctx: ServiceContext, policy: SessionPolicy): Promise<number> {
  const now = ctx.now();
  const removed = await repo.deleteExpiredSessions(ctx.db, now, policy.idleMs);
  await attempts.deleteAttemptsBefore(ctx.db, now - 30 * 24 * 3_600_000, now - THROTTLE.knownAddressMs);
  return removed;
}
