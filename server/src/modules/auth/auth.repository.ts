import type { Db } from '../../db/database.js';
import { newId } from '../../db/ids.js';

export async function findSession(db: Db, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'user_id', 'csrf_token', 'created_at', 'last_seen_at', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function findSessionById(db: Db, id: string) {
  return db.selectFrom('sessions').select(['id', 'csrf_token']).where('id', '=', id).executeTakeFirst();
}

export async function insertSession(
  db: Db,
  s: {
    tokenHash: string;
    csrfToken: string;
    userId: string;
    now: number;
    expiresAt: number;
    ip: string | null;
    userAgent: string | null;
  },
) {
  const id = newId(s.now);
  await db
    .insertInto('sessions')
    .values({
      id,
      token_hash: s.tokenHash,
      csrf_token: s.csrfToken,
      user_id: s.userId,
      created_at: s.now,
      last_seen_at: s.now,
      expires_at: s.expiresAt,
      ip: s.ip,
      user_agent: s.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return id;
}

export async function touchSession(db: Db, sessionId: string, now: number) {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

export async function deleteSession(db: Db, sessionId: string) {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: string) {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Db, now: number, idleMs: number) {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', now - idleMs)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function recordLoginAttempt(
  db: Db,
  a: { username: string; ip: string; at: number; success: boolean },
) {
  await db
    .insertInto('login_attempts')
    .values({ id: newId(a.at), username: a.username, ip: a.ip, at: a.at, success: a.success ? 1 : 0 })
    .execute();
}

/** Failures for this username since its last success, within the window, newest first. */
export async function recentFailuresForUser(db: Db, username: string, since: number) {
  const lastSuccess = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('username', '=', username)
    .where('success', '=', 1)
    .where('at', '>=', since)
    .executeTakeFirst();
  const from = Math.max(since, Number(lastSuccess?.at ?? 0) + 1);
  return db
    .selectFrom('login_attempts')
    .select('at')
    .where('username', '=', username)
    .where('success', '=', 0)
    .where('at', '>=', from)
    .orderBy('at', 'desc')
    .execute();
}

export async function recentFailuresForIp(db: Db, ip: string, since: number) {
  return db
    .selectFrom('login_attempts')
    .select('at')
    .where('ip', '=', ip)
    .where('success', '=', 0)
    .where('at', '>=', since)
    .orderBy('at', 'desc')
    .execute();
}

export async function deleteLoginAttemptsBefore(db: Db, before: number) {
  await db.deleteFrom('login_attempts').where('at', '<', before).execute();
}
